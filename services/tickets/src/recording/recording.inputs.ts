import { Field, ID, InputType } from 'type-graphql';
import { RecordingStatus } from './recording.entity';

@InputType({
  description: "A call's recording for the log (see R-TKT-14 in docs/domain-rules.md).",
})
export class LogCallRecordingInput {
  @Field(() => ID, { description: 'The property.' })
  propertyId!: string;
  @Field(() => ID, { nullable: true, description: 'The ticket of the call; this or requestId.' })
  ticketId?: string;
  @Field(() => ID, { nullable: true, description: 'The requests-register line of the call.' })
  requestId?: string;
  @Field(() => Date, { nullable: true, description: 'When the call was; default now, at most 7 days back.' })
  callAt?: Date;
  @Field(() => RecordingStatus, { nullable: true, description: 'Default KEPT.' })
  status?: RecordingStatus;
  @Field(() => String, { nullable: true, description: 'Required for KEPT: where the recording is stored.' })
  recordingRef?: string;
  @Field(() => String, { nullable: true, description: 'Required for MISSING and FAILED.' })
  reason?: string;
  @Field(() => Date, {
    nullable: true,
    description: 'Default callAt + tickets.recordingRetentionDays; never earlier.',
  })
  keptUntil?: Date;
}
