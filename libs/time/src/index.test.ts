import { Temporal } from 'temporal-polyfill';
import {
  FakeClock,
  addDays,
  addMonths,
  addMonthsAt,
  addPeriods,
  addWorkingDays,
  dateIn,
  dayOfPeriod,
  dayOfWeek,
  daysBetween,
  instantAt,
  isCalendarDate,
  monthsBetween,
  periodDays,
  periodInstants,
  todayIn,
} from './index';

describe('@pm/time', () => {
  it('takes the business day in the property zone, not UTC', () => {
    const at = new Date('2026-12-31T15:30:00Z');
    expect(dateIn(at, 'Asia/Shanghai')).toBe('2026-12-31');
    expect(dateIn(new Date('2026-12-31T16:30:00Z'), 'Asia/Shanghai')).toBe('2027-01-01');
    expect(dateIn(new Date('2026-12-31T16:30:00Z'), 'Europe/London')).toBe('2026-12-31');
    expect(todayIn(new FakeClock(Date.parse('2027-03-07T16:30:00Z')), 'Asia/Shanghai')).toBe('2027-03-08');
  });

  it('steps months by the calendar and clamps (31 Jan + 1 month = end of February)', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
    expect(addMonths('2026-11-15', 2)).toBe('2027-01-15');
    expect(addPeriods('2026-12', 1)).toBe('2027-01');
    expect(addMonthsAt(new Date('2026-01-31T02:00:00Z'), 1, 'Asia/Shanghai').toISOString()).toBe(
      '2026-02-28T02:00:00.000Z',
    );
    expect(dayOfPeriod('2028-02', 30)).toBe('2028-02-29');
    expect(periodDays('2028-02')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
  });

  it('steps periods as the calendar does, forwards and back, across years', () => {
    for (const period of ['0001-01', '1999-12', '2026-01', '2026-12', '2028-02', '9998-07'])
      for (const n of [-25, -13, -12, -1, 0, 1, 11, 12, 13, 24])
        expect(addPeriods(period, n)).toBe(
          Temporal.PlainYearMonth.from(period).add({ months: n }).toString(),
        );
    expect(addPeriods('9999-12', 1)).toBe(
      Temporal.PlainYearMonth.from('9999-12').add({ months: 1 }).toString(),
    );
  });

  it('counts days and complete months', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(daysBetween('2026-12-30', '2027-01-02')).toBe(3);
    expect(monthsBetween('2026-01-31', '2026-02-28')).toBe(0);
    expect(monthsBetween('2026-01-31', '2026-03-01')).toBe(1);
    expect(monthsBetween('2026-01-15', '2026-03-15')).toBe(2);
  });

  it('turns wall-clock times of a zone into instants, also across a DST change', () => {
    expect(instantAt('2026-12-01', 'Asia/Shanghai').toISOString()).toBe('2026-11-30T16:00:00.000Z');
    expect(instantAt('2026-12-01', 'Asia/Shanghai', 9 * 60).toISOString()).toBe('2026-12-01T01:00:00.000Z');
    expect(instantAt('2026-12-01', 'Asia/Shanghai', 1440).toISOString()).toBe('2026-12-01T16:00:00.000Z');
    // London springs forward on 29 March 2026: that day has 23 hours.
    expect(
      instantAt('2026-03-29', 'Europe/London', 1440).getTime() -
        instantAt('2026-03-29', 'Europe/London').getTime(),
    ).toBe(23 * 3600_000);
    expect(periodInstants('2026-02', 'Asia/Shanghai')).toEqual({
      from: new Date('2026-01-31T16:00:00Z'),
      to: new Date('2026-02-28T16:00:00Z'),
    });
  });

  it('R-BIL-10 counts working days Monday to Friday: Friday + 1 is Monday, Thursday + 2 is Monday', () => {
    // 2026-12-04 is a Friday.
    expect(addWorkingDays('2026-12-04', 1)).toBe('2026-12-07');
    expect(addWorkingDays('2026-12-03', 2)).toBe('2026-12-07');
    expect(addWorkingDays('2026-12-05', 2)).toBe('2026-12-08');
    expect(addWorkingDays('2026-12-07', 2)).toBe('2026-12-09');
    expect(addWorkingDays('2028-02-28', 2)).toBe('2028-03-01');
    expect(addWorkingDays('2026-12-07', 0)).toBe('2026-12-07');
  });

  it('knows real days and weekdays', () => {
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('2026-02-29')).toBe(false);
    expect(isCalendarDate('2026-2-1')).toBe(false);
    expect(isCalendarDate('2000-02-29')).toBe(true);
    expect(isCalendarDate('2100-02-29')).toBe(false);
    expect(isCalendarDate('2026-04-31')).toBe(false);
    expect(isCalendarDate('2026-12-31')).toBe(true);
    expect(['2026-13-01', '2026-00-10', '2026-01-00', '2026-01-32'].some(isCalendarDate)).toBe(false);
    expect(dayOfWeek('2027-03-07')).toBe(7);
    expect(dayOfWeek('2027-03-08')).toBe(1);
  });
});
