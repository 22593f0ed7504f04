import { ArrearsByStage } from './billing-kpis.types';

/** Customers and overdue fen per arrears stage, in the order the stages first appear. */
export function byStage(rows: { stage: string; overdueFen: number }[]): ArrearsByStage[] {
  const stages = new Map<string, ArrearsByStage>();
  for (const a of rows) {
    const s = stages.get(a.stage) ?? { stage: a.stage, customers: 0, overdueFen: 0 };
    s.customers++;
    s.overdueFen += a.overdueFen;
    stages.set(a.stage, s);
  }
  return [...stages.values()];
}

/** collected / billed in [0, 1]; 0 when nothing was billed. */
export const collectionRate = (billedFen: number, collectedFen: number) =>
  billedFen > 0 ? collectedFen / billedFen : 0;
