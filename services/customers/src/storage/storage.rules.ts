/** Problems with a storage slip, by field; empty when the slip can be written (R-CUS-10). */
export function storageSlipProblems(s: {
  description: string;
  quantity: number;
}): { field: string; message: string }[] {
  const problems = [];
  const description = s.description.trim();
  if (!description) problems.push({ field: 'description', message: 'required' });
  else if (description.length > 200)
    problems.push({ field: 'description', message: 'at most 200 characters' });
  if (!Number.isInteger(s.quantity) || s.quantity < 1 || s.quantity > 999)
    problems.push({ field: 'quantity', message: '1..999' });
  return problems;
}

/** An item held longer than the policy allows is flagged for the front desk to chase (R-CUS-10). */
export function storageOverdue(
  storedAt: Date,
  returnedAt: Date | null | undefined,
  now: Date,
  maxDays: number,
): boolean {
  if (returnedAt) return false;
  return now.getTime() - storedAt.getTime() > maxDays * 86_400_000;
}
