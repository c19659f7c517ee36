import { render, screen } from '@testing-library/react';
import { useState } from 'react';
import { DataTable, type DataTableProps } from '../../../src/components/tables/data-table.tsx';
import { type TableViewState } from '../../../src/components/tables/table-types.ts';
import { columns, rows } from './table-rows.ts';
import { defaultTableViewState } from '../../../src/components/tables/table-view-state.ts';
import { zhTableMessages } from '../../../src/i18n/table-messages.ts';

interface Options extends Partial<Omit<DataTableProps, 'state' | 'onStateChange'>> {
  initial?: Partial<TableViewState>;
}

/** Renders a DataTable whose state lives in useState, as the app keeps it in the URL. */
export function renderTable(options: Options = {}) {
  const { initial, ...props } = options;
  const changes: TableViewState[] = [];
  function Harness() {
    const [state, setState] = useState<TableViewState>({ ...defaultTableViewState, ...initial });
    return (
      <DataTable
        caption="申请处理情况"
        rowHeader="项目"
        columns={columns}
        rows={rows}
        messages={zhTableMessages}
        {...props}
        state={state}
        onStateChange={(next) => {
          changes.push(next);
          setState(next);
        }}
      />
    );
  }
  const result = render(<Harness />);
  return { ...result, changes, lastState: () => changes.at(-1) };
}

/** The visible row labels, top to bottom (the expand glyph stripped). */
export function visibleLabels(): string[] {
  return screen
    .queryAllByRole('rowheader')
    .map((th) => th.querySelector('.dt-label')?.textContent ?? '');
}
