import { arrearsStage, monthsOverdue, periodWindow } from './period';
import { dunningSchedule } from '../dunning/dunning.rules';
import { isOutlier, median } from '../meter/meter.rules';

const T = {
  arrearsOverMonths: 1,
  mediationMaxMonths: 2,
  publicListingOverMonths: 2,
  courtActionMinMonths: 3,
};

describe('R-BIL-2 / R-BIL-3 billing periods', () => {
  it('R-BIL-2 the month runs from the 30th to the 30th; February clamps; due the 15th of the next month', () => {
    const w = periodWindow('2026-11', {
      boundaryDay: 30,
      dueDay: 15,
      repairCutoffDay: 25,
      timeZone: 'Asia/Shanghai',
      noticeDay: 28,
      collectionWindowStartDay: 1,
    });
    expect([w.startDate, w.endDate, w.dueDate]).toEqual(['2026-10-30', '2026-11-30', '2026-12-15']);
    expect(w.startAt.toISOString()).toBe('2026-10-29T16:00:00.000Z');
    expect(w.repairCutoffAt.toISOString()).toBe('2026-11-25T16:00:00.000Z');
    const feb = periodWindow('2028-02', {
      boundaryDay: 30,
      dueDay: 10,
      repairCutoffDay: 25,
      timeZone: 'UTC',
      noticeDay: 28,
      collectionWindowStartDay: 1,
    });
    expect([feb.startDate, feb.endDate, feb.dueDate]).toEqual(['2028-01-30', '2028-02-29', '2028-03-10']);
    const dec = periodWindow('2026-12', {
      boundaryDay: 30,
      dueDay: 15,
      repairCutoffDay: 25,
      timeZone: 'UTC',
      noticeDay: 28,
      collectionWindowStartDay: 1,
    });
    expect(dec.dueDate).toBe('2027-01-15');
  });

  it('R-BIL-2 notices are dated the notice day of the period, always before its boundary day', () => {
    const o = {
      boundaryDay: 30,
      dueDay: 15,
      repairCutoffDay: 25,
      timeZone: 'UTC',
      noticeDay: 28,
      collectionWindowStartDay: 1,
    };
    expect(periodWindow('2026-11', o).noticeDate).toBe('2026-11-28');
    // February's boundary clamps to its last day; the 28th is still before it in a leap year only.
    expect(periodWindow('2028-02', o).noticeDate).toBe('2028-02-28');
    expect(periodWindow('2027-02', o).noticeDate).toBe('2027-02-27');
    expect(periodWindow('2026-11', { ...o, boundaryDay: 20 }).noticeDate).toBe('2026-11-19');
    expect(periodWindow('2026-11', { ...o, noticeDay: 5 }).noticeDate).toBe('2026-11-05');
  });

  it('R-BIL-3 the collection window runs from the start day (the 1st) to the due date of the next month', () => {
    const o = {
      boundaryDay: 30,
      dueDay: 15,
      repairCutoffDay: 25,
      timeZone: 'UTC',
      noticeDay: 28,
      collectionWindowStartDay: 1,
    };
    const w = periodWindow('2026-12', o);
    expect([w.collectionOpensOn, w.dueDate]).toEqual(['2027-01-01', '2027-01-15']);
    expect(periodWindow('2026-11', { ...o, collectionWindowStartDay: 5 }).collectionOpensOn).toBe(
      '2026-12-05',
    );
    // A start day after the due day (10th, 第8篇) opens the window on the due date itself.
    expect(
      periodWindow('2026-11', { ...o, dueDay: 10, collectionWindowStartDay: 12 }).collectionOpensOn,
    ).toBe('2026-12-10');
  });
});

describe('R-BIL-7 arrears ageing', () => {
  it('R-BIL-7 stages by months since the oldest unpaid due date', () => {
    expect(arrearsStage('2026-01-15', '2026-02-15', T)).toBe('OVERDUE'); // exactly 1 month: not > 1
    expect(arrearsStage('2026-01-15', '2026-02-16', T)).toBe('MEDIATION'); // > 1 month
    expect(arrearsStage('2026-01-15', '2026-03-15', T)).toBe('MEDIATION'); // ≤ 2 months
    expect(arrearsStage('2026-01-15', '2026-03-16', T)).toBe('PUBLIC_LISTING'); // > 2 months
    expect(arrearsStage('2026-01-15', '2026-04-15', T)).toBe('LEGAL'); // ≥ 3 months
    expect(monthsOverdue('2026-01-15', '2026-04-14')).toBe(2);
    expect(monthsOverdue('2026-01-31', '2026-02-28')).toBe(0);
    expect(
      arrearsStage('2026-01-15', '2026-02-16', { ...T, arrearsOverMonths: 0, mediationMaxMonths: 0 }),
    ).toBe('ARREARS');
  });
});

describe('R-BIL-6 dunning schedule', () => {
  it('R-BIL-6 round 1 fifteen days after the notice (not before it is overdue), then a week, then a week', () => {
    expect(dunningSchedule('2026-11-28', '2026-12-15', [15, 7, 7])).toEqual([
      '2026-12-16',
      '2026-12-23',
      '2026-12-30',
    ]);
    expect(dunningSchedule('2026-11-01', '2026-11-10', [15, 7, 7])).toEqual([
      '2026-11-16',
      '2026-11-23',
      '2026-11-30',
    ]);
    expect(dunningSchedule('2026-11-01', '2026-11-10', [10, 5])).toEqual(['2026-11-11', '2026-11-16']);
  });
});

describe('R-BIL-2 meter outliers', () => {
  it('R-BIL-2 a consumption above 5× the median is held; too little history holds nothing', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(isOutlier(11, [2, 2, 2], 5)).toBe(true);
    expect(isOutlier(10, [2, 2, 2], 5)).toBe(false);
    expect(isOutlier(1000, [2, 2], 5)).toBe(false);
    expect(isOutlier(7, [2, 2, 2], 3)).toBe(true);
  });
});
