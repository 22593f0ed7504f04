import { addDays } from '@pm/time';

/** The Monday (YYYY-MM-DD) of the week a local date falls in. */
export function weekStartOf(date: string): string {
  const dow = new Date(`${date}T00:00:00Z`).getUTCDay();
  return addDays(date, -((dow + 6) % 7));
}

export interface CheckpointCoverage {
  checkpoint: string;
  checkIns: number;
  met: boolean;
}

/**
 * R-TKT-10 "every floor twice a week": the property's checkpoints are those its rounds planned in
 * the four weeks up to this one; each needs `required` check-ins in rounds planned this week.
 */
export function patrolCoverage(
  rounds: { plannedFor: string; checkpoints: string[]; checkIns: { checkpoint: string }[] }[],
  weekStart: string,
  required: number,
): { checkpoints: CheckpointCoverage[]; uncovered: string[]; met: boolean } {
  const weekEnd = addDays(weekStart, 6);
  const known = new Set(rounds.flatMap((r) => r.checkpoints));
  const counts = new Map<string, number>();
  for (const r of rounds)
    if (r.plannedFor >= weekStart && r.plannedFor <= weekEnd)
      for (const c of r.checkIns) counts.set(c.checkpoint, (counts.get(c.checkpoint) ?? 0) + 1);
  const checkpoints = [...known].sort().map((checkpoint) => {
    const checkIns = counts.get(checkpoint) ?? 0;
    return { checkpoint, checkIns, met: checkIns >= required };
  });
  const uncovered = checkpoints.filter((c) => !c.met).map((c) => c.checkpoint);
  return { checkpoints, uncovered, met: uncovered.length === 0 };
}
