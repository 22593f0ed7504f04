import { StaffRole as R } from '@pm/contracts';
import { SheetKind } from '../scoring/codes';
import { latestPeriodEnd, periodOf, periodRange, periodsStartingIn } from './dates';
import {
  FrequencyPolicies,
  StaffInfo,
  Tier,
  isDone,
  mayCheck,
  obligations,
  sheetFor,
  tierOf,
} from './schedule';

const freq: FrequencyPolicies = {
  leaderOfStaff: 'DAILY',
  supervisor: 'WEEKLY',
  directorOfSupervisors: 'WEEKLY',
  directorOfLeadersAndStaff: 'MONTHLY',
  companyOfDirector: 'MONTHLY',
};
const P = 'p1';
const s = (id: string, roles: string[], managerId?: string, propertyIds = [P]): StaffInfo => ({
  id,
  roles,
  propertyIds,
  managerId,
  joinedOn: '2026-11-01',
});
const hq = s('hq', [R.HQ], undefined, []);
const director = s('dir', [R.SITE_MANAGER], 'hq');
const sup = s('sup', [R.CS_SUPERVISOR], 'dir');
const leader = s('lead', [R.FRONT_DESK], 'sup');
const clerk = s('clerk', [R.FRONT_DESK], 'lead');
const otherDirector = s('dir2', [R.SITE_MANAGER], 'hq', ['p2']);
const all = [hq, director, sup, leader, clerk, otherDirector];

describe('schedule (R-APR-1)', () => {
  it('R-APR-1: tiers from roles and the reporting line', () => {
    expect([hq, director, sup, leader, clerk].map((x) => tierOf(x, all))).toEqual([
      Tier.COMPANY,
      Tier.DIRECTOR,
      Tier.SUPERVISOR,
      Tier.LEADER,
      Tier.STAFF,
    ]);
  });

  it('R-APR-2/3: manager sheet for supervisors, site managers and HQ; staff sheet otherwise', () => {
    expect(sheetFor([R.SITE_MANAGER])).toBe(SheetKind.MANAGER);
    expect(sheetFor([R.ENGINEERING_SUPERVISOR])).toBe(SheetKind.MANAGER);
    expect(sheetFor([R.HQ])).toBe(SheetKind.MANAGER);
    expect(sheetFor([R.FRONT_DESK])).toBe(SheetKind.STAFF);
    expect(sheetFor([R.TECHNICIAN])).toBe(SheetKind.STAFF);
  });

  it('R-APR-1: who may check whom', () => {
    const ok = (c: StaffInfo, t: StaffInfo) => mayCheck(c, t, all, freq).allowed;
    expect(ok(leader, clerk)).toBe(true);
    expect(ok(sup, clerk)).toBe(true);
    expect(ok(sup, leader)).toBe(true);
    expect(ok(director, sup)).toBe(true);
    expect(ok(director, clerk)).toBe(true);
    expect(ok(hq, director)).toBe(true);
    expect(ok(hq, clerk)).toBe(true); // spot check by the company
    // upwards or sideways: refused
    expect(ok(leader, director)).toBe(false);
    expect(ok(clerk, leader)).toBe(false);
    expect(ok(sup, director)).toBe(false);
    expect(ok(otherDirector, clerk)).toBe(false); // another site
    expect(ok(director, hq)).toBe(false);
  });

  it('R-APR-1: nobody checks themselves, not even HQ', () => {
    expect(mayCheck(hq, hq, all, freq)).toEqual({ allowed: false, reason: 'nobody checks themselves' });
    expect(mayCheck(clerk, clerk, all, freq).allowed).toBe(false);
  });

  it('R-APR-1: obligations of one November week follow the frequencies', () => {
    // Mon 2026-11-02 … Sun 2026-11-08
    const o = obligations(all, freq, '2026-11-02', '2026-11-08');
    const count = (c: string, t: string) => o.filter((x) => x.checkerId === c && x.targetId === t).length;
    expect(count('lead', 'clerk')).toBe(7); // daily
    expect(count('sup', 'clerk')).toBe(1); // weekly
    expect(count('sup', 'lead')).toBe(1);
    expect(count('dir', 'sup')).toBe(1); // weekly
    expect(count('dir', 'clerk')).toBe(0); // monthly, November starts before this range
    expect(count('hq', 'dir')).toBe(0);
    const month = obligations(all, freq, '2026-11-01', '2026-11-30');
    expect(month.filter((x) => x.checkerId === 'dir' && x.targetId === 'clerk')).toHaveLength(1);
    expect(month.filter((x) => x.checkerId === 'hq' && x.targetId === 'dir')).toHaveLength(1);
    expect(month.filter((x) => x.checkerId === 'dir2')).toHaveLength(0);
  });

  it('R-APR-1: nothing is owed for periods before someone joined', () => {
    const late = { ...clerk, joinedOn: '2026-11-05' };
    const o = obligations([hq, director, sup, leader, late], freq, '2026-11-02', '2026-11-08');
    expect(o.filter((x) => x.checkerId === 'lead')).toHaveLength(4); // 5th … 8th
  });

  it('R-PLT-2: someone who left owes no check and is owed none from the day they left', () => {
    const gone = { ...leader, leftOn: '2026-11-05' };
    const o = obligations([hq, director, sup, gone, clerk], freq, '2026-11-02', '2026-11-08');
    // Daily leader checks of the clerk: the 2nd, 3rd and 4th only.
    expect(o.filter((x) => x.checkerId === 'lead').map((x) => x.periodStart)).toEqual([
      '2026-11-02',
      '2026-11-03',
      '2026-11-04',
    ]);
    // Nobody owes the departed leader's weekly check of the week they left in.
    expect(o.filter((x) => x.targetId === 'lead' && x.periodEnd >= '2026-11-05')).toEqual([]);
    const left = { ...clerk, leftOn: '2026-11-03' };
    expect(
      obligations([hq, director, sup, leader, left], freq, '2026-11-03', '2026-11-08').filter(
        (x) => x.targetId === 'clerk',
      ),
    ).toEqual([]);
  });

  it('R-PLT-2: a departed manager no longer stands in the reporting line for their level', () => {
    // The clerk reports to a leader who left: the supervisor's weekly check is still owed, and
    // with the leader gone nobody else of the leader's level needs to be found.
    const gone = { ...sup, leftOn: '2026-11-01' };
    const sup2 = s('sup2', [R.CS_SUPERVISOR], 'dir');
    const o = obligations([hq, director, gone, sup2, leader, clerk], freq, '2026-11-02', '2026-11-08');
    expect(o.some((x) => x.checkerId === 'sup2' && x.targetId === 'lead')).toBe(true);
    expect(o.some((x) => x.checkerId === 'sup')).toBe(false);
  });

  it('R-APR-1: a check inside the period fulfils it', () => {
    const [o] = obligations(all, freq, '2026-11-02', '2026-11-02').filter((x) => x.checkerId === 'lead');
    expect(isDone(o, [{ checkerId: 'lead', staffId: 'clerk', date: '2026-11-02' }])).toBe(true);
    expect(isDone(o, [{ checkerId: 'sup', staffId: 'clerk', date: '2026-11-02' }])).toBe(false);
  });
});

describe('periods', () => {
  it('parses months and days, refuses the rest', () => {
    expect(periodRange('2026-02')).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(periodRange('2026-11-27')).toEqual({ from: '2026-11-27', to: '2026-11-27' });
    expect(periodRange('2026-13')).toBeUndefined();
    expect(periodRange('2026-02-30')).toBeUndefined();
  });
  it('ISO weeks start on Monday; a week belongs to the month it starts in', () => {
    expect(periodOf('WEEKLY', '2026-11-27')).toEqual({ start: '2026-11-23', end: '2026-11-29' });
    expect(periodsStartingIn('WEEKLY', '2026-11-01', '2026-11-30').map((p) => p.start)).toEqual([
      '2026-11-02',
      '2026-11-09',
      '2026-11-16',
      '2026-11-23',
      '2026-11-30',
    ]);
  });
  it('R-APR-1: every period starting by a day ends by the year end, or the week running into the next year', () => {
    expect(latestPeriodEnd('2026-02-28')).toBe('2026-12-31');
    // Thursday 2026-12-31: its ISO week runs to Sunday 2027-01-03.
    expect(latestPeriodEnd('2026-12-31')).toBe('2027-01-03');
    for (const f of ['DAILY', 'WEEKLY', 'MONTHLY', 'QUARTERLY', 'YEARLY'] as const)
      for (const p of periodsStartingIn(f, '2028-01-01', '2028-02-29'))
        expect(p.end <= latestPeriodEnd('2028-02-29')).toBe(true);
  });
});
