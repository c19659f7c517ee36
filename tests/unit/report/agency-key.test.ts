import { describe, expect, it } from 'vitest';
import { agencyKey } from '../../../src/report/agency-key.ts';

describe("an agency's full name, the same across its reports", () => {
  it.each([
    ['洪泽区人民政府', '淮安市洪泽区', '淮安市洪泽区人民政府'],
    ['淮安市洪泽区人民政府', '淮安市洪泽区', '淮安市洪泽区人民政府'],
    ['聊城市农业农村局', '山东省聊城市', '山东省聊城市农业农村局'],
    ['农业农村局', '山东省聊城市', '山东省聊城市农业农村局'],
    ['淮安市人民政府', '淮安市', '淮安市人民政府'],
    // 州 alone is not a level: 苏州市 is one.
    ['苏州市人民政府', '江苏省苏州市', '江苏省苏州市人民政府'],
    ['市场监督管理局', '山东省聊城市', '山东省聊城市市场监督管理局'],
    [' 洪泽区 人民政府 ', ' 淮安市 洪泽区', '淮安市洪泽区人民政府'],
  ])('%s in %s → %s', (name, region, key) => {
    expect(agencyKey({ name, region })).toBe(key);
  });

  it('is the name when the report gives no region', () => {
    expect(agencyKey({ name: '国务院办公厅' })).toBe('国务院办公厅');
    expect(agencyKey({ name: '金湖县人民政府', region: '' })).toBe('金湖县人民政府');
  });

  it('tells agencies of one region apart', () => {
    const region = '淮安市洪泽区';
    expect(agencyKey({ name: '洪泽区人民政府', region })).not.toBe(
      agencyKey({ name: '洪泽区教育局', region }),
    );
  });
});
