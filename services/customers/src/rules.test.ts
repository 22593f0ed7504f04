import {
  ArchiveSection,
  LoanTerm,
  effectiveLoanStatus,
  loanMaxDays,
  loanProblems,
  mayReadArchive,
  missingSections,
} from './archive/archive.rules';
import {
  ChecklistItem,
  checklistFor,
  keysRetained,
  lesseeBlockers,
  moveInTimers,
} from './occupancy/occupancy.rules';
import { blockedReason, moveOutProblems, passValidity, releasePassNumber } from './moveout/moveout.rules';
import { potentialFor, segmentFor } from './grading/grading.rules';
import { periodRange, rate } from './kpi/kpi.rules';
import { parseCsv } from '@pm/spreadsheets';
import { customerProblems, gb11643CheckDigit, isIdNumber, nextBirthday } from './customer/customer.rules';
import { PiiCipher, maskIdNumber, maskPhone, seesUnmasked } from './common/pii';
import { StaffRole } from '@pm/contracts';
import { instantAt } from '@pm/time';

const POL = { shortMax: 3, longMax: 7, defaultMax: 7 };
const GRADES = {
  newMaxTenureMonths: 12,
  regularMinPaidBills: 6,
  regularMinPaidFen: 500_000,
  loyalMinTenureMonths: 36,
  loyalMinOnTimeRate: 0.9,
};
const facts = (o: Partial<Parameters<typeof checklistFor>[0]>) => ({
  kind: 'OWNER',
  provided: [],
  byAgent: false,
  meterReadings: 0,
  keysHandedOver: 0,
  archiveExists: true,
  ownerPresentRequired: true,
  ...o,
});

describe('R-CUS-1 personal data', () => {
  it('encrypts with AES-256-GCM (random IV) and decrypts; hashes are keyed and normalised', () => {
    const c = new PiiCipher('k1');
    const e = c.encrypt('440301199001011234');
    expect(e).not.toContain('1990');
    expect(c.encrypt('440301199001011234')).not.toBe(e);
    expect(c.decrypt(e)).toBe('440301199001011234');
    expect(() => new PiiCipher('k2').decrypt(e)).toThrow();
    expect(c.hash('138-1234 5678')).toBe(c.hash('13812345678'));
    expect(c.hash('x')).not.toBe(new PiiCipher('k2').hash('x'));
  });
  it('masks ID numbers and phones; only manager/keeper roles see them whole', () => {
    expect(maskIdNumber('440301199001011234')).toBe('440301***********4');
    expect(maskIdNumber('E12345678')).toBe('********8');
    expect(maskPhone('13812345678')).toBe('138****5678');
    const staff = (roles: StaffRole[]) => ({ roles, actor: { kind: 'user' as const } });
    expect(seesUnmasked(staff([StaffRole.FRONT_DESK]))).toBe(false);
    expect(seesUnmasked(staff([StaffRole.HQ]))).toBe(false);
    expect(seesUnmasked(staff([StaffRole.SITE_MANAGER]))).toBe(true);
    expect(seesUnmasked(staff([StaffRole.PROPERTY_ASSISTANT]))).toBe(true);
  });
  it('a partner app sees personal data whole only with customers:personal-data on top of the role', () => {
    const app = (scopes: string[]) => ({
      roles: [StaffRole.SITE_MANAGER],
      actor: { kind: 'partner' as const },
      scopes,
    });
    expect(seesUnmasked(app(['customers:read']))).toBe(false);
    expect(seesUnmasked(app(['customers:read', 'customers:personal-data']))).toBe(true);
    expect(
      seesUnmasked({
        roles: [StaffRole.FRONT_DESK],
        actor: { kind: 'partner' },
        scopes: ['customers:personal-data'],
      }),
    ).toBe(false);
  });
  it('validates a record', () => {
    expect(customerProblems({ name: 'A', phone: '13812345678', kind: 'OWNER' })).toEqual([]);
    expect(
      customerProblems({ name: '', phone: 'x', kind: 'BOSS', idNumber: '12' }).map((p) => p.field),
    ).toEqual(['name', 'phone', 'kind', 'idNumber']);
  });
  it('R-CUS-1 a resident ID number carries its GB 11643 check character and a real birth date', () => {
    expect(gb11643CheckDigit('11010519491231002')).toBe('X');
    expect(gb11643CheckDigit('44030119800101111')).toBe('7');
    expect(isIdNumber('11010519491231002X')).toBe(true);
    expect(isIdNumber('11010519491231002x')).toBe(true);
    expect(isIdNumber('110105194912310021')).toBe(false);
    expect(isIdNumber('440301198002301116')).toBe(false);
    expect(isIdNumber('E12345678')).toBe(true);
    expect(isIdNumber('12-34')).toBe(false);
  });
});

describe('CSV import parsing', () => {
  it('handles BOM, quotes with commas, "" escapes, newlines in quotes and CRLF', () => {
    expect(parseCsv('\uFEFFa,b\r\n"x, y","say ""hi"""\r\n"multi\nline",2\n').map((r) => r.cells)).toEqual([
      ['a', 'b'],
      ['x, y', 'say "hi"'],
      ['multi\nline', '2'],
    ]);
    expect(() => parseCsv('"open')).toThrow('unterminated');
  });
});

describe('R-CUS-4 / R-CUS-5 move-in', () => {
  it('R-CUS-4: an owner with no documents has every document item open; derived items follow facts', () => {
    const c = checklistFor(facts({ meterReadings: 2, keysHandedOver: 1 }));
    const open = c.filter((x) => !x.done).map((x) => x.item);
    expect(open).toEqual([
      'NOTICE',
      'PURCHASE_CONTRACT',
      'PAYMENT_PROOF',
      'ID_AND_PHOTOS',
      'SIGNED_COVENANT',
      'FIRE_SAFETY_RESPONSIBILITY',
      'SERVICE_AGREEMENT',
    ]);
    expect(checklistFor(facts({ byAgent: true })).map((x) => x.item)).toContain('POWER_OF_ATTORNEY');
    expect(lesseeBlockers(facts({}))).toEqual([]);
  });
  it('R-CUS-5: a lessee is blocked by each missing condition, owner presence per policy', () => {
    expect(lesseeBlockers(facts({ kind: 'LESSEE', provided: [ChecklistItem.LEASE_SIGNED] }))).toEqual([
      'RENT_PAID',
      'ID_PROVIDED',
      'RENOVATION_ACCEPTED',
      'OWNER_PRESENT',
    ]);
    expect(
      lesseeBlockers(
        facts({
          kind: 'LESSEE',
          ownerPresentRequired: false,
          provided: ['LEASE_SIGNED', 'RENT_PAID', 'ID_PROVIDED', 'RENOVATION_ACCEPTED'],
        }),
      ),
    ).toEqual([]);
  });
  it('R-CUS-4: keys kept while defects are open; reminder N days before the deadline, escalation after it', () => {
    expect(keysRetained(true, 1)).toBe(1);
    expect(keysRetained(false, 1)).toBe(0);
    expect(moveInTimers('2026-03-10', 3)).toEqual({ remindOn: '2026-03-07', escalateOn: '2026-03-11' });
    expect(instantAt('2026-03-07', 'Asia/Shanghai', 540).toISOString()).toBe('2026-03-07T01:00:00.000Z');
  });
});

describe('R-CUS-6 move-out', () => {
  const base = {
    kind: 'OWNER',
    today: '2026-05-01',
    noticeDays: 3,
    ownerConsent: false,
    consentRequired: true,
  };
  it('needs the notice days ahead', () => {
    expect(moveOutProblems({ ...base, plannedDate: '2026-05-03' }).map((p) => p.field)).toEqual([
      'plannedDate',
    ]);
    expect(moveOutProblems({ ...base, plannedDate: '2026-05-04' })).toEqual([]);
  });
  it('a lessee needs the owner’s consent', () => {
    expect(
      moveOutProblems({ ...base, kind: 'LESSEE', plannedDate: '2026-05-04' }).map((p) => p.field),
    ).toEqual(['ownerConsent']);
    expect(
      moveOutProblems({ ...base, kind: 'LESSEE', ownerConsent: true, plannedDate: '2026-05-04' }),
    ).toEqual([]);
  });
  it('R-BIL-9: pass numbers and blocked reasons', () => {
    expect(releasePassNumber(2026, 123)).toBe('RP-2026-000123');
    expect(blockedReason(5000, 2)).toContain('5000 fen over 2 month');
  });
});

describe('R-ARC archives', () => {
  it('R-ARC-3: default maximum 7 days, short 3; an 8-day loan is invalid', () => {
    expect(loanMaxDays(null, POL)).toBe(7);
    expect(loanMaxDays(LoanTerm.SHORT, POL)).toBe(3);
    expect(loanProblems(8, 'x', 7).map((p) => p.field)).toEqual(['days']);
    expect(loanProblems(7, 'x', 7)).toEqual([]);
    expect(loanProblems(4, 'x', loanMaxDays(LoanTerm.SHORT, POL))).toHaveLength(1);
    expect(effectiveLoanStatus('APPROVED', new Date(1000), new Date(2000))).toBe('OVERDUE');
    expect(effectiveLoanStatus('APPROVED', new Date(3000), new Date(2000))).toBe('APPROVED');
  });
  it('R-ARC-2: a purpose is required; reading needs a manager or a current loan', () => {
    expect(loanProblems(2, ' ', 7).map((p) => p.field)).toEqual(['purpose']);
    expect(mayReadArchive([StaffRole.FRONT_DESK], false)).toBe(false);
    expect(mayReadArchive([StaffRole.FRONT_DESK], true)).toBe(true);
    expect(mayReadArchive([StaffRole.CS_SUPERVISOR], false)).toBe(true);
  });
  it('R-ARC-4: completeness lists missing required items', () => {
    expect(missingSections([ArchiveSection.BASIC_INFO])).toEqual(['FIRE_RESPONSIBILITY_LETTER']);
    expect(missingSections(['BASIC_INFO', 'FIRE_RESPONSIBILITY_LETTER'])).toEqual([]);
  });
});

describe('R-CUS-2 grading', () => {
  it('prospect, new, regular, loyal by policy thresholds', () => {
    expect(segmentFor({ tenureMonths: null, paidBills: 0, paidOnTime: 0, paidFen: 0 }, GRADES)).toBe(
      'PROSPECT',
    );
    expect(segmentFor({ tenureMonths: 3, paidBills: 10, paidOnTime: 10, paidFen: 0 }, GRADES)).toBe('NEW');
    expect(segmentFor({ tenureMonths: 13, paidBills: 5, paidOnTime: 5, paidFen: 0 }, GRADES)).toBe('NEW');
    expect(segmentFor({ tenureMonths: 13, paidBills: 6, paidOnTime: 6, paidFen: 0 }, GRADES)).toBe('REGULAR');
    expect(segmentFor({ tenureMonths: 40, paidBills: 10, paidOnTime: 8, paidFen: 0 }, GRADES)).toBe(
      'REGULAR',
    );
    expect(segmentFor({ tenureMonths: 40, paidBills: 10, paidOnTime: 9, paidFen: 0 }, GRADES)).toBe('LOYAL');
  });
  it('spend counts as frequency does: a customer past the new period who paid the policy fen is regular', () => {
    const few = { tenureMonths: 13, paidBills: 2, paidOnTime: 2 };
    expect(segmentFor({ ...few, paidFen: GRADES.regularMinPaidFen - 1 }, GRADES)).toBe('NEW');
    expect(segmentFor({ ...few, paidFen: GRADES.regularMinPaidFen }, GRADES)).toBe('REGULAR');
    // Still new within the new period, however much was spent.
    expect(segmentFor({ ...few, tenureMonths: 3, paidFen: 10 * GRADES.regularMinPaidFen }, GRADES)).toBe(
      'NEW',
    );
  });
  it('potential: high once the customer has used the policy number of services', () => {
    expect(potentialFor(2, 3)).toBe('NORMAL');
    expect(potentialFor(3, 3)).toBe('HIGH');
  });
});

describe('R-CUS-3 care calendar and KPIs', () => {
  it('next birthday, with 29 February in common years', () => {
    expect(nextBirthday('1990-06-01', '2026-05-01')).toBe('2026-06-01');
    expect(nextBirthday('1990-03-01', '2026-05-01')).toBe('2027-03-01');
    expect(nextBirthday('1992-02-29', '2026-01-01')).toBe('2026-02-28');
  });
  it('R-KPI-4/5/9: rates carry their counts; periods are months or years', () => {
    expect(rate(1, 4)).toBe(0.25);
    expect(rate(0, 0)).toBeNull();
    expect(periodRange('2026-12')).toEqual({ from: '2026-12-01', to: '2027-01-01' });
    expect(periodRange('2026')).toEqual({ from: '2026-01-01', to: '2027-01-01' });
    expect(periodRange('2026-13')).toBeNull();
  });
});

describe('release pass at the gate (R-DOC-4)', () => {
  const pass = {
    status: 'CLEARED',
    releasePassNumber: 'RP-2026-000001',
    plannedDate: '2026-12-10',
    validDays: 1,
  };
  it('is good on the planned day only by default, and on each of its valid days', () => {
    expect(passValidity({ ...pass, today: '2026-12-10' })).toEqual({
      valid: true,
      validFrom: '2026-12-10',
      validUntil: '2026-12-10',
    });
    expect(passValidity({ ...pass, today: '2026-12-09' })).toMatchObject({
      valid: false,
      reason: 'NOT_YET_VALID',
    });
    expect(passValidity({ ...pass, today: '2026-12-11' })).toMatchObject({ valid: false, reason: 'EXPIRED' });
    expect(passValidity({ ...pass, validDays: 3, today: '2026-12-12' })).toMatchObject({
      valid: true,
      validUntil: '2026-12-12',
    });
    expect(passValidity({ ...pass, validDays: 3, today: '2026-12-13' })).toMatchObject({
      valid: false,
      reason: 'EXPIRED',
    });
  });

  it('is refused before billing cleared the request (R-BIL-9), whatever the day', () => {
    for (const status of ['PENDING_CLEARANCE', 'BLOCKED_ARREARS', 'REJECTED'])
      expect(passValidity({ ...pass, status, today: '2026-12-10' })).toMatchObject({
        valid: false,
        reason: 'NOT_CLEARED',
      });
    expect(passValidity({ ...pass, releasePassNumber: null, today: '2026-12-10' })).toMatchObject({
      valid: false,
      reason: 'NOT_CLEARED',
    });
  });
});
