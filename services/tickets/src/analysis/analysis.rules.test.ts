import { actionOverdue, actionProblems, complaintBreakdown } from './analysis.rules';

describe('R-TKT-15 monthly complaint analysis', () => {
  const row = (
    category: string,
    department: string,
    severity: string,
    complaints: number,
    timely: number,
  ) => ({
    category,
    department,
    severity,
    complaints,
    timely,
  });

  it('counts the month’s complaints by category, department and severity, and the timely rate against the target', () => {
    const a = complaintBreakdown(
      [
        row('FACILITY', 'ENGINEERING', 'GENERAL', 3, 2),
        row('NOISE', 'CUSTOMER_SERVICE', 'GENERAL', 1, 1),
        row('NOISE', 'CUSTOMER_SERVICE', 'MAJOR', 2, 0),
      ],
      1,
    );
    expect(a.complaints).toBe(6);
    expect(a.byCategory).toEqual([
      { key: 'FACILITY', complaints: 3 },
      { key: 'NOISE', complaints: 3 },
    ]);
    expect(a.byDepartment).toEqual([
      { key: 'CUSTOMER_SERVICE', complaints: 3 },
      { key: 'ENGINEERING', complaints: 3 },
    ]);
    expect(a.bySeverity).toEqual([
      { key: 'GENERAL', complaints: 4 },
      { key: 'MAJOR', complaints: 2 },
    ]);
    expect(a).toMatchObject({ timely: 3, timelyRate: 0.5, target: 1, met: false });
    expect(complaintBreakdown([], 1)).toMatchObject({ complaints: 0, timelyRate: null, met: null });
  });

  it('an action needs its problem and a deadline not in the past; open after the deadline it is overdue', () => {
    expect(actionProblems({ issue: '夜间噪音投诉集中', deadline: '2026-12-20' }, '2026-12-07')).toEqual([]);
    expect(actionProblems({ issue: ' ', deadline: '2026-12-06' }, '2026-12-07')).toEqual([
      { field: 'issue', message: 'required' },
      { field: 'deadline', message: 'in the past' },
    ]);
    expect(actionProblems({ issue: 'x', deadline: '20.12.2026' }, '2026-12-07')[0].field).toBe('deadline');
    expect(actionOverdue({ status: 'OPEN', deadline: '2026-12-07' }, '2026-12-07')).toBe(false);
    expect(actionOverdue({ status: 'OPEN', deadline: '2026-12-07' }, '2026-12-08')).toBe(true);
    expect(actionOverdue({ status: 'DONE', deadline: '2026-12-07' }, '2026-12-30')).toBe(false);
  });
});
