import { Field, ID, InputType } from 'type-graphql';
import { RecheckResult } from './recheck.entity';

@InputType({ description: 'The verdict of one re-check line.' })
export class RecordRecheckInput {
  @Field(() => ID, { description: 'The re-check line.' })
  id!: string;
  @Field(() => RecheckResult, { description: 'OK or NOT_FIXED (reopens the repair).' })
  result!: RecheckResult;
  @Field(() => String, { nullable: true, description: 'Required for NOT_FIXED: what is still wrong.' })
  note?: string;
}
