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
  valuesConfig: {
    OVERDUE: { description: 'Past due, up to 1 month.' },
    ARREARS: { description: 'In arrears: more than 1 month.' },
    MEDIATION: {
      description: 'More than 1 and up to 2 months: leadership mediates.',
    },
    PUBLIC_LISTING: {
      description: 'More than 2 months: listed publicly at the entrances.',
    },
    LEGAL: { description: '3 months or more: court action may be filed.' },
  },
  name: 'ArrearsStage',
  description:
    'R-BIL-7 (thresholds are policies): OVERDUE ≤ 1 month; MEDIATION > 1 and ≤ 2 months; PUBLIC_LISTING > 2 months; LEGAL ≥ 3 months; ARREARS only when policies leave a gap.',
});

@ObjectType({ description: 'One customer’s overdue amount and ageing (R-BIL-7).' })
export class ArrearsRow {
  @Field(() => CustomerRef, { description: 'The customer in arrears.' })
  customer!: CustomerRef;
  @Field(() => FenScalar, { description: 'Overdue amount, in fen.' })
  overdueFen!: number;
  @Field(() => Int, { description: 'Complete months since the oldest unpaid due date.' })
  months!: number;
  @Field(() => ArrearsStageEnum, { description: 'Ageing stage as of the date.' })
  stage!: ArrearsStage;
  @Field(() => DateScalar, {
    description: 'Due date of the oldest unpaid bill (YYYY-MM-DD).',
  })
  oldestDueDate!: string;
}
