import { ComplaintCategory, Department, HelpCategory, Severity } from './ticket.enums';
import { departmentFor, helpSeverity, priceCharges } from './ticket.rules';
import { dateIn, instantAt, isPeriod, periodInstants } from '@pm/time';

describe('ticket rules', () => {
  it('R-TKT-8: complaints go to engineering (facilities), security (safety), customer service (environment, noise, intruders, mail)', () => {
    expect(departmentFor(ComplaintCategory.FACILITY)).toBe(Department.ENGINEERING);
    expect(departmentFor(ComplaintCategory.SAFETY)).toBe(Department.SECURITY);
    for (const c of [
      ComplaintCategory.ENVIRONMENT,
      ComplaintCategory.NOISE,
      ComplaintCategory.INTRUDER,
      ComplaintCategory.MAIL,
    ])
      expect(departmentFor(c)).toBe(Department.CUSTOMER_SERVICE);
  });

  it('R-TKT-9: emergencies are major', () => {
    expect(helpSeverity(HelpCategory.MEDICAL_EMERGENCY)).toBe(Severity.MAJOR);
    expect(helpSeverity(HelpCategory.ENQUIRY)).toBe(Severity.GENERAL);
  });

  it('R-TKT-5: charges at the listed unit price, integer fen, unknown codes rejected', () => {
    const items = [
      { code: 'TAP', name: 'tap', priceFen: 3000 },
      { code: 'QUOTE', name: 'pipe', priceFen: 12345 },
    ];
    const ok = priceCharges(
      [
        { priceItemCode: 'tap', quantity: 2 },
        { priceItemCode: 'QUOTE', quantity: 1 },
      ],
      items,
    );
    expect(ok.problems).toEqual([]);
    expect(ok.totalFen).toBe(18345);
    expect(ok.lines[0]).toEqual({
      code: 'TAP',
      name: 'tap',
      quantity: 2,
      unitPriceFen: 3000,
      amountFen: 6000,
    });
    const bad = priceCharges(
      [
        { priceItemCode: 'NOPE', quantity: 1 },
        { priceItemCode: 'TAP', quantity: 0 },
      ],
      items,
    );
    expect(bad.problems.map((p) => p.field)).toEqual(['charges.0.priceItemCode', 'charges.1.quantity']);
  });

  it('time zones: local date, end of day and month ranges in the property zone', () => {
    expect(dateIn(new Date('2026-11-27T17:00:00Z'), 'Asia/Shanghai')).toBe('2026-11-28');
    expect(instantAt('2026-11-27', 'Asia/Shanghai').toISOString()).toBe('2026-11-26T16:00:00.000Z');
    expect(periodInstants('2026-12', 'Asia/Shanghai')).toEqual({
      from: new Date('2026-11-30T16:00:00Z'),
      to: new Date('2026-12-31T16:00:00Z'),
    });
    expect(isPeriod('2026-13')).toBe(false);
  });
});
