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
    OVERDUE: { description: 'Past due, up to 1 month.	已逾期，不超过 1 个月。' },
    ARREARS: { description: 'In arrears: more than 1 month.	欠费：超过 1 个月。' },
    MEDIATION: {
      description:
        'More than 1 and up to 2 months: leadership mediates.	超过 1 个月且不超过 2 个月：由领导出面调解。',
    },
    PUBLIC_LISTING: {
      description: 'More than 2 months: listed publicly at the entrances.	超过 2 个月：在出入口公示。',
    },
    LEGAL: { description: '3 months or more: court action may be filed.	3 个月及以上：可提起诉讼。' },
  },
  name: 'ArrearsStage',
  description:
    'R-BIL-7 (thresholds are policies): OVERDUE ≤ 1 month; MEDIATION > 1 and ≤ 2 months; PUBLIC_LISTING > 2 months; LEGAL ≥ 3 months; ARREARS only when policies leave a gap.',
});

@ObjectType({ description: 'One customer’s overdue amount and ageing (R-BIL-7).' })
export class ArrearsRow {
  @Field(() => CustomerRef, { description: 'The customer in arrears.	欠费客户。' })
  customer!: CustomerRef;
  @Field(() => FenScalar, { description: 'Overdue amount, in fen.	逾期金额，单位：分。' })
  overdueFen!: number;
  @Field(() => Int, { description: 'Complete months since the oldest unpaid due date.' })
  months!: number;
  @Field(() => ArrearsStageEnum, { description: 'Ageing stage as of the date.	截至该日的账龄阶段。' })
  stage!: ArrearsStage;
  @Field(() => DateScalar, {
    description: 'Due date of the oldest unpaid bill (YYYY-MM-DD).	最早未缴账单的截止日（YYYY-MM-DD）。',
  })
  oldestDueDate!: string;
}
