import { randomUUID } from 'crypto';
import { uuidv7 } from '@pm/db';
import { Department, Severity, TicketKind } from '../ticket/ticket.enums';
import { mayRecordVisit, needsVisit, responsibleRole, sampleDecision, visitProblems } from './visit.rules';

describe('follow-up visits', () => {
  it.each([
    ['complaints', 0.5],
    ['repairs', 0.3],
  ])('R-VIS-2: sampling of %s hits its rate (%s) within ±2 %% over 1,000 closed tickets', (_what, rate) => {
    let t = Date.parse('2026-11-01T00:00:00Z');
    const ids = Array.from({ length: 1000 }, () => uuidv7((t += 37_000)));
    const share = ids.filter((id, i) => sampleDecision(i + 1, rate, id).selected).length / 1000;
    expect(Math.abs(share - rate)).toBeLessThanOrEqual(0.02);
    // Any later window of 1,000 closures too, and every prefix stays within one ticket of the rate.
    const later = Array.from(
      { length: 1000 },
      (_, i) => sampleDecision(4321 + i, rate, ids[i]).selected,
    ).filter(Boolean).length;
    expect(Math.abs(later / 1000 - rate)).toBeLessThanOrEqual(0.02);
    let picked = 0;
    for (let n = 1; n <= 1000; n++) {
      if (sampleDecision(n, rate, ids[n - 1]).selected) picked++;
      expect(Math.abs(picked - n * rate)).toBeLessThan(1);
    }
  });

  it('R-VIS-2: the decision is deterministic and auditable from the stored hash and rule', () => {
    const id = randomUUID();
    const a = sampleDecision(7, 0.5, id);
    expect(sampleDecision(7, 0.5, id)).toEqual(a);
    expect(a.rule).toBe('n=7: floor(n*500/1000) > floor((n-1)*500/1000)');
    expect(a.selected).toBe(Math.floor((7 * 500) / 1000) > Math.floor((6 * 500) / 1000));
    expect(a.hash).toBeGreaterThanOrEqual(0);
    expect(a.hash).toBeLessThan(1000);
  });

  it('R-VIS-1: general → property assistant, important → department head, major → site manager', () => {
    expect(responsibleRole(Severity.GENERAL, Department.ENGINEERING)).toBe('PROPERTY_ASSISTANT');
    expect(responsibleRole(Severity.IMPORTANT, Department.ENGINEERING)).toBe('ENGINEERING_SUPERVISOR');
    expect(responsibleRole(Severity.IMPORTANT, Department.CUSTOMER_SERVICE)).toBe('CS_SUPERVISOR');
    expect(responsibleRole(Severity.MAJOR, Department.SECURITY)).toBe('SITE_MANAGER');
  });

  it('R-TKT-8: anonymous complaints need no visit; help and patrol findings are not visited', () => {
    expect(needsVisit(TicketKind.COMPLAINT, true)).toBe(false);
    expect(needsVisit(TicketKind.COMPLAINT, false)).toBe(true);
    expect(needsVisit(TicketKind.REPAIR, false)).toBe(true);
    expect(needsVisit(TicketKind.HELP, false)).toBe(false);
  });

  const first = { openIssue: false, visitsSoFar: 0, phoneAllowedAfter: 2 };
  it('R-VIS-3: an on-site visit without the customer’s signature is rejected; phone needs none', () => {
    expect(
      visitProblems({ method: 'ON_SITE', satisfaction: 5, customerSigned: false }, first).map((p) => p.field),
    ).toEqual(['customerSigned']);
    expect(visitProblems({ method: 'ON_SITE', satisfaction: 5, customerSigned: true }, first)).toEqual([]);
    expect(visitProblems({ method: 'PHONE', satisfaction: 4 }, first)).toEqual([]);
  });

  it('satisfaction outside 1–5 is rejected', () => {
    for (const s of [0, 6, 2.5])
      expect(visitProblems({ method: 'PHONE', satisfaction: s }, first).map((p) => p.field)).toEqual([
        'satisfaction',
      ]);
  });

  it('R-VIS-4: an open issue is visited on site until the policy’s number of visits, then phone is allowed', () => {
    expect(
      visitProblems(
        { method: 'PHONE', satisfaction: 3 },
        { openIssue: true, visitsSoFar: 1, phoneAllowedAfter: 2 },
      ),
    ).toHaveLength(1);
    expect(
      visitProblems(
        { method: 'PHONE', satisfaction: 3 },
        { openIssue: true, visitsSoFar: 2, phoneAllowedAfter: 2 },
      ),
    ).toEqual([]);
  });

  it('R-VIS-1: the responsible role or someone above it records the visit', () => {
    expect(mayRecordVisit('PROPERTY_ASSISTANT', ['PROPERTY_ASSISTANT'])).toBe(true);
    expect(mayRecordVisit('PROPERTY_ASSISTANT', ['CS_SUPERVISOR'])).toBe(true);
    expect(mayRecordVisit('CS_SUPERVISOR', ['CS_SUPERVISOR'])).toBe(true);
    expect(mayRecordVisit('CS_SUPERVISOR', ['PROPERTY_ASSISTANT'])).toBe(false);
    expect(mayRecordVisit('CS_SUPERVISOR', ['ENGINEERING_SUPERVISOR'])).toBe(false);
    expect(mayRecordVisit('SITE_MANAGER', ['CS_SUPERVISOR', 'PROPERTY_ASSISTANT'])).toBe(false);
    expect(mayRecordVisit('SITE_MANAGER', ['SITE_MANAGER'])).toBe(true);
    expect(mayRecordVisit('ENGINEERING_SUPERVISOR', ['ADMIN'])).toBe(true);
  });
});
