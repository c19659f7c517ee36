// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DataTable } from '../../../src/components/tables/data-table.tsx';
import { type TableViewState } from '../../../src/components/tables/table-types.ts';
import { renderTable, visibleLabels } from './render-table.tsx';
import { columns, rows } from './table-rows.ts';
import { defaultTableViewState } from '../../../src/components/tables/table-view-state.ts';
import { zhTableMessages } from '../../../src/i18n/table-messages.ts';

afterEach(cleanup);

const reasons = ['1.属于国家秘密', '2.其他法律行政法规禁止公开', '8.属于行政查询事项'];

describe('DataTable structure', () => {
  it('is a captioned table in a focusable scrolling region, with grouped headers', () => {
    renderTable();
    const region = screen.getByRole('region', { name: '申请处理情况' });
    expect(region.tabIndex).toBe(0);
    expect(region.classList.contains('dt-scroll')).toBe(true);
    const table = within(region).getByRole('table', { name: '申请处理情况' });
    expect(table.querySelector('caption')?.textContent).toBe('申请处理情况');
    const group = within(table).getByRole('columnheader', { name: '法人或其他组织' });
    expect(group.getAttribute('colspan')).toBe('2');
    expect(group.getAttribute('scope')).toBe('colgroup');
    const person = within(table).getByRole('columnheader', { name: '自然人' });
    expect(person.getAttribute('scope')).toBe('col');
    expect(person.getAttribute('rowspan')).toBe('2');
    expect(
      within(table).getByRole('columnheader', { name: '商业企业' }).hasAttribute('rowspan'),
    ).toBe(false);
  });

  it('labels rows with sticky row headers indented by depth', () => {
    renderTable();
    const rowHeaders = screen.getAllByRole('rowheader');
    expect(rowHeaders).toHaveLength(10);
    const top = rowHeaders[0];
    const deep = screen.getByText('1.属于国家秘密').closest('th');
    expect(top?.getAttribute('scope')).toBe('row');
    expect(top?.classList.contains('dt-sticky')).toBe(true);
    expect(top?.style.paddingInlineStart).toBe('0.5rem');
    expect(deep?.style.paddingInlineStart).toBe('3rem');
  });
});

describe('DataTable groups', () => {
  it('expands groups by default and collapses one with its button', () => {
    const { lastState } = renderTable();
    const button = screen.getByRole('button', { name: '收起“（三）不予公开”' });
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(visibleLabels()).toEqual(expect.arrayContaining(reasons));

    fireEvent.click(button);
    expect(lastState()?.collapsed).toEqual(['denied']);
    const expand = screen.getByRole('button', { name: '展开“（三）不予公开”' });
    expect(expand.getAttribute('aria-expanded')).toBe('false');
    expect(visibleLabels()).toContain('（三）不予公开');
    for (const reason of reasons) expect(visibleLabels()).not.toContain(reason);

    fireEvent.click(expand);
    expect(lastState()?.collapsed).toEqual([]);
    expect(visibleLabels()).toEqual(expect.arrayContaining(reasons));
  });

  it('opens with the groups the state says are collapsed', () => {
    renderTable({ initial: { collapsed: ['results'] } });
    expect(visibleLabels()).toEqual(['一、本年新收', '二、上年结转', '三、本年度办理结果', '收费']);
    expect(
      screen
        .getByRole('button', { name: '展开“三、本年度办理结果”' })
        .getAttribute('aria-expanded'),
    ).toBe('false');
  });

  it('gives leaf rows no expand button', () => {
    renderTable();
    expect(screen.queryByRole('button', { name: /1\.属于国家秘密/ })).toBeNull();
    expect(screen.getAllByRole('button', { name: /^收起/ })).toHaveLength(2);
  });
});

describe('DataTable columns menu and reset', () => {
  it('hides and shows columns from the columns menu', () => {
    const { lastState } = renderTable();
    const menuButton = screen.getByRole('button', { name: '显示的列' });
    expect(menuButton.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(menuButton);
    expect(menuButton.getAttribute('aria-expanded')).toBe('true');
    const menu = screen.getByRole('group', { name: '显示的列' });
    expect(within(menu).getByRole('group', { name: '法人或其他组织' })).toBeTruthy();

    fireEvent.click(within(menu).getByRole('checkbox', { name: '商业企业' }));
    expect(lastState()?.hiddenColumns).toEqual(['business']);
    expect(screen.queryByRole('columnheader', { name: '商业企业' })).toBeNull();
    expect(screen.queryByRole('textbox', { name: '筛选“商业企业”' })).toBeNull();
    expect(
      screen.getByRole('columnheader', { name: '法人或其他组织' }).getAttribute('colspan'),
    ).toBe('1');
    expect(screen.getAllByRole('row')[3]?.querySelectorAll('td')).toHaveLength(3);

    fireEvent.click(within(menu).getByRole('checkbox', { name: '商业企业' }));
    expect(lastState()?.hiddenColumns).toEqual([]);
    expect(screen.getByRole('columnheader', { name: '商业企业' })).toBeTruthy();
  });

  it('closes the columns menu on Escape', () => {
    renderTable();
    const menuButton = screen.getByRole('button', { name: '显示的列' });
    fireEvent.click(menuButton);
    fireEvent.keyDown(screen.getByRole('checkbox', { name: '总计' }), { key: 'Escape' });
    expect(menuButton.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('group', { name: '显示的列' })).toBeNull();
  });

  it('resets every setting to the default view', () => {
    const { lastState } = renderTable({
      initial: {
        sort: { column: 'total', desc: true },
        filters: { person: '>100' },
        search: '收费',
        hideEmpty: true,
        hiddenColumns: ['research'],
        collapsed: ['denied'],
      },
    });
    expect(visibleLabels()).toEqual(['收费']);
    expect(screen.queryByRole('columnheader', { name: '科研机构' })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: '重置' }));
    expect(lastState()).toEqual(defaultTableViewState);
    expect(visibleLabels()).toHaveLength(10);
    expect(screen.getByRole('searchbox', { name: '搜索表格' })).toHaveProperty('value', '');
    expect(screen.getByRole('textbox', { name: '筛选“自然人”' })).toHaveProperty('value', '');
    expect(screen.getByRole('checkbox', { name: '隐藏空行' })).toHaveProperty('checked', false);
    expect(screen.getByRole('columnheader', { name: '科研机构' })).toBeTruthy();
    expect(screen.getByRole('columnheader', { name: '总计' }).getAttribute('aria-sort')).toBe(
      'none',
    );
  });
});

describe('DataTable as a controlled component', () => {
  it('only reports changes: the view follows the state it is given, not its own clicks', () => {
    const onStateChange = vi.fn<(next: TableViewState) => void>();
    render(
      <DataTable
        caption="表"
        rowHeader="项目"
        columns={columns}
        rows={rows}
        state={defaultTableViewState}
        onStateChange={onStateChange}
        messages={zhTableMessages}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: '总计' }));
    fireEvent.click(screen.getByRole('button', { name: '收起“三、本年度办理结果”' }));
    fireEvent.click(screen.getByRole('checkbox', { name: '隐藏空行' }));
    fireEvent.change(screen.getByRole('searchbox', { name: '搜索表格' }), {
      target: { value: '收费' },
    });
    expect(onStateChange.mock.calls.map(([next]) => next)).toEqual([
      { ...defaultTableViewState, sort: { column: 'total', desc: false } },
      { ...defaultTableViewState, collapsed: ['results'] },
      { ...defaultTableViewState, hideEmpty: true },
      { ...defaultTableViewState, search: '收费' },
    ]);
    expect(screen.getByRole('columnheader', { name: '总计' }).getAttribute('aria-sort')).toBe(
      'none',
    );
    expect(visibleLabels()).toHaveLength(10);
  });
});
