import { Space, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { formatDateTime, slaLight, timeLeft } from '../format';
import { useLang } from '../i18n';

export interface Deadline {
  id: string;
  kind: string;
  dueAt: string;
  state: string;
  metAt?: string | null;
}

const COLOR = { red: 'error', amber: 'warning', green: 'success' } as const;

/** The current time, ticking: countdowns move without a reload. */
export function useNow(everyMs = 1000): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const id = setInterval(() => setNow(new Date()), everyMs);
    return () => clearInterval(id);
  }, [everyMs]);
  return now;
}

/**
 * Deadlines still to be met: running ones, and breached ones whose step is still not done (a late
 * arrival is the most urgent work there is). Met and cancelled ones are history.
 */
export const pendingDeadlines = (ds: readonly Deadline[]): Deadline[] =>
  ds
    .filter((d) => !d.metAt && (d.state === 'OPEN' || d.state === 'BREACHED'))
    .sort((a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt));

/** The deadline that runs (or ran) out first among those still to be met. */
export const nextDeadline = (ds: readonly Deadline[]): Deadline | undefined => pendingDeadlines(ds)[0];

export function SlaTag({ deadline, now }: { deadline: Deadline; now: Date }) {
  const { t } = useLang();
  const left = timeLeft(deadline.dueAt, now);
  // Seconds only in the last hour: there the countdown is watched, and it visibly ticks.
  const time = [
    left.d ? t('sla.duration.d', { count: left.d }) : '',
    left.d || left.h ? t('sla.duration.h', { count: left.h }) : '',
    t('sla.duration.m', { count: left.m }),
    !left.d && !left.h ? t('sla.duration.s', { count: left.s }) : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <Tag color={COLOR[slaLight(deadline.dueAt, now)]} data-sla={slaLight(deadline.dueAt, now)}>
      {t(`sla.kind.${deadline.kind}`, { defaultValue: deadline.kind })} ·{' '}
      {t(left.overdue ? 'sla.overdue' : 'sla.left', { time })}
    </Tag>
  );
}

/** Every running deadline of a ticket with its due time in the property's zone, counting down. */
export function SlaList({ deadlines, timeZone }: { deadlines: readonly Deadline[]; timeZone?: string }) {
  const { t, lang } = useLang();
  const now = useNow();
  const running = pendingDeadlines(deadlines);
  if (!running.length) return <Typography.Text type="secondary">{t('sla.none')}</Typography.Text>;
  return (
    <Space orientation="vertical" size={4}>
      {running.map((d) => (
        <Space key={d.id} wrap size={4}>
          <SlaTag deadline={d} now={now} />
          <Typography.Text type="secondary">{formatDateTime(d.dueAt, lang, timeZone)}</Typography.Text>
        </Space>
      ))}
    </Space>
  );
}
