// A report's id (used in URLs): the file name when it makes one (liaocheng-nyncj-2020.txt),
// otherwise `report-<year>-<hash>` from the agency and year, stable across imports.

export function baseName(name: string): string {
  return name.split(/[/\\]/).pop() ?? name;
}

function slugOf(name: string): string {
  return (
    baseName(name)
      .replace(/\.[A-Za-z0-9]{1,8}$/, '')
      // A conversion's mark before the extension: report.pdftext.txt
      .replace(/\.[A-Za-z]{1,8}$/, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
  );
}

/** FNV-1a, 32 bits, as 8 hex digits: short, stable, no dependency. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    h ^= byte;
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

export function reportId(fileName: string, agency: string, year: number): string {
  const slug = slugOf(fileName);
  if (/[a-z]/.test(slug) && slug.length >= 3) return slug;
  return `report-${year}-${hash(`${agency}|${year}`)}`;
}
