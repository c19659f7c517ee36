import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { loadReport } from '../../../src/load/load-report.ts';
import { buildReportXlsx, nationalSheets } from '../../../src/export/national-sheets.ts';
import { buildReportFile, seedFile } from '../../builders.ts';

function loaded(file: unknown) {
  const result = loadReport(file);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.report;
}

const findings = {
  title: '勾稽校验',
  rowHeader: '严重程度',
  columns: ['说明'],
  rows: [{ label: '错误', cells: ['（一）予以公开 · 总计 为空'] }],
};

async function workbook(file: unknown) {
  const blob = await buildReportXlsx(loaded(file), [findings]);
  return readXlsxFile(Buffer.from(await blob.arrayBuffer()));
}

describe('the whole report as one workbook', () => {
  it('has a sheet a table in the national layout, then the findings', async () => {
    const sheets = await workbook(seedFile());
    expect(sheets.map((s) => s.sheet)).toEqual([
      '二、主动公开',
      '三、收到和处理申请',
      '四、复议诉讼',
      '勾稽校验',
    ]);
    expect(sheets[3]?.data).toEqual([
      ['严重程度', '说明'],
      ['错误', '（一）予以公开 · 总计 为空'],
    ]);
  });

  it("prints table 二 item by item, with each item's own columns and the cells as printed", async () => {
    const [proactive] = await workbook(seedFile());
    const rows = proactive?.data ?? [];
    expect(rows[0]?.[0]).toBe('第二十条第（一）项');
    expect(rows[1]).toEqual(['信息内容', '本年新制作数量', '本年新公开数量', '对外公开总数量']);
    const procurement = rows.find((r) => r[0] === '政府集中采购');
    expect(procurement?.slice(0, 3)).toEqual(['政府集中采购', 31, '537余万元']);
    const licensing = rows.find((r) => r[0] === '行政许可');
    expect(licensing?.slice(0, 4)).toEqual(['行政许可', 0, '增3项', '6件']);
  });

  it('prints table 三 with its three label columns and blank cells left empty', async () => {
    const sheets = await workbook(seedFile());
    const rows = sheets[1]?.data ?? [];
    expect(rows[0]?.slice(0, 5)).toEqual(['项目', null, null, '自然人', '法人或其他组织']);
    expect(rows[0]?.[9]).toBe('总计');
    expect(rows[1]?.slice(4, 9)).toEqual([
      '商业企业',
      '科研机构',
      '社会公益组织',
      '法律服务机构',
      '其他',
    ]);
    expect(rows[2]).toEqual([
      '一、本年新收政府信息公开申请数量',
      null,
      null,
      6,
      null,
      null,
      null,
      null,
      null,
      6,
    ]);
    const granted = rows.find((r) => r[1] === '（一）予以公开');
    expect(granted).toEqual([
      '三、本年度办理结果',
      '（一）予以公开',
      null,
      3,
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
    const secret = rows.find((r) => r[2] === '1.属于国家秘密');
    expect(secret?.slice(0, 3)).toEqual([null, '（三）不予公开', '1.属于国家秘密']);
    expect(rows.at(-1)?.[0]).toBe('四、结转下年度继续办理');
    expect(rows).toHaveLength(2 + 2 + 1 + 1 + 8 + 3 + 5 + 1 + 1 + 1);
  });

  it('prints table 四 as the form does: three header rows and one row of fifteen cells', async () => {
    const file = buildReportFile('2021');
    const sheets = await workbook(file);
    const rows = sheets[2]?.data ?? [];
    expect(rows[0]?.[0]).toBe('行政复议');
    expect(rows[0]?.[5]).toBe('行政诉讼');
    expect(rows[1]?.[5]).toBe('未经复议直接起诉');
    expect(rows[1]?.[10]).toBe('复议后起诉');
    expect(rows[2]?.slice(0, 5)).toEqual(['结果维持', '结果纠正', '其他结果', '尚未审结', '总计']);
    const report = loaded(file);
    const printed = (
      ['reconsideration', 'litigationDirect', 'litigationAfterReconsideration'] as const
    ).flatMap((group) =>
      (['upheld', 'corrected', 'other', 'pending', 'total'] as const).map(
        (column) => report.sections.appeals[group][column].raw,
      ),
    );
    expect(rows[3]).toEqual(printed);
  });

  it('builds the 2021 table 二 with the 2021 columns', () => {
    const [proactive] = nationalSheets(loaded(buildReportFile('2021')));
    const headers = proactive?.data[1]?.map((c) => (c && 'value' in c ? c.value : null));
    expect(headers).toEqual(['信息内容', '本年制发件数', '本年废止件数', '现行有效件数']);
  });
});
