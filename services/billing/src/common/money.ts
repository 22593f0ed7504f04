/**
 * Money is integer fen; rates are exact decimals. Nothing here touches a float once a rate has
 * been parsed from its decimal text: amounts × rates are BigInt rationals, rounded once.
 */
export type Rounding = 'HALF_UP' | 'DOWN' | 'UP' | 'HALF_EVEN';

/** An exact non-negative decimal: value = num / den, den a power of ten. */
export interface Decimal {
  num: bigint;
  den: bigint;
  text: string;
}

/**
 * Parses a rate such as 0.0005 (万分之五) or "0.003" exactly. A JS number is taken by its
 * shortest round-trip text (String(0.0005) === "0.0005"), so no binary fraction leaks in.
 */
export function parseDecimal(v: number | string): Decimal {
  const text = typeof v === 'number' ? String(v) : v.trim();
  const m = /^(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/i.exec(text);
  if (!m) throw new RangeError(`not a non-negative decimal: ${text}`);
  const frac = m[2] ?? '';
  let num = BigInt(m[1] + frac);
  let scale = frac.length - Number(m[3] ?? 0);
  if (scale < 0) {
    num *= 10n ** BigInt(-scale);
    scale = 0;
  }
  const den = 10n ** BigInt(scale);
  return { num, den, text: decimalText(num, den) };
}

function decimalText(num: bigint, den: bigint): string {
  const scale = den.toString().length - 1;
  if (scale === 0) return num.toString();
  const s = num.toString().padStart(scale + 1, '0');
  const t = `${s.slice(0, -scale)}.${s.slice(-scale)}`.replace(/0+$/, '').replace(/\.$/, '');
  return t;
}

/** `v` rounded half up to `places` decimals, exactly: an area of 2.675 m² is "2.68" (toFixed says 2.67). */
export function roundDecimal(v: number | string, places: number): string {
  const d = parseDecimal(v);
  const scale = 10n ** BigInt(places);
  return decimalText(roundRational(d.num * scale, d.den, 'HALF_UP'), scale);
}

/** Rounds the non-negative rational n / d to an integer by the given rule. */
export function roundRational(n: bigint, d: bigint, mode: Rounding): bigint {
  if (d <= 0n || n < 0n) throw new RangeError('roundRational takes n >= 0, d > 0');
  const q = n / d;
  const r = n % d;
  if (r === 0n) return q;
  switch (mode) {
    case 'DOWN':
      return q;
    case 'UP':
      return q + 1n;
    case 'HALF_UP':
      return 2n * r >= d ? q + 1n : q;
    case 'HALF_EVEN':
      if (2n * r > d) return q + 1n;
      if (2n * r < d) return q;
      return q % 2n === 0n ? q : q + 1n;
  }
}

/** amount (fen) × quantity (exact decimal) rounded once: a metered or per-m² line. */
export function lineAmountFen(
  quantity: number | string,
  unitPriceFen: number,
  mode: Rounding = 'HALF_UP',
): number {
  const q = parseDecimal(quantity);
  return Number(roundRational(q.num * BigInt(unitPriceFen), q.den, mode));
}

// ---- calendar days as integers (no time zones: dates are already local to the property) ----

export const dayNumber = (date: string): number => Math.round(Date.parse(`${date}T00:00:00Z`) / 86_400_000);
export const dateOfDay = (day: number): string => new Date(day * 86_400_000).toISOString().slice(0, 10);

export interface LateFeeInput {
  totalFen: number;
  dueDate: string;
  asOf: string;
  /** Amounts credited to the bill with their (property-local) dates; a payment lowers the base from its date. */
  payments: { date: string; amountFen: number }[];
  ratePerDay: number | string;
  rounding: Rounding;
  /** A granted deferral: no late fee for days up to and including this date (R-BIL-5). */
  deferredUntil?: string | null;
}

export interface LateFeeSegment {
  from: string;
  to: string;
  days: number;
  baseFen: number;
}

export interface LateFee {
  feeFen: number;
  segments: LateFeeSegment[];
  /** Σ days × base, in fen·days. */
  feeBase: bigint;
  rate: string;
  rounding: Rounding;
  explanation: string;
}

/**
 * R-BIL-4: overdue amount × rate × days overdue, counted from the day after the due date up to
 * and including asOf; the base drops from the date of each partial payment (piecewise); the
 * sum is rounded once by the bill's rounding rule. Exact: Σ(days × base) × num / den in BigInt.
 */
export function lateFee(i: LateFeeInput): LateFee {
  const rate = parseDecimal(i.ratePerDay);
  let start = dayNumber(i.dueDate) + 1;
  if (i.deferredUntil) start = Math.max(start, dayNumber(i.deferredUntil) + 1);
  const end = dayNumber(i.asOf);
  const segments: LateFeeSegment[] = [];
  if (end >= start) {
    const pays = i.payments
      .map((p) => ({ day: dayNumber(p.date), amount: p.amountFen }))
      .sort((a, b) => a.day - b.day);
    let base = i.totalFen - pays.filter((p) => p.day <= start).reduce((s, p) => s + p.amount, 0);
    const changes = [...new Set(pays.filter((p) => p.day > start && p.day <= end).map((p) => p.day))];
    let from = start;
    for (const day of [...changes, end + 1]) {
      if (day > from && base > 0)
        segments.push({ from: dateOfDay(from), to: dateOfDay(day - 1), days: day - from, baseFen: base });
      base -= pays.filter((p) => p.day === day).reduce((s, p) => s + p.amount, 0);
      from = day;
    }
  }
  const feeBase = segments.reduce((s, g) => s + BigInt(g.days) * BigInt(g.baseFen), 0n);
  const feeFen = Number(roundRational(feeBase * rate.num, rate.den, i.rounding));
  const parts = segments.map((g) => `${g.days} days × ${g.baseFen} fen (${g.from}..${g.to})`);
  const explanation = segments.length
    ? `(${parts.join(' + ')}) × ${rate.text} per day = ${feeFen} fen, rounded ${i.rounding} once`
    : 'not overdue: 0 fen';
  return { feeFen, segments, feeBase, rate: rate.text, rounding: i.rounding, explanation };
}

export interface OpenBill {
  id: string;
  dueDate: string;
  outstandingFen: number;
}

/**
 * R-BIL-8 allocation: the named bill first, the rest to the customer's oldest open bills; what
 * is left over stays unallocated (a credit). Never allocates more than a bill's outstanding.
 */
export function allocate(
  amountFen: number,
  target: OpenBill,
  others: OpenBill[],
): { allocations: { billId: string; amountFen: number }[]; unallocatedFen: number } {
  let left = amountFen;
  const allocations: { billId: string; amountFen: number }[] = [];
  const order = [
    target,
    ...[...others]
      .filter((b) => b.id !== target.id)
      .sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : a.id < b.id ? -1 : 1)),
  ];
  for (const b of order) {
    if (left <= 0) break;
    const take = Math.min(left, Math.max(0, b.outstandingFen));
    if (take > 0) {
      allocations.push({ billId: b.id, amountFen: take });
      left -= take;
    }
  }
  return { allocations, unallocatedFen: left };
}
