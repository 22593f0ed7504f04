import { ColumnKind, ColumnSpec, RegisterRow, SheetSpec } from '@pm/spreadsheets';
import { KpiFigures, KpiReportFigures, Measure, PropertyFigures } from './kpi-report.gateway';

/**
 * The KPI report (KPI报表, issue 14): what the HQ dashboard shows for a month as a workbook —
 * the company's roll-up one row per KPI, the same per property, and each property's amounts.
 * Pure functions of the gateway's answer, so the sheet shows exactly the dashboard's figures.
 */

type Lang = 'zh-CN' | 'en';

/** One KPI of the report: where its measure and the counts it is computed from are. */
interface KpiLine {
  zh: string;
  en: string;
  measure(f: KpiFigures): Measure;
  /** What was counted and out of how many (fen for collection); absent for the survey's mean. */
  counted(f: KpiFigures): number | null;
  basis(f: KpiFigures): number | null;
  /** The value is a 1–5 score, not a rate. */
  score?: boolean;
  money?: boolean;
}

/** In the dashboard's order (web/console trend.ts KPIS); names as the console shows them. */
export const KPI_LINES: readonly KpiLine[] = [
  {
    zh: '24小时响应率',
    en: 'Response within 24 h',
    measure: (f) => f.serviceKpis.response,
    counted: (f) => f.serviceKpis.respondedInTime,
    basis: (f) => f.serviceKpis.responsesDue,
  },
  {
    zh: '处理完成率',
    en: 'Resolution rate',
    measure: (f) => f.serviceKpis.resolution,
    counted: (f) => f.serviceKpis.resolved,
    basis: (f) => f.serviceKpis.tickets,
  },
  {
    zh: '满意度',
    en: 'Satisfaction',
    measure: (f) => f.serviceKpis.satisfaction,
    counted: (f) => f.serviceKpis.satisfactionCount,
    basis: () => null,
    score: true,
  },
  {
    zh: '投诉及时率',
    en: 'Timely complaints',
    measure: (f) => f.serviceKpis.timely,
    counted: (f) => f.serviceKpis.timelyComplaints,
    basis: (f) => f.serviceKpis.complaints,
  },
  {
    zh: '回访处理率',
    en: 'Follow-up handling',
    measure: (f) => f.serviceKpis.followUp,
    counted: (f) => f.serviceKpis.visitTasksDone,
    basis: (f) => f.serviceKpis.visitTasksSampled,
  },
  {
    zh: '收费率',
    en: 'Collection rate',
    measure: (f) => f.billingKpis.collection,
    counted: (f) => f.billingKpis.collectedFen,
    basis: (f) => f.billingKpis.billedFen,
    money: true,
  },
  {
    zh: '客户流失率',
    en: 'Customer churn',
    measure: (f) => f.customerKpis.churn,
    counted: (f) => f.customerKpis.customersLeft,
    basis: (f) => f.customerKpis.customersOccupying,
  },
  {
    zh: '档案差错率',
    en: 'Archive error rate',
    measure: (f) => f.customerKpis.dataErrors,
    counted: (f) => f.customerKpis.archivesIncomplete,
    basis: (f) => f.customerKpis.archivesChecked,
  },
  {
    zh: '走访覆盖率',
    en: 'Visit coverage',
    measure: (f) => f.customerKpis.visitPlan,
    counted: (f) => f.customerKpis.customersVisited,
    basis: (f) => f.customerKpis.visitsPlanned,
  },
];

const KPI_COLUMNS: readonly ColumnSpec[] = [
  { key: 'rule', zh: '规则编号', en: 'Rule', kind: 'text', width: 10 },
  { key: 'kpi', zh: '指标', en: 'KPI', kind: 'text', width: 18 },
  { key: 'value', zh: '实际值', en: 'Value', kind: 'percent' },
  { key: 'target', zh: '目标值', en: 'Target', kind: 'percent' },
  { key: 'comparison', zh: '考核方式', en: 'Comparison', kind: 'text', width: 10 },
  { key: 'met', zh: '是否达标', en: 'Met', kind: 'text', width: 10 },
  { key: 'counted', zh: '计数', en: 'Counted', kind: 'int', width: 14 },
  { key: 'basis', zh: '基数', en: 'Out of', kind: 'int', width: 14 },
];

export const COMPANY_COLUMNS = KPI_COLUMNS;

export const PROPERTY_KPI_COLUMNS: readonly ColumnSpec[] = [
  { key: 'property', zh: '项目', en: 'Property', kind: 'text', width: 20 },
  ...KPI_COLUMNS,
];

export const PROPERTY_SUMMARY_COLUMNS: readonly ColumnSpec[] = [
  { key: 'property', zh: '项目', en: 'Property', kind: 'text', width: 20 },
  { key: 'tickets', zh: '工单数', en: 'Tickets', kind: 'int' },
  { key: 'billedFen', zh: '应收', en: 'Billed', kind: 'money-fen' },
  { key: 'collectedFen', zh: '实收', en: 'Collected', kind: 'money-fen' },
  { key: 'arrearsFen', zh: '欠费', en: 'Arrears', kind: 'money-fen' },
  { key: 'meanScore', zh: '员工考核均分', en: 'Staff mean score', kind: 'number' },
  { key: 'checksMissed', zh: '漏检次数', en: 'Checks missed', kind: 'int' },
];

const COMPARISON: Record<Measure['comparison'], Record<Lang, string>> = {
  AT_LEAST: { 'zh-CN': '不低于', en: 'at least' },
  AT_MOST: { 'zh-CN': '不高于', en: 'at most' },
  BELOW: { 'zh-CN': '低于', en: 'below' },
};

/** 达标 / 未达标, or 未统计 when the month had nothing to measure (met is null). */
export function metText(met: boolean | null, lang: Lang): string {
  if (met === null) return lang === 'en' ? 'not measured' : '未统计';
  if (lang === 'en') return met ? 'met' : 'not met';
  return met ? '达标' : '未达标';
}

/** Scores are written as plain numbers, collected and billed as ¥; the rest as the column says. */
const kindOf = (row: RegisterRow, c: ColumnSpec): ColumnKind | undefined => {
  if ((c.key === 'value' || c.key === 'target') && row.score === 1) return 'number';
  if ((c.key === 'counted' || c.key === 'basis') && row.money === 1) return 'money-fen';
  return undefined;
};

function kpiRows(f: KpiFigures, lang: Lang, extra: RegisterRow = {}): RegisterRow[] {
  return KPI_LINES.map((k) => {
    const m = k.measure(f);
    return {
      ...extra,
      rule: m.rule,
      kpi: lang === 'en' ? k.en : k.zh,
      value: m.value,
      target: m.target,
      comparison: COMPARISON[m.comparison][lang],
      met: metText(m.met, lang),
      counted: k.counted(f),
      basis: k.basis(f),
      score: k.score ? 1 : 0,
      money: k.money ? 1 : 0,
    };
  });
}

export const companyKpiRows = (f: KpiReportFigures, lang: Lang) => kpiRows(f.company, lang);

/** One row per property per KPI, properties in the dashboard's order. */
export const propertyKpiRows = (f: KpiReportFigures, lang: Lang) =>
  f.properties.flatMap((p) => kpiRows(p, lang, { property: p.name }));

export const propertySummaryRows = (f: KpiReportFigures): RegisterRow[] =>
  f.properties.map((p: PropertyFigures) => ({
    property: p.name,
    tickets: p.serviceKpis.tickets,
    billedFen: p.billingKpis.billedFen,
    collectedFen: p.billingKpis.collectedFen,
    arrearsFen: p.billingKpis.arrearsFen,
    meanScore: p.staffKpis.meanScore,
    checksMissed: p.staffKpis.checksMissed,
  }));

/** The workbook's sheets: 公司汇总, 各项目指标, 各项目概况 (English names with EN). */
export function kpiReportSheets(f: KpiReportFigures, lang: Lang): SheetSpec[] {
  const en = lang === 'en';
  return [
    {
      sheetName: en ? 'Company KPIs' : '公司汇总',
      columns: COMPANY_COLUMNS,
      rows: companyKpiRows(f, lang),
      kindOf,
    },
    {
      sheetName: en ? 'KPIs by property' : '各项目指标',
      columns: PROPERTY_KPI_COLUMNS,
      rows: propertyKpiRows(f, lang),
      kindOf,
    },
    {
      sheetName: en ? 'Properties' : '各项目概况',
      columns: PROPERTY_SUMMARY_COLUMNS,
      rows: propertySummaryRows(f),
    },
  ];
}
