/** Languages of the console; zh-CN first. */
export type Lang = 'zh-CN' | 'en';

const money = new Map<Lang, Intl.NumberFormat>();

/** Money arrives in integer fen (分); people read yuan: ¥1,234.56 in either language. */
export function formatFen(fen: number, lang: Lang): string {
  let f = money.get(lang);
  if (!f) {
    // narrowSymbol: English would otherwise write "CN¥".
    f = new Intl.NumberFormat(lang, { style: 'currency', currency: 'CNY', currencyDisplay: 'narrowSymbol' });
    money.set(lang, f);
  }
  // As a decimal string: fen / 100 as a double loses the last fen of amounts past 2^50.
  return f.format(fenToYuan(fen) as Intl.StringNumericLiteral);
}

/**
 * Yuan as typed ("1,234.5", "¥30") to integer fen, exactly (no float multiplication); undefined
 * when it is not an amount with at most two decimals.
 */
export function parseYuan(text: string): number | undefined {
  const m = /^(\d+)(?:\.(\d{1,2}))?$/.exec(text.replace(/[¥,\s]/g, ''));
  if (!m) return undefined;
  const fen = Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
  return Number.isSafeInteger(fen) ? fen : undefined;
}

/** Fen as yuan to type over ("2.50"), exactly: the inverse of parseYuan, for pre-filled amounts. */
export function fenToYuan(fen: number): string {
  const abs = Math.abs(fen);
  return `${fen < 0 ? '-' : ''}${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** An instant as a person at the property reads it (the property's zone, not the browser's). */
export function formatDateTime(iso: string, lang: Lang, timeZone = 'Asia/Shanghai'): string {
  return new Intl.DateTimeFormat(lang, {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(iso));
}

/** A business date ("2026-11-30"): a calendar day, printed without shifting through a zone. */
export function formatDate(day: string, lang: Lang): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Intl.DateTimeFormat(lang, { timeZone: 'UTC', dateStyle: 'medium' }).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
}

export function formatPercent(rate: number | null | undefined, lang: Lang): string {
  if (rate === null || rate === undefined) return '—';
  return new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 1 }).format(rate);
}

/** The month "YYYY-MM" containing `now` in the zone: the period KPIs are asked for. */
export function periodOf(now: Date, timeZone = 'Asia/Shanghai'): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
  }).formatToParts(now);
  const get = (t: string) => parts.find((p) => p.type === t)!.value;
  return `${get('year')}-${get('month')}`;
}

/** The last n months up to `current`, newest first, as "YYYY-MM". */
export function lastMonths(current: string, n = 12): string[] {
  const [y, m] = current.split('-').map(Number);
  return Array.from({ length: n }, (_, i) => {
    const k = y * 12 + (m - 1) - i;
    return `${Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, '0')}`;
  });
}

export type SlaLight = 'red' | 'amber' | 'green';

export type KpiComparison = 'AT_LEAST' | 'AT_MOST' | 'BELOW';

/** A KPI held against its target, as the API measures it (`KpiMeasure`). */
export interface Measure {
  value?: number | null;
  target: number;
  comparison: KpiComparison;
  met?: boolean | null;
}

export type KpiLight = SlaLight | 'grey';

/**
 * A KPI's light from the API's verdict (`KpiMeasure.met`): green when met, grey when nothing was
 * measured (met null: no figure, so neither good nor bad). Amber is the console's own rule: missed,
 * but by less than a tenth of the target (above it for AT_MOST/BELOW, under it for AT_LEAST); red beyond.
 */
export function kpiLight(m: Measure): KpiLight {
  if (m.met === null || m.met === undefined || m.value === null || m.value === undefined) return 'grey';
  if (m.met) return 'green';
  const short = m.comparison === 'AT_LEAST' ? m.target - m.value : m.value - m.target;
  return short < Math.abs(m.target) * 0.1 ? 'amber' : 'red';
}

/**
 * Time left to an SLA deadline as a light: red once it is past or under 30 minutes (no time to
 * get there), amber under 2 hours, green otherwise.
 */
export function slaLight(dueAt: string, now: Date): SlaLight {
  const left = Date.parse(dueAt) - now.getTime();
  if (left < 30 * 60_000) return 'red';
  if (left < 2 * 3600_000) return 'amber';
  return 'green';
}

/** Time left (or overdue) in days, hours, minutes and seconds, e.g. { overdue: false, d: 0, h: 3, m: 5, s: 0 }. */
export function timeLeft(
  dueAt: string,
  now: Date,
): { overdue: boolean; d: number; h: number; m: number; s: number } {
  const ms = Date.parse(dueAt) - now.getTime();
  const secs = Math.floor(Math.abs(ms) / 1000);
  const mins = Math.floor(secs / 60);
  return {
    overdue: ms < 0,
    d: Math.floor(mins / 1440),
    h: Math.floor((mins % 1440) / 60),
    m: mins % 60,
    s: secs % 60,
  };
}

/** Today's calendar date ("YYYY-MM-DD") at the property: business days are the property's, not the browser's. */
export function todayIn(timeZone = 'Asia/Shanghai', now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/** A calendar date n days after `day` ("YYYY-MM-DD"), without a zone. */
export function addDays(day: string, n: number): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
}

/** An occupancy is current until its end date has passed at the property (a move-out ends on a planned day). */
export const occupiesOn = (o: { endDate?: string | null }, today: string): boolean =>
  !o.endDate || o.endDate >= today;
