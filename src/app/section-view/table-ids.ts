// Every table the dashboard draws has an identity, and its view (sort, filters, columns) is
// kept in the address under a name derived from it, so that two tables on one page (the print
// view shows them all) can never share a name.

/** 第二十条 items print their own table: （一） is item 1, （九） item 9. */
export type PublicationsTableId = `publications-item${number}`;
export type TableId =
  | 'applications'
  | 'appeals'
  | PublicationsTableId
  // The pages across reports: the library, the comparison, an agency's years.
  | 'library'
  | 'compare'
  | 'agency-years';

/**
 * The name a table's view state has in the address (`t.sort=…`, `p5.f.change=…`). Distinct
 * identities give distinct names: each kind has its own letter, an item its number.
 */
export function urlKeyOf(id: TableId): string {
  // `t` is what links to the applications table have said since the first release.
  if (id === 'applications') return 't';
  if (id === 'appeals') return 'a';
  if (id === 'library') return 'l';
  if (id === 'compare') return 'c';
  if (id === 'agency-years') return 'y';
  return `p${id.slice('publications-item'.length)}`;
}
