// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { Suspense, startTransition, use, useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { DataTable } from '../../../src/components/tables/data-table.tsx';
import type { TableViewState } from '../../../src/components/tables/table-types.ts';
import { defaultTableViewState } from '../../../src/components/tables/table-view-state.ts';
import { zhTableMessages } from '../../../src/i18n/table-messages.ts';
import { columns, rows } from './table-rows.ts';

afterEach(cleanup);

// The app's table state lives in the address, and the router draws a new address in a
// transition: while that render is under way (or waits, as here, for something it suspends
// on), the page on screen is the one before. A click on it must act on what it shows.

const never = new Promise<never>(() => {});
function Waits(): null {
  use(never);
  return null;
}

interface Change {
  /** Which render's callback was called. */
  from: string;
  next: TableViewState;
}

function setUp(uncommitted: Partial<TableViewState>) {
  const changes: Change[] = [];
  function Harness() {
    const [drawn, setDrawn] = useState({ name: 'on screen', state: defaultTableViewState });
    const next = () =>
      startTransition(() =>
        setDrawn({ name: 'not committed', state: { ...defaultTableViewState, ...uncommitted } }),
      );
    return (
      <Suspense fallback={<p>fallback</p>}>
        <button type="button" onClick={next}>
          draw the next
        </button>
        <DataTable
          caption="申请处理情况"
          rowHeader="项目"
          columns={columns}
          rows={rows}
          messages={zhTableMessages}
          state={drawn.state}
          onStateChange={(next) => changes.push({ from: drawn.name, next })}
        />
        {drawn.name === 'not committed' ? <Waits /> : null}
      </Suspense>
    );
  }
  render(<Harness />);
  const go = () =>
    act(() => fireEvent.click(screen.getByRole('button', { name: 'draw the next' })));
  return { changes, go };
}

describe('DataTable while a newer render is not committed', () => {
  it('a sort button builds on the state on screen, through the callback on screen', async () => {
    const { changes, go } = setUp({ sort: { column: 'person', desc: false } });
    await go();
    // The transition waits: the table on screen is still unsorted.
    const header = screen.getByRole('columnheader', { name: '自然人' });
    expect(header.getAttribute('aria-sort')).toBe('none');
    expect(screen.queryByText('fallback')).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: '自然人' }));
    fireEvent.click(screen.getByRole('button', { name: '总计' }));
    // Through TanStack's handler: from 'not committed', and 自然人 descending (the second click
    // on its sort ascending).
    expect(changes).toEqual([
      {
        from: 'on screen',
        next: { ...defaultTableViewState, sort: { column: 'person', desc: false } },
      },
      {
        from: 'on screen',
        next: { ...defaultTableViewState, sort: { column: 'total', desc: false } },
      },
    ]);
  });

  it('a group row folds on the state on screen', async () => {
    const { changes, go } = setUp({
      sort: { column: 'person', desc: false },
      collapsed: ['results'],
    });
    await go();
    fireEvent.click(screen.getByRole('button', { name: /三、本年度办理结果/ }));
    // Without the committed callbacks: from 'not committed', unfolding what it had folded.
    expect(changes).toEqual([
      { from: 'on screen', next: { ...defaultTableViewState, collapsed: ['results'] } },
    ]);
  });
});
