// The national report tables as data: keys, official Chinese labels and English glosses.
// The schema, the checks and the UI are all built from these lists, so a key exists once.

import type { KeyedLabel, Label } from './label.ts';

export const templates = ['2019', '2021'] as const;
export type Template = (typeof templates)[number];

export const agencyLevels = ['national', 'provincial', 'city', 'county', 'township'] as const;

export const applicantColumns = [
  { key: 'person', zh: '自然人', en: 'Natural persons' },
  { key: 'business', zh: '商业企业', en: 'Commercial enterprises' },
  { key: 'research', zh: '科研机构', en: 'Research institutions' },
  { key: 'nonprofit', zh: '社会公益组织', en: 'Public-interest organisations' },
  { key: 'legal', zh: '法律服务机构', en: 'Legal service providers' },
  { key: 'otherOrg', zh: '其他', en: 'Other organisations' },
  { key: 'total', zh: '总计', en: 'Total' },
] as const satisfies readonly KeyedLabel[];

export type ApplicantColumn = (typeof applicantColumns)[number]['key'];
export const applicantKeys = applicantColumns.map((c) => c.key);
/** The six applicant columns whose sum is the row's 总计. */
export const applicantPartKeys = applicantKeys.filter((k) => k !== 'total');

export const deniedReasons = [
  { key: 'stateSecret', zh: '1.属于国家秘密', en: 'State secret' },
  { key: 'lawProhibited', zh: '2.其他法律行政法规禁止公开', en: 'Prohibited by other laws' },
  { key: 'safetyStability', zh: '3.危及“三安全一稳定”', en: 'Endangers security or stability' },
  { key: 'thirdPartyRights', zh: '4.保护第三方合法权益', en: "Protects a third party's rights" },
  { key: 'internalAffairs', zh: '5.属于三类内部事务信息', en: 'Internal affairs' },
  { key: 'processInformation', zh: '6.属于四类过程性信息', en: 'Process information' },
  { key: 'enforcementFiles', zh: '7.属于行政执法案卷', en: 'Enforcement case files' },
  { key: 'administrativeQuery', zh: '8.属于行政查询事项', en: 'Administrative query' },
] as const satisfies readonly KeyedLabel[];

export const unavailableReasons = [
  { key: 'notHeld', zh: '1.本机关不掌握相关政府信息', en: 'Not held by this agency' },
  { key: 'needsCreation', zh: '2.没有现成信息需要另行制作', en: 'Would have to be created' },
  { key: 'unclear', zh: '3.补正后申请内容仍不明确', en: 'Still unclear after correction' },
] as const satisfies readonly KeyedLabel[];

export const notProcessedReasons = [
  { key: 'complaint', zh: '1.信访举报投诉类申请', en: 'Petition, report or complaint' },
  { key: 'duplicate', zh: '2.重复申请', en: 'Repeated application' },
  { key: 'publication', zh: '3.要求提供公开出版物', en: 'Asks for a publication' },
  { key: 'excessive', zh: '4.无正当理由大量反复申请', en: 'Excessive without good reason' },
  {
    key: 'confirmation',
    zh: '5.要求行政机关确认或重新出具已获取信息',
    en: 'Asks to confirm or reissue information already obtained',
  },
] as const satisfies readonly KeyedLabel[];

export const otherHandlingReasons = [
  {
    key: 'noCorrection',
    zh: '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
    en: 'Applicant did not correct the application in time',
  },
  {
    key: 'noFee',
    zh: '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
    en: 'Applicant did not pay the fee in time',
  },
  { key: 'other', zh: '3.其他', en: 'Other' },
] as const satisfies readonly KeyedLabel[];

export const applicationLabels = {
  received: { zh: '一、本年新收政府信息公开申请数量', en: 'I. Applications received this year' },
  carriedOver: { zh: '二、上年结转政府信息公开申请数量', en: 'II. Carried over from last year' },
  results: { zh: '三、本年度办理结果', en: "III. This year's outcomes" },
  granted: { zh: '（一）予以公开', en: '(1) Disclosed' },
  partiallyGranted: {
    zh: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
    en: '(2) Partly disclosed',
  },
  denied: { zh: '（三）不予公开', en: '(3) Not disclosed' },
  unavailable: { zh: '（四）无法提供', en: '(4) Cannot be provided' },
  notProcessed: { zh: '（五）不予处理', en: '(5) Not processed' },
  otherHandling: { zh: '（六）其他处理', en: '(6) Otherwise handled' },
  total: { zh: '（七）总计', en: '(7) Total' },
  carriedForward: { zh: '四、结转下年度继续办理', en: 'IV. Carried forward to next year' },
} as const satisfies Record<string, Label>;

export const appealGroups = [
  { key: 'reconsideration', zh: '行政复议', en: 'Administrative reconsideration' },
  {
    key: 'litigationDirect',
    zh: '行政诉讼 · 未经复议直接起诉',
    en: 'Litigation without reconsideration',
  },
  {
    key: 'litigationAfterReconsideration',
    zh: '行政诉讼 · 复议后起诉',
    en: 'Litigation after reconsideration',
  },
] as const satisfies readonly KeyedLabel[];

export const appealColumns = [
  { key: 'upheld', zh: '结果维持', en: 'Upheld' },
  { key: 'corrected', zh: '结果纠正', en: 'Corrected' },
  { key: 'other', zh: '其他结果', en: 'Other result' },
  { key: 'pending', zh: '尚未审结', en: 'Pending' },
  { key: 'total', zh: '总计', en: 'Total' },
] as const satisfies readonly KeyedLabel[];

export const documentColumns2019 = [
  { key: 'newlyMade', zh: '本年新制作数量', en: 'Newly made this year' },
  { key: 'newlyPublished', zh: '本年新公开数量', en: 'Newly published this year' },
  { key: 'totalPublished', zh: '对外公开总数量', en: 'Total published' },
] as const satisfies readonly KeyedLabel[];

export const itemColumns2019 = [
  { key: 'previousYearItems', zh: '上一年项目数量', en: 'Items last year' },
  { key: 'change', zh: '本年增/减', en: 'Change this year' },
  { key: 'decisions', zh: '处理决定数量', en: 'Decisions' },
] as const satisfies readonly KeyedLabel[];

export const feeColumns2019 = itemColumns2019.slice(0, 2) as unknown as readonly [
  (typeof itemColumns2019)[0],
  (typeof itemColumns2019)[1],
];

export const procurementColumns2019 = [
  { key: 'projects', zh: '采购项目数量', en: 'Procurement projects' },
  { key: 'amount', zh: '采购总金额', en: 'Total procurement amount' },
] as const satisfies readonly KeyedLabel[];

export const documentColumns2021 = [
  { key: 'issued', zh: '本年制发件数', en: 'Issued this year' },
  { key: 'repealed', zh: '本年废止件数', en: 'Repealed this year' },
  { key: 'inForce', zh: '现行有效件数', en: 'In force' },
] as const satisfies readonly KeyedLabel[];

export const decisionColumns2021 = [
  { key: 'decisions', zh: '本年处理决定数量', en: 'Decisions this year' },
] as const satisfies readonly KeyedLabel[];

export const feeColumns2021 = [
  { key: 'amount', zh: '本年收费金额（单位：万元）', en: 'Fees charged (10,000 yuan)' },
] as const satisfies readonly KeyedLabel[];

/**
 * Section 二 per template: rows in the printed order, grouped by the article 20 item they
 * fall under, each with its columns.
 */
export const proactiveLayouts = {
  '2019': [
    { key: 'rules', zh: '规章', en: 'Rules', item: '（一）', columns: documentColumns2019 },
    {
      key: 'normativeDocuments',
      zh: '规范性文件',
      en: 'Normative documents',
      item: '（一）',
      columns: documentColumns2019,
    },
    { key: 'licensing', zh: '行政许可', en: 'Licensing', item: '（五）', columns: itemColumns2019 },
    {
      key: 'otherServices',
      zh: '其他对外管理服务事项',
      en: 'Other administrative services',
      item: '（五）',
      columns: itemColumns2019,
    },
    { key: 'penalties', zh: '行政处罚', en: 'Penalties', item: '（六）', columns: itemColumns2019 },
    {
      key: 'coercion',
      zh: '行政强制',
      en: 'Coercive measures',
      item: '（六）',
      columns: itemColumns2019,
    },
    {
      key: 'fees',
      zh: '行政事业性收费',
      en: 'Administrative fees',
      item: '（八）',
      columns: feeColumns2019,
    },
    {
      key: 'procurement',
      zh: '政府集中采购',
      en: 'Centralised government procurement',
      item: '（九）',
      columns: procurementColumns2019,
    },
  ],
  '2021': [
    { key: 'rules', zh: '规章', en: 'Rules', item: '（一）', columns: documentColumns2021 },
    {
      key: 'normativeDocuments',
      zh: '行政规范性文件',
      en: 'Administrative normative documents',
      item: '（一）',
      columns: documentColumns2021,
    },
    {
      key: 'licensing',
      zh: '行政许可',
      en: 'Licensing',
      item: '（五）',
      columns: decisionColumns2021,
    },
    {
      key: 'penalties',
      zh: '行政处罚',
      en: 'Penalties',
      item: '（六）',
      columns: decisionColumns2021,
    },
    {
      key: 'coercion',
      zh: '行政强制',
      en: 'Coercive measures',
      item: '（六）',
      columns: decisionColumns2021,
    },
    {
      key: 'fees',
      zh: '行政事业性收费',
      en: 'Administrative fees',
      item: '（八）',
      columns: feeColumns2021,
    },
  ],
} as const;

/** Cells that hold money or a signed change, not a count: exempt from the whole-number rule. */
export const nonCountCells: Record<Template, readonly string[]> = {
  '2019': [
    'procurement.amount',
    'licensing.change',
    'otherServices.change',
    'penalties.change',
    'coercion.change',
    'fees.change',
  ],
  '2021': ['fees.amount'],
};

export const sectionLabels = {
  overview: { zh: '一、总体情况', en: '1. Overview' },
  proactive: { zh: '二、主动公开政府信息情况', en: '2. Proactive disclosure' },
  applications: {
    zh: '三、收到和处理政府信息公开申请情况',
    en: '3. Applications received and handled',
  },
  appeals: {
    zh: '四、政府信息公开行政复议、行政诉讼情况',
    en: '4. Reconsideration and litigation',
  },
  problems: { zh: '五、存在的主要问题及改进情况', en: '5. Problems and improvements' },
  other: { zh: '六、其他需要报告的事项', en: '6. Other matters' },
} as const satisfies Record<string, Label>;

export type SectionKey = keyof typeof sectionLabels;
export const textSectionKeys = ['overview', 'problems', 'other'] as const;
