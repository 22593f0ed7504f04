import { dateIn } from '@pm/time';
import { resolvePolicy } from './policy.resolve';
import { PolicySource } from './policy.types';

const P = '01900000-0000-7000-8000-000000000001';
const row = (
  key: string,
  value: unknown,
  effectiveFrom: string,
  propertyId: string | null = null,
  at = 0,
) => ({ key, value, effectiveFrom, propertyId, createdAt: new Date(at) });
const pick = (entries: ReturnType<typeof resolvePolicy>, key: string) => entries.find((e) => e.key === key)!;

describe('policy resolution (every number is a per-tenant policy with a default)', () => {
  it('R-BIL-3 due day defaults to the 15th', () => {
    expect(pick(resolvePolicy([], '2026-11-27', null), 'billing.dueDay')).toMatchObject({
      value: 15,
      source: PolicySource.DEFAULT,
      effectiveFrom: null,
    });
  });

  it('R-BIL-4 a company change applies from its effective date; earlier dates keep the old value', () => {
    const rows = [row('billing.lateFeeRatePerDay', 0.003, '2026-12-01')];
    expect(pick(resolvePolicy(rows, '2026-11-30', null), 'billing.lateFeeRatePerDay').value).toBe(0.0005);
    expect(pick(resolvePolicy(rows, '2026-12-01', null), 'billing.lateFeeRatePerDay')).toMatchObject({
      value: 0.003,
      source: PolicySource.COMPANY,
      effectiveFrom: '2026-12-01',
    });
  });

  it('R-BIL-3 a property override beats the company value, only for that property', () => {
    const rows = [row('billing.dueDay', 10, '2026-01-01'), row('billing.dueDay', 12, '2026-06-01', P)];
    expect(pick(resolvePolicy(rows, '2026-07-01', P), 'billing.dueDay')).toMatchObject({
      value: 12,
      source: PolicySource.PROPERTY,
    });
    expect(pick(resolvePolicy(rows, '2026-05-01', P), 'billing.dueDay')).toMatchObject({
      value: 10,
      source: PolicySource.COMPANY,
    });
    expect(pick(resolvePolicy(rows, '2026-07-01', null), 'billing.dueDay').value).toBe(10);
  });

  it('the later write wins when two share an effective date; history is kept', () => {
    const rows = [
      row('tickets.engineeringNotifyMinutes', 5, '2026-01-01', null, 2),
      row('tickets.engineeringNotifyMinutes', 4, '2026-01-01', null, 1),
    ];
    expect(pick(resolvePolicy(rows, '2026-02-01', null), 'tickets.engineeringNotifyMinutes').value).toBe(5);
  });

  it("evaluates 'today' in the property's time zone", () => {
    const instant = new Date('2026-11-27T17:30:00Z');
    expect(dateIn(instant, 'Asia/Shanghai')).toBe('2026-11-28');
    expect(dateIn(instant, 'Europe/London')).toBe('2026-11-27');
  });
});
