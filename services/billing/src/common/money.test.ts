import fc from 'fast-check';
import {
  allocate,
  dateOfDay,
  dayNumber,
  lateFee,
  lineAmountFen,
  parseDecimal,
  roundRational,
  Rounding,
} from './money';

const fee = (o: Partial<Parameters<typeof lateFee>[0]>) =>
  lateFee({
    totalFen: 100_000,
    dueDate: '2026-11-15',
    asOf: '2026-11-30',
    payments: [],
    ratePerDay: 0.0005,
    rounding: 'HALF_UP',
    ...o,
  });

describe('R-BIL-4 late fee (exact, integer fen)', () => {
  it('R-BIL-4 0.05 %/day: days from the day after the due date up to and including asOf', () => {
    // 16th..30th November = 15 days × 100000 fen × 0.0005 = 750 fen
    const f = fee({});
    expect(f.feeFen).toBe(750);
    expect(f.segments).toEqual([{ from: '2026-11-16', to: '2026-11-30', days: 15, baseFen: 100_000 }]);
    expect(f.explanation).toContain('15 days × 100000 fen');
  });

  it('R-BIL-4 0 on and before the due date; 1 day on the day after', () => {
    expect(fee({ asOf: '2026-11-15' }).feeFen).toBe(0);
    expect(fee({ asOf: '2026-11-01' }).feeFen).toBe(0);
    expect(fee({ asOf: '2026-11-16' }).feeFen).toBe(50);
  });

  it('R-BIL-4 0.3 %/day (千分之三) across a month and year boundary, HALF_UP vs DOWN', () => {
    // Dec 16..31 = 16 days, Jan 1..10 = 10 days: 26 × 123457 × 0.003 = 9629.646
    const base = { totalFen: 123_457, dueDate: '2026-12-15', asOf: '2027-01-10', ratePerDay: 0.003 };
    expect(fee({ ...base }).feeFen).toBe(9630);
    expect(fee({ ...base, rounding: 'DOWN' }).feeFen).toBe(9629);
    expect(fee({ ...base }).segments[0].days).toBe(26);
  });

  it('R-BIL-4 leap day counts: 2028-02-29 exists, 2027-02-29 does not', () => {
    expect(fee({ dueDate: '2028-02-15', asOf: '2028-03-01' }).segments[0].days).toBe(15);
    expect(fee({ dueDate: '2028-02-15', asOf: '2028-03-01' }).feeFen).toBe(750);
    expect(fee({ dueDate: '2027-02-15', asOf: '2027-03-01' }).segments[0].days).toBe(14);
    expect(fee({ dueDate: '2027-02-15', asOf: '2027-03-01' }).feeFen).toBe(700);
    // 0.3 % over the leap February into March of 2028: 15 days × 99999 × 0.003 = 4499.955 → 4500
    expect(
      fee({ totalFen: 99_999, dueDate: '2028-02-15', asOf: '2028-03-01', ratePerDay: '0.003' }).feeFen,
    ).toBe(4500);
  });

  it('R-BIL-4 a partial payment lowers the base from its date (piecewise)', () => {
    // 16..20 Nov: 5 × 100000; 21..30 Nov: 10 × 60000 → 1,100,000 × 0.0005 = 550
    const f = fee({ payments: [{ date: '2026-11-21', amountFen: 40_000 }] });
    expect(f.feeFen).toBe(550);
    expect(f.segments.map((s) => [s.days, s.baseFen])).toEqual([
      [5, 100_000],
      [10, 60_000],
    ]);
    // Paid before the due date: the overdue base is what is left.
    expect(fee({ payments: [{ date: '2026-11-10', amountFen: 30_000 }] }).feeFen).toBe(525);
    // Fully paid on the 21st: the fee stops accruing.
    expect(fee({ payments: [{ date: '2026-11-21', amountFen: 100_000 }] }).feeFen).toBe(250);
    // Two payments across a year boundary at 0.3 %.
    const g = fee({
      totalFen: 50_001,
      dueDate: '2026-12-15',
      asOf: '2027-01-05',
      ratePerDay: 0.003,
      payments: [
        { date: '2026-12-20', amountFen: 10_000 },
        { date: '2027-01-02', amountFen: 20_000 },
      ],
    });
    // 16..19 Dec: 4 × 50001; 20 Dec..1 Jan: 13 × 40001; 2..5 Jan: 4 × 20001 → 800021 × 0.003 = 2400.063
    expect(g.feeBase).toBe(800_021n);
    expect(g.feeFen).toBe(2400);
  });

  it('R-BIL-4 the rounding rule is applied once to the sum, as stated on the bill', () => {
    // 1000 fen × 0.0005 × 1 day = 0.5 fen exactly
    const half = { totalFen: 1000, asOf: '2026-11-16' };
    expect(fee({ ...half, rounding: 'HALF_UP' }).feeFen).toBe(1);
    expect(fee({ ...half, rounding: 'HALF_EVEN' }).feeFen).toBe(0);
    expect(fee({ ...half, rounding: 'DOWN' }).feeFen).toBe(0);
    expect(fee({ ...half, rounding: 'UP' }).feeFen).toBe(1);
    // Rounding per day would give 15 × 1 = 15; once on the sum it is 7.5 → 8.
    expect(fee({ totalFen: 1000 }).feeFen).toBe(8);
  });

  it('R-BIL-5 a deferral stops the fee up to and including its date', () => {
    expect(fee({ deferredUntil: '2026-11-25' }).feeFen).toBe(250);
    expect(fee({ deferredUntil: '2026-12-31' }).feeFen).toBe(0);
  });

  it('parses rates exactly, never through binary fractions', () => {
    expect(parseDecimal(0.0005)).toMatchObject({ num: 5n, den: 10_000n, text: '0.0005' });
    expect(parseDecimal(0.003)).toMatchObject({ num: 3n, den: 1000n });
    expect(parseDecimal(1e-7)).toMatchObject({ num: 1n, den: 10_000_000n });
    expect(parseDecimal('0.00050')).toMatchObject({ num: 50n, den: 100_000n, text: '0.0005' });
    expect(() => parseDecimal('-1')).toThrow();
    expect(roundRational(5n, 2n, 'HALF_EVEN')).toBe(2n);
    expect(roundRational(7n, 2n, 'HALF_EVEN')).toBe(4n);
  });
});

// ---------- property-based: the arithmetic of money ----------

const day0 = dayNumber('2024-01-01');
const arbDate = fc.integer({ min: 0, max: 3 * 366 }).map((d) => dateOfDay(day0 + d));
const arbRate = fc.oneof(
  fc.constantFrom<number | string>(0.0005, 0.003, '0.0005', '0.003'),
  fc.integer({ min: 0, max: 10_000 }).map((bp) => `0.${String(bp).padStart(6, '0')}`),
);
const arbRounding = fc.constantFrom<Rounding>('HALF_UP', 'DOWN', 'UP', 'HALF_EVEN');

/** Independent oracle: day by day, BigInt, exact rational compared by cross-multiplication. */
function naiveFee(
  total: number,
  due: string,
  asOf: string,
  pays: { date: string; amountFen: number }[],
  rate: string | number,
  mode: Rounding,
) {
  const r = parseDecimal(rate);
  let sum = 0n;
  for (let d = dayNumber(due) + 1; d <= dayNumber(asOf); d++) {
    const paid = pays.filter((p) => dayNumber(p.date) <= d).reduce((s, p) => s + p.amountFen, 0);
    sum += BigInt(Math.max(0, total - paid));
  }
  return Number(roundRational(sum * r.num, r.den, mode));
}

describe('money arithmetic (fast-check)', () => {
  it('R-BIL-4 the piecewise fee equals a day-by-day exact computation, and is never negative', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 50_000_000 }),
        arbDate,
        fc.integer({ min: 0, max: 400 }),
        fc.array(fc.tuple(fc.integer({ min: -30, max: 400 }), fc.integer({ min: 1, max: 20_000_000 })), {
          maxLength: 5,
        }),
        arbRate,
        arbRounding,
        (total, due, span, rawPays, rate, mode) => {
          const asOf = dateOfDay(dayNumber(due) + span);
          // Payments never exceed the bill (allocation guarantees it).
          let left = total;
          const pays = rawPays
            .map(([off, amt]) => {
              const a = Math.min(amt, left);
              left -= a;
              return { date: dateOfDay(dayNumber(due) + off), amountFen: a };
            })
            .filter((p) => p.amountFen > 0);
          const f = lateFee({
            totalFen: total,
            dueDate: due,
            asOf,
            payments: pays,
            ratePerDay: rate,
            rounding: mode,
          });
          expect(f.feeFen).toBe(naiveFee(total, due, asOf, pays, rate, mode));
          expect(f.feeFen).toBeGreaterThanOrEqual(0);
          expect(Number.isSafeInteger(f.feeFen)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('R-BIL-4 the fee never decreases with asOf and never increases with an extra payment', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000_000 }),
        fc.integer({ min: 0, max: 200 }),
        fc.integer({ min: 0, max: 200 }),
        fc.integer({ min: 1, max: 10_000_000 }),
        arbRate,
        (total, a, b, pay, rate) => {
          const due = '2027-12-15';
          const at = (n: number) => dateOfDay(dayNumber(due) + n);
          const lo = fee({
            totalFen: total,
            dueDate: due,
            asOf: at(Math.min(a, b)),
            ratePerDay: rate,
          }).feeFen;
          const hi = fee({
            totalFen: total,
            dueDate: due,
            asOf: at(Math.max(a, b)),
            ratePerDay: rate,
          }).feeFen;
          expect(hi).toBeGreaterThanOrEqual(lo);
          const paid = fee({
            totalFen: total,
            dueDate: due,
            asOf: at(Math.max(a, b)),
            ratePerDay: rate,
            payments: [{ date: at(Math.min(a, b)), amountFen: Math.min(pay, total) }],
          }).feeFen;
          expect(paid).toBeLessThanOrEqual(hi);
        },
      ),
    );
  });

  it('R-BIL-8 allocation: allocated + unallocated = paid; no bill is paid past its total; no negative balance', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000_000 }),
        fc.array(
          fc.record({
            outstanding: fc.integer({ min: 0, max: 5_000_000 }),
            off: fc.integer({ min: 0, max: 400 }),
          }),
          {
            minLength: 1,
            maxLength: 8,
          },
        ),
        (amount, bills) => {
          const open = bills.map((b, i) => ({
            id: `b${i}`,
            dueDate: dateOfDay(day0 + b.off),
            outstandingFen: b.outstanding,
          }));
          const { allocations, unallocatedFen } = allocate(amount, open[0], open.slice(1));
          expect(allocations.reduce((s, a) => s + a.amountFen, 0) + unallocatedFen).toBe(amount);
          expect(unallocatedFen).toBeGreaterThanOrEqual(0);
          for (const a of allocations) {
            const b = open.find((x) => x.id === a.billId)!;
            expect(a.amountFen).toBeGreaterThan(0);
            expect(a.amountFen).toBeLessThanOrEqual(b.outstandingFen);
          }
          // Leftover only when every bill is settled.
          if (unallocatedFen > 0)
            expect(allocations.reduce((s, a) => s + a.amountFen, 0)).toBe(
              open.reduce((s, b) => s + b.outstandingFen, 0),
            );
          // The named bill is served first.
          if (open[0].outstandingFen > 0) expect(allocations[0].billId).toBe('b0');
        },
      ),
    );
  });

  it('R-BIL-1 line amounts: price × quantity rounded once per line, within half a fen; the total is the sum of lines', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.integer({ min: 0, max: 9_999_999 }),
            fc.integer({ min: 0, max: 3 }),
            fc.integer({ min: 0, max: 100_000 }),
          ),
          {
            minLength: 1,
            maxLength: 6,
          },
        ),
        (raw) => {
          const lines = raw.map(([milli, _scale, price]) => {
            const qty = (milli / 1000).toFixed(3);
            const amount = lineAmountFen(qty, price);
            // |amount − exact| ≤ 0.5 fen, compared in integers (×2000).
            const exact2000 = BigInt(milli) * BigInt(price) * 2n;
            const diff = BigInt(amount) * 2000n - exact2000;
            expect(diff <= 1000n && diff >= -1000n).toBe(true);
            expect(amount).toBeGreaterThanOrEqual(0);
            return amount;
          });
          const total = lines.reduce((s, a) => s + a, 0);
          expect(Number.isSafeInteger(total)).toBe(true);
          expect(total).toBe(lines.reduce((s, a) => s + a, 0));
        },
      ),
    );
  });
});
