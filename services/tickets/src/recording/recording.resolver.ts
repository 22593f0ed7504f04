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
  logCallRecording(@Arg('input') input: LogCallRecordingInput, @Ctx() ctx: GraphQLContext) {
    return this.recordings.log(requirePrincipal(ctx), input);
  }

  @Authorized(...RECORDING_ROLES)
  @Mutation(() => CallRecording, {
    description:
      'R-TKT-14: a matter not resolved in time — the recording is kept apart without end; CONFLICT twice.',
  })
  preserveCallRecording(
    @Arg('id', () => ID) id: string,
    @Arg('reason') reason: string,
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
    @Arg('propertyId', () => ID) propertyId: string,
    @Arg('ticketId', () => ID, { nullable: true }) ticketId: string | undefined,
    @Arg('exceptionsOnly', () => Boolean, { nullable: true }) exceptionsOnly: boolean | undefined,
    @Args() page: PageArgsInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.recordings.list(requirePrincipal(ctx), propertyId, { ticketId, exceptionsOnly }, page);
  }
}
