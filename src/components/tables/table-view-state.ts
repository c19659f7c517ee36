import type { TableViewState } from './table-types.ts';

// The table's view in the URL, owid-style: only what differs from the default is written, and
// a hand-edited or stale URL (a renamed column, a typo) falls back to defaults, never throws.

/** The row label column's id in `sort` and `filters`. */
export const LABEL_COLUMN = 'label';

export const defaultTableViewState: TableViewState = {
  sort: null,
  filters: {},
  search: '',
  hideEmpty: false,
  hiddenColumns: [],
  collapsed: [],
};
// Shared by every table and handed out by "reset": a caller mutating it would change them all.
Object.freeze(defaultTableViewState.filters);
Object.freeze(defaultTableViewState.hiddenColumns);
Object.freeze(defaultTableViewState.collapsed);
Object.freeze(defaultTableViewState);

function keyOf(prefix: string, name: string): string {
  return prefix ? `${prefix}.${name}` : name;
}

function splitList(value: string | null): string[] {
  if (!value) return [];
  return [...new Set(value.split(',').map((part) => part.trim()))].filter(Boolean);
}

function parseSort(
  value: string | null,
  isColumn: (id: string) => boolean,
): TableViewState['sort'] {
  if (!value) return null;
  const dot = value.lastIndexOf('.');
  const direction = dot === -1 ? 'asc' : value.slice(dot + 1);
  const column = dot === -1 ? value : value.slice(0, dot);
  if (!isColumn(column) || (direction !== 'asc' && direction !== 'desc')) return null;
  return { column, desc: direction === 'desc' };
}

export function parseTableViewState(
  params: URLSearchParams,
  prefix: string,
  columnIds: readonly string[],
): TableViewState {
  const key = (name: string) => keyOf(prefix, name);
  const known = new Set(columnIds);
  const isColumn = (id: string) => id === LABEL_COLUMN || known.has(id);

  const filters: Record<string, string> = {};
  const filterKey = key('f.');
  for (const [name, value] of params) {
    if (!name.startsWith(filterKey)) continue;
    const id = name.slice(filterKey.length);
    if (isColumn(id) && value.trim() !== '' && !(id in filters)) filters[id] = value;
  }

  return {
    sort: parseSort(params.get(key('sort')), isColumn),
    filters,
    search: params.get(key('q')) ?? '',
    hideEmpty: params.get(key('empty')) === 'hide',
    hiddenColumns: splitList(params.get(key('hide'))).filter(
      (id) => known.has(id) && id !== LABEL_COLUMN,
    ),
    collapsed: splitList(params.get(key('collapsed'))),
  };
}

export function writeTableViewState(
  params: URLSearchParams,
  prefix: string,
  state: TableViewState,
): URLSearchParams {
  const key = (name: string) => keyOf(prefix, name);
  const own = new Set(['sort', 'q', 'empty', 'hide', 'collapsed'].map(key));
  const next = new URLSearchParams();
  for (const [name, value] of params) {
    if (!own.has(name) && !name.startsWith(key('f.'))) next.append(name, value);
  }

  if (state.sort) {
    next.set(key('sort'), `${state.sort.column}.${state.sort.desc ? 'desc' : 'asc'}`);
  }
  if (state.search.trim() !== '') next.set(key('q'), state.search);
  for (const [id, value] of Object.entries(state.filters)) {
    if (value.trim() !== '') next.set(key(`f.${id}`), value);
  }
  if (state.hideEmpty) next.set(key('empty'), 'hide');
  if (state.hiddenColumns.length) next.set(key('hide'), state.hiddenColumns.join(','));
  if (state.collapsed.length) next.set(key('collapsed'), state.collapsed.join(','));
  return next;
}

/**
 * `next` as a change of `base` carried onto `current`: only what the reader changed from the
 * view they saw, over the view as it is now. Two quick changes in a row (typing, then a sort
 * before the address has caught up) then both stay, instead of the second one, built on the
 * older view, undoing the first.
 */
export function rebaseTableViewState(
  base: TableViewState,
  next: TableViewState,
  current: TableViewState,
): TableViewState {
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  const changed = new Set(
    [...Object.keys(base.filters), ...Object.keys(next.filters)].filter(
      (id) => base.filters[id] !== next.filters[id],
    ),
  );
  const filters = Object.fromEntries(
    [
      ...Object.entries(current.filters).filter(([id]) => !changed.has(id)),
      ...Object.entries(next.filters).filter(([id]) => changed.has(id)),
    ].filter(([, value]) => value !== ''),
  );
  return {
    sort: same(base.sort, next.sort) ? current.sort : next.sort,
    filters,
    search: base.search === next.search ? current.search : next.search,
    hideEmpty: base.hideEmpty === next.hideEmpty ? current.hideEmpty : next.hideEmpty,
    hiddenColumns: same(base.hiddenColumns, next.hiddenColumns)
      ? current.hiddenColumns
      : next.hiddenColumns,
    collapsed: same(base.collapsed, next.collapsed) ? current.collapsed : next.collapsed,
  };
}
