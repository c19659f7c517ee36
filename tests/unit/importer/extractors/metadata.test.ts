import { describe, expect, it } from 'vitest';
import { agencyLevel, agencyRegion } from '../../../../src/importer/extractors/read-agency.ts';
import { dateLine, periodYear } from '../../../../src/importer/extractors/read-dates.ts';
import { reportId } from '../../../../src/importer/extractors/report-id.ts';

describe('agency level and region from the name', () => {
  it.each([
    ['聊城市农业农村局', 'city'],
    ['淮安市洪泽区人民政府', 'county'],
    ['洪泽区人民政府', 'county'],
    ['淮安市人民政府', 'city'],
    ['杭州市市场监督管理局', 'city'],
    ['江苏省人民政府', 'provincial'],
    ['北京市人民政府', 'provincial'],
    ['北京市海淀区人民政府', 'county'],
    ['东林县高桥镇人民政府', 'township'],
    ['国家税务总局', 'national'],
  ])('%s is %s', (name, level) => {
    expect(agencyLevel(name)).toBe(level);
  });

  it('completes the region from the text and the province the preamble names', () => {
    expect(agencyRegion('聊城市农业农村局', '', '根据《山东省政府信息公开办法》')).toBe(
      '山东省聊城市',
    );
    expect(agencyRegion('洪泽区人民政府', '本报告由淮安市洪泽区人民政府办公室编制', '')).toBe(
      '淮安市洪泽区',
    );
    expect(agencyRegion('淮安市人民政府', '', '江苏省、山东省')).toBe('淮安市');
    expect(agencyRegion('某某委员会', '', '')).toBeUndefined();
  });
});

describe('dates', () => {
  it('reads the reporting period however it is spaced', () => {
    expect(periodYear('统计期限自 2023 年 1 月 1 日\n起至 2023 年 12 月 31 日止')).toBe(2023);
    expect(periodYear('统计时限为2020年1月1日至2020年12月31日')).toBe(2020);
    expect(periodYear('2020年全年')).toBeNull();
  });

  it('reads a date line in Arabic or Chinese numerals, and only a real date', () => {
    expect(dateLine('2021年1月23日')).toBe('2021-01-23');
    expect(dateLine(' 2021 年 1 月 23 日 ')).toBe('2021-01-23');
    expect(dateLine('二〇二一年一月二十六日')).toBe('2021-01-26');
    expect(dateLine('二〇二二年十二月三十一日')).toBe('2022-12-31');
    expect(dateLine('2021年2月30日')).toBeNull();
    expect(dateLine('2021年1月23日发布')).toBeNull();
  });
});

describe('report ids', () => {
  it('come from the file name', () => {
    expect(reportId('liaocheng-nyncj-2020.txt', '聊城市农业农村局', 2020)).toBe(
      'liaocheng-nyncj-2020',
    );
    expect(reportId('reports/Hongze District 2023.pdftext.txt', 'x', 2023)).toBe(
      'hongze-district-2023',
    );
  });

  it('fall back to report-<year>-<hash> when the name has no Latin letters, stable per agency and year', () => {
    const id = reportId('洪泽区2023年报.txt', '洪泽区人民政府', 2023);
    expect(id).toMatch(/^report-2023-[0-9a-f]{8}$/);
    expect(reportId('另一个名字.html', '洪泽区人民政府', 2023)).toBe(id);
    expect(reportId('洪泽区2023年报.txt', '淮安市人民政府', 2023)).not.toBe(id);
  });
});
