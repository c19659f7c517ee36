import type { ReactNode } from 'react';
import { ColumnsMenu } from './columns-menu.tsx';
import type { TableColumn, TableViewState } from './table-types.ts';
import { defaultTableViewState } from './table-view-state.ts';
import { useTypedText } from './use-typed-text.ts';
import { keepInView } from '../ui/kept-in-view.ts';
import type { DataTableMessages } from '../../i18n/table-messages.ts';

interface TableToolbarProps {
  state: TableViewState;
  onStateChange: (next: TableViewState) => void;
  columns: readonly TableColumn[];
  messages: DataTableMessages;
  shown: number;
  total: number;
  /** The rows are on their way: no count yet. */
  loading?: boolean;
  domId: string;
  /** More controls after the built-in ones, e.g. the export menu. */
  actions?: ReactNode;
}

export function TableToolbar(props: TableToolbarProps) {
  const { state, onStateChange, columns, messages, shown, total, loading, domId, actions } = props;
  const update = (patch: Partial<TableViewState>) => onStateChange({ ...state, ...patch });
  const search = useTypedText(state.search, (text) => update({ search: text }));
  const toggleColumn = (id: string, hide: boolean) =>
    update({
      hiddenColumns: hide
        ? [...state.hiddenColumns.filter((c) => c !== id), id]
        : state.hiddenColumns.filter((c) => c !== id),
    });

  return (
    <div className="dt-toolbar">
      <input
        type="search"
        className="dt-search"
        aria-label={messages.search}
        placeholder={messages.search}
        value={search.value}
        onChange={(event) => search.onChange(event.target.value)}
        onFocus={search.onFocus}
        onBlur={search.onBlur}
      />
      <label className="dt-check">
        <input
          type="checkbox"
          checked={state.hideEmpty}
          onChange={(event) => update({ hideEmpty: event.target.checked })}
        />
        {messages.hideEmpty}
      </label>
      <ColumnsMenu
        columns={columns}
        hidden={state.hiddenColumns}
        onToggle={toggleColumn}
        label={messages.columns}
        domId={domId}
      />
      <button
        type="button"
        className="dt-button"
        onClick={() => onStateChange(defaultTableViewState)}
      >
        {messages.reset}
      </button>
      <details
        className="dt-filter-help"
        onToggle={(event) => {
          if (event.currentTarget.open) keepInView(event.currentTarget.querySelector('p'));
        }}
      >
        <summary>{messages.filterHelp}</summary>
        <p>{messages.filterSyntax}</p>
      </details>
      {actions}
      <p className="dt-count" role="status">
        {loading ? messages.loadingRows : messages.rowCount(shown, total)}
      </p>
    </div>
  );
}
