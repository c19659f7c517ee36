import type { Template } from '../../report/table-layout.ts';
import { foldLabel } from './fold-label.ts';

// The two national formats differ in table 二's columns and rows and in 三's （六）其他处理;
// the labels a report prints tell which it follows.

const MARKERS: Record<Template, readonly RegExp[]> = {
  '2019': [
    /本年新制作数量/,
    /本年新公开数量/,
    /对外公开总数量/,
    /上一年项目数量/,
    /本年增\/?减/,
    /(?<!本年)处理决定数量/,
    /其他对外管理服务事项/,
    /集中采购/,
    /采购项目数量/,
    /采购总金额/,
  ],
  '2021': [
    /本年制发件数/,
    /本年废止件数/,
    /现行有效件数/,
    /本年处理决定数量/,
    /本年收费金额/,
    /行政规范性文件/,
    /逾期不补正/,
    /收费通知/,
  ],
};

export interface TemplateGuess {
  readonly template: Template | null;
  readonly scores: Readonly<Record<Template, number>>;
}

export function detectTemplate(texts: readonly string[]): TemplateGuess {
  const folded = texts.map(foldLabel).join('\n');
  const score = (template: Template): number =>
    MARKERS[template].filter((marker) => marker.test(folded)).length;
  const scores = { '2019': score('2019'), '2021': score('2021') };
  const template =
    scores['2019'] === scores['2021'] ? null : scores['2019'] > scores['2021'] ? '2019' : '2021';
  return { template, scores };
}
