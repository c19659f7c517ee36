/** Hands a file to the browser's downloads, under `fileName`. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later, not at once: some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function downloadText(text: string, fileName: string, type: string): void {
  downloadBlob(new Blob([text], { type }), fileName);
}

export type CopyResult = 'copied' | 'insecure' | 'unsupported' | 'refused';

/**
 * Puts a PNG on the clipboard where the browser allows it. The PNG is passed as a promise so
 * that the write starts within the click (Safari refuses it after an await).
 */
export async function copyPng(png: Promise<Blob>): Promise<CopyResult> {
  // Browsers offer the clipboard to https:// and localhost pages only, not to a plain-HTTP
  // intranet address.
  if (globalThis.isSecureContext === false) {
    png.catch(() => undefined);
    return 'insecure';
  }
  if (typeof ClipboardItem === 'undefined' || typeof navigator.clipboard?.write !== 'function') {
    png.catch(() => undefined);
    return 'unsupported';
  }
  try {
    await navigator.clipboard.write([new ClipboardItem({ 'image/png': png })]);
    return 'copied';
  } catch {
    return 'refused';
  }
}
