import { LockMode } from '@mikro-orm/postgresql';
import { Principal } from '@pm/auth';
import { isUuid } from '@pm/contracts';
import { Database } from '@pm/db';
import {
  ConnectionShape,
  PageArgs,
  assertPropertyVisible,
  conflict,
  decodePage,
  notFound,
  toConnection,
  validationFailed,
} from '@pm/graphql';
import { policyValue } from '@pm/policy';
import { Clock, dateIn } from '@pm/time';
import { PropertyProjection } from '../projection/projection.entities';
import { CustomerRequest } from '../request/request.entity';
import { Ticket } from '../ticket/ticket.entity';
import { CallRecording, RecordingStatus } from './recording.entity';
import { LogCallRecordingInput } from './recording.inputs';
import { earliestKeptUntil, recordingProblems } from './recording.rules';

const EXCEPTIONS = [RecordingStatus.MISSING, RecordingStatus.FAILED];

/** The call-recording log (录音存档记录表, R-TKT-14). */
export class RecordingService {
  constructor(
    private db: Database,
    private clock: Clock,
  ) {}

  async log(principal: Principal, input: LogCallRecordingInput): Promise<CallRecording> {
    const now = this.clock.now();
    const callAt = input.callAt ?? now;
    const status = input.status ?? RecordingStatus.KEPT;
    if (!isUuid(input.propertyId)) throw notFound('property');
    assertPropertyVisible(principal, input.propertyId);
    return this.db.tx(async (em) => {
      const property = await em.findOne(PropertyProjection, { id: input.propertyId });
      if (!property) throw notFound('property');
      const days = Number(
        await policyValue(
          em,
          'tickets.recordingRetentionDays',
          input.propertyId,
          dateIn(callAt, property.timeZone),
        ),
      );
      const problems = recordingProblems({ ...input, status, callAt }, days, now);
      // Another site's or company's ticket or request is unknown here (site and tenant filters).
      if (input.ticketId) {
        const t = isUuid(input.ticketId)
          ? await em.findOne(Ticket, { id: input.ticketId }, { fields: ['propertyId'] })
          : null;
        if (t?.propertyId !== input.propertyId)
          problems.push({ field: 'ticketId', message: 'not a ticket of this property' });
      }
      if (input.requestId) {
        const r = isUuid(input.requestId)
          ? await em.findOne(CustomerRequest, { id: input.requestId }, { fields: ['propertyId'] })
          : null;
        if (r?.propertyId !== input.propertyId)
          problems.push({ field: 'requestId', message: 'not a request of this property' });
      }
      if (problems.length) throw validationFailed('recording line is invalid', problems);
      const line = em.create(CallRecording, {
        propertyId: input.propertyId,
        ticketId: input.ticketId ?? null,
        requestId: input.requestId ?? null,
        callAt,
        status,
        recordingRef: input.recordingRef?.trim() || null,
        reason: input.reason?.trim() || null,
        // An exception has nothing to keep; its line stays in the log.
        keptUntil:
          status === RecordingStatus.KEPT ? (input.keptUntil ?? earliestKeptUntil(callAt, days)) : null,
        loggedBy: principal.actor.id ?? null,
        createdAt: now,
      });
      await em.flush();
      return line;
    }, principal);
  }

  /** A matter not resolved in time: the recording is extracted and kept apart, without end (R-TKT-14). */
  async preserve(principal: Principal, id: string, reason: string): Promise<CallRecording> {
    const why = reason.trim();
    if (!why || why.length > 500)
      throw validationFailed('say why the recording is kept apart', [
        { field: 'reason', message: '1..500 characters' },
      ]);
    if (!isUuid(id)) throw notFound('recording');
    return this.db.tx(async (em) => {
      const line = await em.findOne(CallRecording, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!line) throw notFound('recording');
      if (line.status !== RecordingStatus.KEPT)
        throw validationFailed('there is no recording to keep', [
          { field: 'id', message: `recording is ${line.status}` },
        ]);
      if (line.preserved) throw conflict('the recording is already kept apart');
      line.preserved = true;
      line.preservedReason = why;
      line.keptUntil = null;
      await em.flush();
      return line;
    }, principal);
  }

  /** The log of a property, oldest first; `exceptionsOnly` lists missing and failed recordings. */
  async list(
    principal: Principal,
    propertyId: string,
    filter: { ticketId?: string; exceptionsOnly?: boolean },
    page: PageArgs,
  ): Promise<ConnectionShape<CallRecording>> {
    const { limit, afterId } = decodePage(page);
    if (!isUuid(propertyId)) throw notFound('property');
    assertPropertyVisible(principal, propertyId);
    if (filter.ticketId && !isUuid(filter.ticketId)) return toConnection([], limit, 0);
    return this.db.tx(async (em) => {
      if (!(await em.findOne(PropertyProjection, { id: propertyId }))) throw notFound('property');
      const where = {
        propertyId,
        ...(filter.ticketId ? { ticketId: filter.ticketId } : {}),
        ...(filter.exceptionsOnly ? { status: { $in: EXCEPTIONS } } : {}),
      };
      const rows = await em.find(CallRecording, afterId ? { ...where, id: { $gt: afterId } } : where, {
        orderBy: { id: 'asc' },
        limit: limit + 1,
      });
      return toConnection(rows, limit, await em.count(CallRecording, where));
    }, principal);
  }
}
