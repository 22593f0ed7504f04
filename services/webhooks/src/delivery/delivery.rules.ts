/** The retry policy of a company (R-WHK-2), from its policy values. */
export interface RetryPolicy {
  baseSeconds: number;
  maxDelayMinutes: number;
  windowHours: number;
}

export const RETRY_POLICY_KEYS = {
  baseSeconds: 'webhooks.retryBaseSeconds',
  maxDelayMinutes: 'webhooks.retryMaxDelayMinutes',
  windowHours: 'webhooks.retryWindowHours',
} as const;

/** A receiver took the delivery: any 2xx. Redirects are not followed (their target is unchecked). */
export const accepted = (status: number): boolean => status >= 200 && status < 300;

/** The wait after the n-th failed attempt (n ≥ 1): base · 2^(n−1), at most the policy's longest wait. */
export function retryDelayMs(failures: number, p: RetryPolicy): number {
  const doubled = p.baseSeconds * 1000 * 2 ** Math.max(0, failures - 1);
  return Math.min(doubled, p.maxDelayMinutes * 60_000);
}

/**
 * When to try again after the n-th failure at `lastAt`, or null: park it. The window runs from
 * the first attempt; a retry that would fall after its end is moved to the end, so the last
 * attempt is made when the window closes, and nothing after it.
 */
export function nextAttemptAt(p: RetryPolicy, failures: number, startedAt: Date, lastAt: Date): Date | null {
  const end = startedAt.getTime() + p.windowHours * 3_600_000;
  if (lastAt.getTime() >= end) return null;
  return new Date(Math.min(lastAt.getTime() + retryDelayMs(failures, p), end));
}

/** Every attempt of a delivery that never succeeds, as ms after the first (README's table). */
export function retrySchedule(p: RetryPolicy): number[] {
  const start = new Date(0);
  const offsets = [0];
  for (let at: Date | null = start, n = 1; (at = nextAttemptAt(p, n, start, at)); n++)
    offsets.push(at.getTime());
  return offsets;
}
