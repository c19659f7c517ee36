/** What the first bytes of a file say it is, before any decoding. */
export type ByteKind = 'pdf' | 'zip' | 'ole' | 'image' | 'other';

const startsWith = (bytes: Uint8Array, magic: readonly number[], at = 0): boolean =>
  magic.every((byte, i) => bytes[at + i] === byte);

const ascii = (text: string): number[] => [...text].map((ch) => ch.charCodeAt(0));

export function sniffBytes(bytes: Uint8Array): ByteKind {
  // A PDF may have a few bytes of junk before its header; readers accept it within 1 KB.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  if (head.includes('%PDF-')) return 'pdf';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return 'zip';
  // The old binary Word (.doc) and Excel (.xls) container.
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'ole';
  if (
    startsWith(bytes, [0x89, ...ascii('PNG')]) ||
    startsWith(bytes, [0xff, 0xd8, 0xff]) ||
    startsWith(bytes, ascii('GIF8'))
  ) {
    return 'image';
  }
  return 'other';
}
