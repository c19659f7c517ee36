import { createHash } from 'node:crypto';

// Small PDFs written byte by byte, for what a browser's print to PDF never makes: text in a
// Chinese font that is not embedded (STSong-Light, which a reader draws with its own font and
// whose text is read through a predefined CMap), and a file encrypted with a user password
// (the standard security handler, revision 3: RC4 with a 128-bit key).

const latin1 = (text: string): Uint8Array => Uint8Array.from(text, (ch) => ch.charCodeAt(0));

const md5 = (...parts: Uint8Array[]): Uint8Array => {
  const hash = createHash('md5');
  for (const part of parts) hash.update(part);
  return new Uint8Array(hash.digest());
};

function rc4(key: Uint8Array, data: Uint8Array): Uint8Array {
  const s = Uint8Array.from({ length: 256 }, (_, i) => i);
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + (s[i] as number) + (key[i % key.length] as number)) & 255;
    [s[i], s[j]] = [s[j] as number, s[i] as number];
  }
  const out = new Uint8Array(data.length);
  for (let n = 0, i = 0, j = 0; n < data.length; n++) {
    i = (i + 1) & 255;
    j = (j + (s[i] as number)) & 255;
    [s[i], s[j]] = [s[j] as number, s[i] as number];
    out[n] = (data[n] as number) ^ (s[((s[i] as number) + (s[j] as number)) & 255] as number);
  }
  return out;
}

// The padding of the standard security handler (ISO 32000-1, 7.6.3.3).
const PAD = Uint8Array.from([
  0x28, 0xbf, 0x4e, 0x5e, 0x4e, 0x75, 0x8a, 0x41, 0x64, 0x00, 0x4e, 0x56, 0xff, 0xfa, 0x01, 0x08,
  0x2e, 0x2e, 0x00, 0xb6, 0xd0, 0x68, 0x3e, 0x80, 0x2f, 0x0c, 0xa9, 0xfe, 0x64, 0x53, 0x69, 0x7a,
]);

const padded = (password: string): Uint8Array => {
  const bytes = latin1(password).slice(0, 32);
  const out = new Uint8Array(32);
  out.set(bytes);
  out.set(PAD.subarray(0, 32 - bytes.length), bytes.length);
  return out;
};

/** RC4 applied 20 times, the key XORed with 0 … 19 (algorithms 3 and 5, revision 3). */
function rc4Twenty(key: Uint8Array, data: Uint8Array): Uint8Array {
  let out = data;
  for (let i = 0; i < 20; i++)
    out = rc4(
      key.map((b) => b ^ i),
      out,
    );
  return out;
}

function md5Fifty(seed: Uint8Array): Uint8Array {
  let hash = md5(seed);
  for (let i = 0; i < 50; i++) hash = md5(hash);
  return hash;
}

interface Security {
  readonly key: Uint8Array;
  readonly dictionary: string;
}

const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex');

function security(user: string, owner: string, id: Uint8Array): Security {
  const ownerHash = md5Fifty(padded(owner));
  const o = rc4Twenty(ownerHash, padded(user));
  const permissions = -3904; // printing and copying allowed, as most published reports are
  const p = new Uint8Array(new Int32Array([permissions]).buffer);
  const key = md5Fifty(new Uint8Array([...padded(user), ...o, ...p, ...id]));
  const u = new Uint8Array(32);
  u.set(rc4Twenty(key, md5(PAD, id)));
  return {
    key,
    dictionary: `<< /Filter /Standard /V 2 /R 3 /Length 128 /O <${hex(o)}> /U <${hex(u)}> /P ${permissions} >>`,
  };
}

function objectKey(key: Uint8Array, number: number): Uint8Array {
  const salt = new Uint8Array([number & 255, (number >> 8) & 255, (number >> 16) & 255, 0, 0]);
  return md5(key, salt).subarray(0, 16);
}

/** One page of text lines; each line is drawn with a font of the page's resources. */
export interface PdfPage {
  /** Content stream operators, e.g. `BT /F1 12 Tf 72 760 Td <4E2D> Tj ET`. */
  readonly content: string;
}

export interface PdfSpec {
  /** Font objects by resource name, as PDF dictionaries; a value may refer to `{n}` objects. */
  readonly fonts: Readonly<Record<string, string>>;
  /** More objects, numbered after the fonts' own: descendant fonts, descriptors. */
  readonly extra?: readonly string[];
  readonly pages: readonly PdfPage[];
  /** Encrypt the file, with this user password (and owner password). */
  readonly password?: { readonly user: string; readonly owner: string };
}

/**
 * Writes a PDF: catalog 1, pages 2, then each page and its content stream, then the fonts
 * and extra objects (a font refers to an extra object as `{0}`, `{1}` …).
 */
export function writePdf(spec: PdfSpec): Uint8Array {
  const id = md5(latin1(JSON.stringify(spec.pages)));
  const sec = spec.password ? security(spec.password.user, spec.password.owner, id) : null;
  const fontNames = Object.keys(spec.fonts);
  const pageStart = 3;
  const fontStart = pageStart + spec.pages.length * 2;
  const extraStart = fontStart + fontNames.length;
  const ref = (text: string) =>
    text.replace(/\{(\d+)\}/g, (_, i: string) => `${extraStart + Number(i)} 0 R`);
  const fontResources = fontNames.map((name, i) => `/${name} ${fontStart + i} 0 R`).join(' ');
  const objects: (string | { dict: string; stream: Uint8Array })[] = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Count ${spec.pages.length} /Kids [${spec.pages.map((_, i) => `${pageStart + 2 * i} 0 R`).join(' ')}] >>`,
  ];
  spec.pages.forEach((page, i) => {
    objects.push(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << ${fontResources} >> >> /Contents ${pageStart + 2 * i + 1} 0 R >>`,
    );
    objects.push({ dict: '', stream: latin1(page.content) });
  });
  for (const name of fontNames) objects.push(ref(spec.fonts[name] as string));
  for (const extra of spec.extra ?? []) objects.push(ref(extra));

  const header = latin1('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n');
  const chunks: Uint8Array[] = [header];
  let length = header.length;
  const offsets: number[] = [];
  const push = (bytes: Uint8Array) => {
    chunks.push(bytes);
    length += bytes.length;
  };
  objects.forEach((object, i) => {
    const number = i + 1;
    offsets.push(length);
    if (typeof object === 'string') {
      // An encrypted file's strings are encrypted too (the fonts' Registry and Ordering).
      const body = sec
        ? object.replace(
            /\(([^()]*)\)/g,
            (_, text: string) => `<${hex(rc4(objectKey(sec.key, number), latin1(text)))}>`,
          )
        : object;
      push(latin1(`${number} 0 obj\n${body}\nendobj\n`));
      return;
    }
    const data = sec ? rc4(objectKey(sec.key, number), object.stream) : object.stream;
    push(latin1(`${number} 0 obj\n<< /Length ${data.length} >>\nstream\n`));
    push(data);
    push(latin1('\nendstream\nendobj\n'));
  });
  let encrypt = '';
  if (sec) {
    offsets.push(length);
    const number = objects.length + 1;
    push(latin1(`${number} 0 obj\n${sec.dictionary}\nendobj\n`));
    encrypt = ` /Encrypt ${number} 0 R`;
  }
  const xref = length;
  const entries = offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  push(
    latin1(
      `xref\n0 ${offsets.length + 1}\n0000000000 65535 f \n${entries}trailer\n<< /Size ${offsets.length + 1} /Root 1 0 R${encrypt} /ID [<${hex(id)}> <${hex(id)}>] >>\nstartxref\n${xref}\n%%EOF\n`,
    ),
  );
  const out = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/** Text in UCS-2 (big-endian) hex, as a `UniGB-UCS2-H` font reads its strings. */
export const ucs2 = (text: string): string =>
  `<${[...text].map((ch) => (ch.codePointAt(0) as number).toString(16).padStart(4, '0')).join('')}>`;

/** STSong-Light, the Adobe-GB1 font every PDF reader has, not embedded. */
export const stSongLight = {
  font: '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [{0}] >>',
  extra: [
    '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor {1} /DW 1000 >>',
    '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>',
  ],
} as const;
