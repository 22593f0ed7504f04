import { Tag } from 'antd';
import { type SlaLight, formatPercent, kpiLight } from '../format';
import { useLang } from '../i18n';

const COLOR: Record<SlaLight, string> = { red: 'error', amber: 'warning', green: 'success' };

/** Policy keys of the targets the KPIs are held to (libs/contracts policies, R-KPI-n). */
export const TARGET_KEYS = {
  resolutionRate: 'kpi.resolutionRateMin',
  satisfactionMean: 'kpi.satisfactionMeanMin',
  followUpHandlingRate: 'kpi.followUpHandlingRateMin',
  churnRate: 'kpi.churnRateMax',
  dataErrorRate: 'kpi.dataErrorRateMax',
} as const;

export type Targets = Partial<Record<keyof typeof TARGET_KEYS, number>>;

export function targetsOf(values: readonly { key: string; value: unknown }[] | undefined): Targets {
  const out: Targets = {};
  for (const [kpi, key] of Object.entries(TARGET_KEYS) as [keyof Targets, string][]) {
    const v = values?.find((e) => e.key === key)?.value;
    if (typeof v === 'number') out[kpi] = v;
  }
  return out;
}

/** A rate (or a score) coloured by its target, the target in its tooltip. */
export function KpiCell(p: {
  value: number | null | undefined;
  target: number | undefined;
  better?: 'higher' | 'lower';
  score?: boolean;
}) {
  const { t, lang } = useLang();
  const show = (v: number) => (p.score ? v.toFixed(1) : formatPercent(v, lang));
  if (p.value === null || p.value === undefined) return <>—</>;
  const light = kpiLight(p.value, p.target, p.better ?? 'higher');
  if (!light) return <>{show(p.value)}</>;
  return (
    <Tag color={COLOR[light]} data-kpi={light} title={`${t('dashboard.kpi.target')} ${show(p.target!)}`}>
      {show(p.value)}
    </Tag>
  );
}
