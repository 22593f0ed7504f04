import { isPeriod } from '@pm/time';

type Problem = { field: string; message: string };

/** R-KPI-9: a plan names each tenant once, each in a month of the plan's year. */
export function planProblems(year: number, entries: readonly { customerId: string; plannedMonth: string }[]) {
  const problems: Problem[] = [];
  if (!Number.isInteger(year) || year < 2000 || year > 2100)
    problems.push({ field: 'year', message: '2000..2100' });
  if (!entries.length || entries.length > 5000)
    problems.push({ field: 'entries', message: '1..5000 tenants' });
  else if (new Set(entries.map((e) => e.customerId)).size !== entries.length)
    problems.push({ field: 'entries', message: 'each tenant once' });
  if (entries.some((e) => !isPeriod(e.plannedMonth) || !e.plannedMonth.startsWith(`${year}-`)))
    problems.push({ field: 'plannedMonth', message: `a month of ${year} (YYYY-MM)` });
  return problems;
}

/**
 * Where a plan stands on `today` (property-local): planned visits made, those past their month
 * and not made (overdue), and the property's current tenants left off the plan — the plan is
 * meant to reach every tenant in the year (年拜访率100%).
 */
export function planStatus(
  entries: readonly { customerId: string; plannedMonth: string; visitedOn?: string | null }[],
  currentTenants: readonly string[],
  today: string,
): { planned: number; visited: number; overdue: number; unplanned: string[] } {
  const month = today.slice(0, 7);
  const planned = new Set(entries.map((e) => e.customerId));
  return {
    planned: entries.length,
    visited: entries.filter((e) => e.visitedOn).length,
    overdue: entries.filter((e) => !e.visitedOn && e.plannedMonth < month).length,
    unplanned: [...new Set(currentTenants)].filter((id) => !planned.has(id)).sort(),
  };
}
