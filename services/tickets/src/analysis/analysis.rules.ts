import { isCalendarDate } from '@pm/time';
import { Problem } from '../ticket/ticket.rules';
import { ComplaintRow } from './analysis.queries';

const sumBy = (rows: ComplaintRow[], key: 'category' | 'department' | 'severity') => {
  const m = new Map<string, number>();
  for (const r of rows) m.set(r[key], (m.get(r[key]) ?? 0) + r.complaints);
  return [...m]
    .map(([k, complaints]) => ({ key: k, complaints }))
    .sort((a, b) => b.complaints - a.complaints || (a.key < b.key ? -1 : 1));
};

/** R-TKT-15: the month's complaints by category, department and severity, and the timely rate (R-KPI-6). */
export function complaintBreakdown(rows: ComplaintRow[], target: number) {
  const complaints = rows.reduce((s, r) => s + r.complaints, 0);
  const timely = rows.reduce((s, r) => s + r.timely, 0);
  const timelyRate = complaints ? timely / complaints : null;
  return {
    complaints,
    byCategory: sumBy(rows, 'category'),
    byDepartment: sumBy(rows, 'department'),
    bySeverity: sumBy(rows, 'severity'),
    timely,
    timelyRate,
    target,
    met: timelyRate === null ? null : timelyRate >= target,
  };
}

/** A corrective action needs a problem, an owner and a deadline not in the past (R-TKT-15). */
export function actionProblems(a: { issue: string; deadline: string }, today: string): Problem[] {
  const problems: Problem[] = [];
  const issue = a.issue.trim();
  if (!issue) problems.push({ field: 'issue', message: 'required' });
  else if (issue.length > 1000) problems.push({ field: 'issue', message: 'at most 1000 characters' });
  if (!isCalendarDate(a.deadline)) problems.push({ field: 'deadline', message: 'YYYY-MM-DD' });
  else if (a.deadline < today) problems.push({ field: 'deadline', message: 'in the past' });
  return problems;
}

/** Open after its deadline day: overdue (R-TKT-15). */
export function actionOverdue(a: { status: string; deadline: string }, today: string): boolean {
  return a.status === 'OPEN' && today > a.deadline;
}
