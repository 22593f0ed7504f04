import { Tag, Tooltip } from 'antd';
import { type KpiLight, type Measure, formatPercent, kpiLight } from '../format';
import { useLang } from '../i18n';

const COLOR: Record<KpiLight, string> = { red: 'error', amber: 'warning', green: 'success', grey: 'default' };

/**
 * A KPI as the API measured it (`KpiMeasure`), coloured by its verdict; the target (or, when
 * nothing was measured, why it is grey) in a tooltip.
 */
export function KpiCell({ m, score, name }: { m: Measure; score?: boolean; name?: string }) {
  const { t, lang } = useLang();
  const show = (v: number | null | undefined) =>
    v === null || v === undefined ? '—' : score ? v.toFixed(1) : formatPercent(v, lang);
  const light = kpiLight(m);
  const target = t('dashboard.targetIs', {
    comparison: t(`dashboard.comparison.${m.comparison}`),
    target: show(m.target),
  });
  return (
    <Tooltip
      title={
        light === 'grey' ? (
          <>
            {t('dashboard.notMeasured')}
            <br />
            {target}
          </>
        ) : (
          target
        )
      }
    >
      <Tag color={COLOR[light]} data-kpi={light} data-measure={name}>
        {show(m.value)}
      </Tag>
    </Tooltip>
  );
}
