import { describe, expect, it } from 'vitest';
import { toRawCell } from '../../../../src/importer/extractors/cell-value.ts';
import { isValueToken } from '../../../../src/importer/value-token.ts';
import { detectTemplate } from '../../../../src/importer/extractors/detect-template.ts';
import { foldLabel } from '../../../../src/importer/extractors/fold-label.ts';
import {
  applicationSpecs,
  matchRowLabel,
  proactiveSpecs,
  specId,
} from '../../../../src/importer/extractors/row-labels.ts';

const applications = applicationSpecs('2021');
const rowOf = (label: string) => {
  const match = matchRowLabel(label, applications);
  return match ? specId(match.spec) || 'group' : null;
};

describe('matching printed row labels', () => {
  it.each([
    ['一、本年新收政府信息公开申请数量', 'received'],
    ['（三）不予公开1.属于国家秘密', 'results.denied.stateSecret'],
    ['（三）不予公开 １．属于国家秘密', 'results.denied.stateSecret'],
    ['(三)不予公开1、属于国家秘密', 'results.denied.stateSecret'],
    ['2.其他法律行政止公开', 'results.denied.lawProhibited'],
    ['3.危及"三安全一稳定"', 'results.denied.safetyStability'],
    ['三、本年度办理结果（一）予以公开', 'results.granted'],
    ['三\n、\n本\n年\n度\n办\n理\n结\n果\n（一）予以公开', 'results.granted'],
    ['（二）部分公开（区分处理的，只计这一情 形，不\n计其他情形）', 'results.partiallyGranted'],
    ['（四）无 1.本机关不掌握相关政府信息', 'results.unavailable.notHeld'],
    ['法提供 2.没有现成信息需要另行制作', 'results.unavailable.needsCreation'],
    ['4.无正当理由大量反复 申请', 'results.notProcessed.excessive'],
    ['5.要求行政机关确认或重 新出具\n已获取信息', 'results.notProcessed.confirmation'],
    [
      '（六）其\n他处理\n1、申请人无正当理由逾期不补\n正、行政机关不再处理其政府信\n息公开申请',
      'results.otherHandling.noCorrection',
    ],
    [
      '2、申请人逾期未按收费通知要\n求缴纳费用、行政机关不再处理\n其政府信息公开申请',
      'results.otherHandling.noFee',
    ],
    ['3、其他', 'results.otherHandling.other'],
    ['（六）其他处理', 'results.otherHandling'],
    ['（七）总计', 'results.total'],
    ['四、结转下年度继续办理', 'carriedForward'],
    ['（三）不予公开', 'group'],
    ['申请人情况自然人法人或其他组织总计商业企业科研机构社会公益组织法律服务机构其他', null],
  ])('%s → %s', (label, expected) => {
    expect(rowOf(label)).toBe(expected);
  });

  it('tells 规章 from 规范性文件 and reads 规章 with its note (市政府令)', () => {
    const specs = proactiveSpecs('2019');
    const key = (label: string) => matchRowLabel(label, specs)?.spec.path[0];
    expect(key('规章（市政府令）')).toBe('rules');
    expect(key('规范性文件（有规范性文件登记号）')).toBe('normativeDocuments');
    expect(key('其他对外管理服务事项')).toBe('otherServices');
    expect(key('第二十条第（九）项 信息内容 政府集中采购')).toBe('procurement');
  });

  it('folds full-width brackets, digits, spaces and quotes', () => {
    expect(foldLabel('（三）　不予公开　１．属于“国家秘密”')).toBe('(三)不予公开1.属于国家秘密');
  });
});

describe('cells as printed', () => {
  it.each([
    ['6', 6],
    ['\u00a00', 0],
    ['7730.28', 7730.28],
    ['增3项', '增3项'],
    ['537余万元', '537余万元'],
    ['-', '-'],
    ['１２', '１２'],
    ['1,200', '1,200'],
    ['\u00a0', null],
    ['\u3000', null],
    ['', null],
  ])('%j → %j', (printed, cell) => {
    expect(toRawCell(printed)).toBe(cell);
  });

  it('tells a value from a label word', () => {
    for (const token of ['0', '增3项', '6件', '537余万元', '-', '/', '96171.6', '无'])
      expect(isValueToken(token)).toBe(true);
    for (const token of ['1.属于国家秘密', '2.重复申请', '规章', '（四）无', '总计'])
      expect(isValueToken(token)).toBe(false);
  });
});

describe('telling the template by its labels', () => {
  it('2019 by its columns, 2021 by its', () => {
    expect(detectTemplate(['本年新制作数量 本年新公开数量', '政府集中采购']).template).toBe('2019');
    expect(detectTemplate(['本年制发件数', '本年处理决定数量']).template).toBe('2021');
    expect(detectTemplate(['一、总体情况']).template).toBeNull();
  });
});
