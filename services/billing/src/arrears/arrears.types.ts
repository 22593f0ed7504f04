import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar, FenScalar } from '@pm/graphql';
import { ArrearsStage } from '../common/period';
import { CustomerRef } from '../customer/customer.stub';

enum ArrearsStageEnum {
  OVERDUE = 'OVERDUE',
  ARREARS = 'ARREARS',
  MEDIATION = 'MEDIATION',
  PUBLIC_LISTING = 'PUBLIC_LISTING',
  LEGAL = 'LEGAL',
}
registerEnumType(ArrearsStageEnum, {
  name: 'ArrearsStage',
  description:
    'R-BIL-7 (thresholds are policies): OVERDUE ≤ 1 month; MEDIATION > 1 and ≤ 2 months; PUBLIC_LISTING > 2 months; LEGAL ≥ 3 months; ARREARS only when policies leave a gap.',
});

@ObjectType({ description: 'One customer’s overdue amount and ageing (R-BIL-7).' })
export class ArrearsRow {
  @Field(() => CustomerRef)
  customer!: CustomerRef;
  @Field(() => FenScalar)
  overdueFen!: number;
  @Field(() => Int, { description: 'Complete months since the oldest unpaid due date.' })
  months!: number;
  @Field(() => ArrearsStageEnum)
  stage!: ArrearsStage;
  @Field(() => DateScalar)
  oldestDueDate!: string;
}
