import { Card, Select } from 'antd';
import { useMemo, useState } from 'react';
import { formatPercent } from '../format';
import { useLang } from '../i18n';
import { KPIS, type KpiKey, type Trend } from '../trend';
import { Chart, type ChartOption } from './Chart';

/** 12 months of one KPI at a time (chosen in the card's header), the target as a dashed line. */
export function KpiTrendCard({
  title,
  trends,
  loading,
}: {
  title: string;
  trends: Partial<Record<KpiKey, Trend>>;
  loading?: boolean;
}) {
  const { t, lang } = useLang();
  const [key, setKey] = useState<KpiKey>('resolution');
  const kpi = KPIS.find((k) => k.key === key)!;
  const trend = trends[key];
  const option = useMemo<ChartOption>(() => {
    const show = (v: number) => ('score' in kpi ? v.toFixed(1) : formatPercent(v, lang));
    const values = trend?.points.map((p) => p.value) ?? [];
    const top = Math.max(trend?.target ?? 0, ...values.map((v) => v ?? 0));
    return {
      animation: false,
      tooltip: { trigger: 'axis', valueFormatter: (v: number | null) => (v === null ? '—' : show(v)) },
      grid: { left: 56, right: 72, bottom: 32, top: 24 },
      xAxis: { type: 'category', data: trend?.points.map((p) => p.period) ?? [] },
      yAxis: {
        type: 'value',
        min: 0,
        max: 'score' in kpi ? 5 : top > 0.5 ? 1 : undefined,
        axisLabel: { formatter: show },
      },
      series: [
        {
          type: 'line',
          name: t(`dashboard.kpi.${kpi.label}`),
          data: values,
          connectNulls: false,
          // Filled points: a month between gaps (no data) still shows.
          symbol: 'circle',
          symbolSize: 8,
          markLine:
            trend?.target === undefined
              ? undefined
              : {
                  symbol: 'none',
                  silent: true,
                  lineStyle: { type: 'dashed', color: '#fa541c' },
                  label: {
                    formatter: `${t('dashboard.kpi.target')} ${show(trend.target)}`,
                    position: 'end',
                  },
                  data: [{ yAxis: trend.target }],
                },
        },
      ],
    };
  }, [trend, kpi, t, lang]);
  return (
    <Card
      title={title}
      loading={loading}
      extra={
        <Select
          aria-label={t('dashboard.trendKpi')}
          value={key}
          onChange={setKey}
          options={KPIS.map((k) => ({ value: k.key, label: t(`dashboard.kpi.${k.label}`) }))}
          style={{ width: 180 }}
        />
      }
    >
      <div data-trend={key}>
        <Chart option={option} height={280} />
      </div>
    </Card>
  );
}
