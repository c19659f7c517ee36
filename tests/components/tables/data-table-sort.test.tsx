// @vitest-environment jsdom
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderTable, visibleLabels } from './render-table.tsx';

afterEach(cleanup);

const header = (name: string) => screen.getByRole('columnheader', { name });
const clickSort = (name: string) => fireEvent.click(screen.getByRole('button', { name }));

describe('DataTable sorting', () => {
  it('starts unsorted with aria-sort="none" on every sortable header', () => {
    renderTable();
    for (const name of ['项目', '自然人', '商业企业', '科研机构', '总计']) {
      expect(header(name).getAttribute('aria-sort')).toBe('none');
    }
    expect(visibleLabels()[0]).toBe('一、本年新收');
  });

  it('sorts numbers as numbers within each level, blanks last, ascending on the first click', () => {
    const { lastState } = renderTable();
    clickSort('自然人');
    expect(header('自然人').getAttribute('aria-sort')).toBe('ascending');
    expect(header('总计').getAttribute('aria-sort')).toBe('none');
    expect(lastState()?.sort).toEqual({ column: 'person', desc: false });
    // 6 < 10 < 537 (not "10" < "537" < "6"); the group rows have no number and go last in
    // their level, their children stay under them, sorted among themselves.
    expect(visibleLabels()).toEqual([
      '一、本年新收',
      '二、上年结转',
      '收费',
      '三、本年度办理结果',
      '（一）予以公开',
      '（七）总计',
      '（三）不予公开',
      '1.属于国家秘密',
      '8.属于行政查询事项',
      '2.其他法律行政法规禁止公开',
    ]);
  });

  it('sorts descending on the second click, blanks still last, and clears on the third', () => {
    const { lastState } = renderTable();
    clickSort('自然人');
    clickSort('自然人');
    expect(header('自然人').getAttribute('aria-sort')).toBe('descending');
    expect(visibleLabels()).toEqual([
      '收费',
      '二、上年结转',
      '一、本年新收',
      '三、本年度办理结果',
      '（七）总计',
      '（一）予以公开',
      '（三）不予公开',
      '8.属于行政查询事项',
      '1.属于国家秘密',
      '2.其他法律行政法规禁止公开',
    ]);
    clickSort('自然人');
    expect(header('自然人').getAttribute('aria-sort')).toBe('none');
    expect(lastState()?.sort).toBeNull();
    expect(visibleLabels().slice(0, 3)).toEqual([
      '一、本年新收',
      '二、上年结转',
      '三、本年度办理结果',
    ]);
  });

  it('puts not-applicable cells after numbers and before blanks in both directions', () => {
    renderTable();
    const denied = () => visibleLabels().slice(-3);
    clickSort('商业企业');
    // 8.: 0, 1.: "-", 2.: blank
    expect(denied()).toEqual([
      '8.属于行政查询事项',
      '1.属于国家秘密',
      '2.其他法律行政法规禁止公开',
    ]);
    clickSort('商业企业');
    expect(denied()).toEqual([
      '8.属于行政查询事项',
      '1.属于国家秘密',
      '2.其他法律行政法规禁止公开',
    ]);
  });

  it('orders number, not applicable, text, blank the same way ascending and descending', () => {
    renderTable();
    const topLevel = ['一、本年新收', '二、上年结转', '收费', '三、本年度办理结果'];
    const top = () => visibleLabels().filter((label) => topLevel.includes(label));
    clickSort('科研机构'); // 0, "-", "见附件", blank
    expect(top()).toEqual(topLevel);
    clickSort('科研机构');
    expect(top()).toEqual(topLevel);
  });

  it('sorts by the row label within each level', () => {
    renderTable({ initial: { sort: { column: 'label', desc: true } } });
    expect(header('项目').getAttribute('aria-sort')).toBe('descending');
    const reasons = visibleLabels().filter((label) => /^\d\./.test(label));
    expect(reasons).toEqual(['8.属于行政查询事项', '2.其他法律行政法规禁止公开', '1.属于国家秘密']);
  });

  it('ignores a sort on a column it does not have', () => {
    renderTable({ initial: { sort: { column: 'nope', desc: true } } });
    expect(visibleLabels()[0]).toBe('一、本年新收');
  });
});
