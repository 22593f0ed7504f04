type Problem = { field: string; message: string };

/** R-CUS-14: the assembly's record — a date, minutes, who attended, what they raised. */
export function assemblyProblems(a: {
  minutes: string;
  attendees: readonly string[];
  requests: readonly string[];
}): Problem[] {
  const problems: Problem[] = [];
  if (!a.minutes.trim() || a.minutes.length > 10_000)
    problems.push({ field: 'minutes', message: '1..10000 characters' });
  if (!a.attendees.length || a.attendees.length > 5000)
    problems.push({ field: 'attendeeIds', message: '1..5000 attendees' });
  else if (new Set(a.attendees).size !== a.attendees.length)
    problems.push({ field: 'attendeeIds', message: 'each attendee once' });
  if (a.requests.length > 500 || a.requests.some((r) => !r.trim() || r.length > 1000))
    problems.push({ field: 'requests', message: 'at most 500, each 1..1000 characters' });
  return problems;
}

/**
 * The periods of a year an assembly is due in (每季: every 3 months by default), as their first
 * months, and those up to `today` that had none.
 */
export function missingPeriods(
  year: number,
  intervalMonths: number,
  heldOn: readonly string[],
  today: string,
): string[] {
  const missing: string[] = [];
  for (let m = 1; m <= 12; m += intervalMonths) {
    const start = `${year}-${String(m).padStart(2, '0')}`;
    if (`${start}-01` > today) break;
    const last = Math.min(12, m + intervalMonths - 1);
    const held = heldOn.some((d) => {
      const month = Number(d.slice(5, 7));
      return d.startsWith(`${year}-`) && month >= m && month <= last;
    });
    if (!held) missing.push(start);
  }
  return missing;
}

/** A share, null when there is nothing to count. */
export const share = (part: number, whole: number): number | null => (whole ? part / whole : null);
