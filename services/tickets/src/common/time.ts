export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';
export const MINUTE = 60_000;

/** Offset of `tz` from UTC at instant `at`, in minutes (e.g. +480 for Asia/Shanghai). */
export function tzOffsetMinutes(at: Date, tz: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: tz,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(at);
  const get = (t: string) => Number(parts.find((p) => p.type === t)!.value);
  const asUtc = Date.UTC(
    get('year'),
    get('month') - 1,
    get('day'),
    get('hour'),
    get('minute'),
    get('second'),
  );
  return Math.round((asUtc - Math.floor(at.getTime() / 1000) * 1000) / MINUTE);
}

/** The local calendar date (YYYY-MM-DD) of an instant in a time zone. */
export function localDate(at: Date, tz: string): string {
  return new Date(at.getTime() + tzOffsetMinutes(at, tz) * MINUTE).toISOString().slice(0, 10);
}

/** The instant of local wall-clock `date` + `minuteOfDay` minutes in `tz` (1440 = end of that day). */
export function localInstant(date: string, minuteOfDay: number, tz: string): Date {
  const naive = Date.parse(`${date}T00:00:00Z`) + minuteOfDay * MINUTE;
  // Two passes settle the offset across a DST change.
  let t = naive - tzOffsetMinutes(new Date(naive), tz) * MINUTE;
  t = naive - tzOffsetMinutes(new Date(t), tz) * MINUTE;
  return new Date(t);
}

/** [start, end) of a month `YYYY-MM` in a time zone, as UTC instants. */
export function monthRange(period: string, tz: string): { from: Date; to: Date } | null {
  const m = /^(\d{4})-(\d{2})$/.exec(period);
  if (!m || +m[2] < 1 || +m[2] > 12) return null;
  const next = +m[2] === 12 ? `${+m[1] + 1}-01` : `${m[1]}-${String(+m[2] + 1).padStart(2, '0')}`;
  return { from: localInstant(`${period}-01`, 0, tz), to: localInstant(`${next}-01`, 0, tz) };
}

export function addMonths(at: Date, months: number): Date {
  const d = new Date(at.getTime());
  d.setUTCMonth(d.getUTCMonth() + months);
  return d;
}
