import { Field, ID, InputType } from 'type-graphql';
import { DateScalar } from '@pm/graphql';
import { SetFeeScheduleInput } from './fee-schedule.inputs';
import { FeeApprovalAuthority } from './fee-change.rules';

@InputType({
  description: 'New fee item prices of a property from a date, in fen, to be approved and announced.',
})
export class ProposeFeeChangeInput extends SetFeeScheduleInput {
  @Field(() => String, { description: 'Why the prices change (optional).', nullable: true })
  reason?: string | null;
}

@InputType({ description: 'The approval of a fee change and the document it rests on.' })
export class ApproveFeeChangeInput {
  @Field(() => ID, { description: 'The fee change.' })
  id!: string;
  @Field(() => FeeApprovalAuthority, {
    description: 'OWNERS_COMMITTEE (业主委员会) or PRICE_BUREAU (物价部门).',
  })
  authority!: FeeApprovalAuthority;
  @Field({ description: 'Reference of the approval document: the resolution or filing number.' })
  approvalReference!: string;
}

@InputType({ description: 'The notice of a fee change posted to customers.' })
export class NotifyFeeChangeInput {
  @Field(() => ID, { description: 'The fee change.' })
  id!: string;
  @Field(() => DateScalar, {
    description:
      'Day the notice was posted (YYYY-MM-DD), at least billing.feeChangeNoticeDays before the effective date.',
  })
  noticeDate!: string;
}
