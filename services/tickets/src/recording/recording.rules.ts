import { Problem, callTimeProblems } from '../ticket/ticket.rules';
import { RecordingStatus } from './recording.entity';

const DAY = 86_400_000;

/** The earliest a recording may go: `retentionDays` after the call (R-TKT-14, ≥ 30 days). */
export function earliestKeptUntil(callAt: Date, retentionDays: number): Date {
  return new Date(callAt.getTime() + retentionDays * DAY);
}

/**
 * R-TKT-14: a line names the ticket or request of the call; a KEPT recording says where it is, an
 * exception (MISSING, FAILED) why there is none; nobody shortens the retention.
 */
export function recordingProblems(
  r: {
    ticketId?: string;
    requestId?: string;
    status: RecordingStatus;
    recordingRef?: string;
    reason?: string;
    callAt: Date;
    keptUntil?: Date;
  },
  retentionDays: number,
  now: Date,
): Problem[] {
  const problems: Problem[] = [];
  if (!r.ticketId && !r.requestId)
    problems.push({ field: 'ticketId', message: 'name the ticket or the request' });
  const ref = r.recordingRef?.trim() ?? '';
  const reason = r.reason?.trim() ?? '';
  if (r.status === RecordingStatus.KEPT) {
    if (!ref) problems.push({ field: 'recordingRef', message: 'required for a kept recording' });
  } else {
    if (ref) problems.push({ field: 'recordingRef', message: `a ${r.status} recording has none` });
    if (!reason) problems.push({ field: 'reason', message: `say why the recording is ${r.status}` });
  }
  if (ref.length > 500) problems.push({ field: 'recordingRef', message: 'at most 500 characters' });
  if (reason.length > 500) problems.push({ field: 'reason', message: 'at most 500 characters' });
  problems.push(...callTimeProblems(r.callAt, now, 'callAt'));
  if (r.keptUntil && r.keptUntil < earliestKeptUntil(r.callAt, retentionDays))
    problems.push({ field: 'keptUntil', message: `at least ${retentionDays} days after the call` });
  return problems;
}
