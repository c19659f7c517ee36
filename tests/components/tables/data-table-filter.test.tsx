// @vitest-environment jsdom
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderTable, visibleLabels } from './render-table.tsx';

afterEach(cleanup);

const type = (name: string, value: string) =>
  fireEvent.change(screen.getByRole('textbox', { name }), { target: { value } });
const search = (value: string) =>
  fireEvent.change(screen.getByRole('searchbox', { name: '搜索表格' }), { target: { value } });

describe('DataTable filters and search', () => {
  it('filters a column by a comparison and keeps the groups of matching rows', () => {
    const { lastState } = renderTable();
    type('筛选“自然人”', '>5');
    expect(lastState()?.filters).toEqual({ person: '>5' });
    expect(visibleLabels()).toEqual([
      '一、本年新收',
      '二、上年结转',
      '三、本年度办理结果',
      '（三）不予公开',
      '8.属于行政查询事项',
      '（七）总计',
      '收费',
    ]);
    expect(screen.getByRole('status').textContent).toBe('显示 7 / 10 行');
  });

  it('finds blank and not-applicable cells by name', () => {
    renderTable();
    type('筛选“商业企业”', 'na');
    expect(visibleLabels()).toEqual(['三、本年度办理结果', '（三）不予公开', '1.属于国家秘密']);
    type('筛选“商业企业”', '');
    type('筛选“自然人”', 'blank');
    // Group rows have no cells, so they are not "blank" themselves: they come with a child.
    expect(visibleLabels()).toEqual([
      '三、本年度办理结果',
      '（三）不予公开',
      '2.其他法律行政法规禁止公开',
    ]);
  });

  it('combines column filters, the row label filter included', () => {
    const { lastState } = renderTable();
    type('筛选“项目”', '属于');
    type('筛选“总计”', '<5');
    expect(lastState()?.filters).toEqual({ label: '属于', total: '<5' });
    expect(visibleLabels()).toEqual(['三、本年度办理结果', '（三）不予公开', '1.属于国家秘密']);
    expect(screen.getByRole('textbox', { name: '筛选“项目”' })).toHaveProperty('value', '属于');
  });

  it('searches labels and printed values, keeping a group when a child matches', () => {
    const { lastState } = renderTable();
    search('国家');
    expect(lastState()?.search).toBe('国家');
    expect(visibleLabels()).toEqual(['三、本年度办理结果', '（三）不予公开', '1.属于国家秘密']);
    search('余万元');
    expect(visibleLabels()).toEqual(['收费']);
  });

  it('shows a group’s rows when the group’s own label matches', () => {
    renderTable();
    search('不予公开');
    expect(visibleLabels()).toEqual([
      '三、本年度办理结果',
      '（三）不予公开',
      '1.属于国家秘密',
      '2.其他法律行政法规禁止公开',
      '8.属于行政查询事项',
    ]);
    search('');
    type('筛选“项目”', '办理结果');
    // 三、本年度办理结果 and its six rows, at both levels.
    expect(visibleLabels()).toHaveLength(7);
    expect(visibleLabels()).toContain('8.属于行政查询事项');
    expect(visibleLabels()).not.toContain('收费');
  });

  it('says so when nothing matches', () => {
    renderTable();
    search('不存在的内容');
    expect(screen.getByText('没有符合条件的行')).toBeTruthy();
    expect(visibleLabels()).toEqual([]);
    expect(screen.getByRole('status').textContent).toBe('显示 0 / 10 行');
  });

  it('hides rows whose cells are all blank', () => {
    const { lastState } = renderTable();
    expect(visibleLabels()).toContain('2.其他法律行政法规禁止公开');
    fireEvent.click(screen.getByRole('checkbox', { name: '隐藏空行' }));
    expect(lastState()?.hideEmpty).toBe(true);
    expect(visibleLabels()).not.toContain('2.其他法律行政法规禁止公开');
    // Groups have no cells of their own but stay for their children.
    expect(visibleLabels()).toContain('（三）不予公开');
    expect(screen.getByRole('status').textContent).toBe('显示 9 / 10 行');
  });

  it('searches and filters only the columns that are shown', () => {
    renderTable({ initial: { search: '约12' } });
    expect(visibleLabels()).toEqual(['收费']);
    fireEvent.click(screen.getByRole('button', { name: '显示的列' }));
    fireEvent.click(screen.getByRole('checkbox', { name: '商业企业' }));
    expect(visibleLabels()).toEqual([]);
    fireEvent.click(screen.getByRole('checkbox', { name: '商业企业' }));
    expect(visibleLabels()).toEqual(['收费']);
  });
});

describe('DataTable filter syntax', () => {
  it('explains how to write a filter', () => {
    renderTable();
    const help = screen.getByText('筛选写法').closest('details') as HTMLElement;
    fireEvent.click(screen.getByText('筛选写法'));
    expect(help.textContent).toMatch(/>3.*<=2.*1-3.*blank.*na/);
  });

  it('keeps a range of numbers', () => {
    renderTable();
    type('筛选“自然人”', '3-9');
    expect(visibleLabels()).toEqual([
      '一、本年新收',
      '三、本年度办理结果',
      '（一）予以公开',
      '（三）不予公开',
      '8.属于行政查询事项',
    ]);
    expect(screen.queryByText(/看不懂/)).toBeNull();
  });

  it('says when an entry is not understood, and does not empty the table because of it', () => {
    renderTable();
    type('筛选“自然人”', '>3x');
    const input = screen.getByRole('textbox', { name: '筛选“自然人”' });
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const problem = document.getElementById(input.getAttribute('aria-describedby') ?? '');
    expect(problem?.textContent).toBe('“自然人”的筛选“>3x”看不懂，没有使用（写法见“筛选写法”）');
    expect(screen.getByRole('status').textContent).toBe('显示 10 / 10 行');
    type('筛选“自然人”', '>3');
    expect(input.getAttribute('aria-invalid')).toBeNull();
    expect(screen.queryByText(/看不懂/)).toBeNull();
  });
});
