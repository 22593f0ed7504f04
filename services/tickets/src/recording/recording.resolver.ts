import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { StaffRole } from '@pm/contracts';
import { GraphQLContext, PageArgsInput, connectionOf, requirePrincipal } from '@pm/graphql';
import { INTAKE_ROLES } from '../ticket/ticket.roles';
import { CallRecording } from './recording.entity';
import { LogCallRecordingInput } from './recording.inputs';
import { RecordingService } from './recording.service';

const CallRecordingConnection = connectionOf(CallRecording);
/** The service line is the desk's: it logs the recordings; HQ reads the exceptions too. */
const RECORDING_ROLES = [...INTAKE_ROLES, StaffRole.SECURITY];
const RECORDING_READERS = [...INTAKE_ROLES, StaffRole.HQ];

@Resolver(() => CallRecording)
export class RecordingResolver {
  constructor(private recordings: RecordingService) {}

  @Authorized(...RECORDING_ROLES)
  @Mutation(() => CallRecording, {
    description:
      'R-TKT-14: logs the recording of a call by ticket or request, kept ≥ tickets.recordingRetentionDays; or a MISSING / FAILED exception with its reason.',
  })
  logCallRecording(
    @Arg('input', {
      description: 'The call and its recording (or why there is none).',
    })
    input: LogCallRecordingInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.recordings.log(requirePrincipal(ctx), input);
  }

  @Authorized(...RECORDING_ROLES)
  @Mutation(() => CallRecording, {
    description:
      'R-TKT-14: a matter not resolved in time — the recording is kept apart without end; CONFLICT twice.',
  })
  preserveCallRecording(
    @Arg('id', () => ID, { description: 'Id of the log line.' }) id: string,
    @Arg('reason', {
      description: 'Why it is kept apart (1–500 characters).',
    })
    reason: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.recordings.preserve(requirePrincipal(ctx), id, reason);
  }

  @Authorized(...RECORDING_READERS)
  @Query(() => CallRecordingConnection, {
    description:
      'R-TKT-14: the call-recording log of a property, oldest first; exceptionsOnly lists MISSING and FAILED.',
  })
  callRecordings(
    @Arg('propertyId', () => ID, { description: 'The property.' }) propertyId: string,
    @Arg('ticketId', () => ID, {
      description: 'Only recordings of this ticket.',
      nullable: true,
    })
    ticketId: string | undefined,
    @Arg('exceptionsOnly', () => Boolean, {
      description: 'Only missing or failed recordings (the exceptions).',
      nullable: true,
    })
    exceptionsOnly: boolean | undefined,
    @Args() page: PageArgsInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.recordings.list(requirePrincipal(ctx), propertyId, { ticketId, exceptionsOnly }, page);
  }
}
