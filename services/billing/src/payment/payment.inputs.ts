import { FenScalar } from '@pm/graphql';
import { Field, ID, InputType } from 'type-graphql';

@InputType({
  description:
    'A payment received by bank (see R-BIL-8 in docs/domain-rules.md).	银行到账的一笔收款（见 docs/domain-rules.md 中的 R-BIL-8）。',
})
export class RecordPaymentInput {
  @Field(() => ID, {
    description:
      "The bill paid; a surplus goes to the customer's older open bills, then credit.	缴纳的账单；多余部分先抵扣客户更早的未缴账单，再作为余额。",
  })
  billId!: string;
  @Field(() => FenScalar, {
    description: 'Amount received, in fen (greater than 0).	收款金额，单位：分（大于 0）。',
  })
  amountFen!: number;
  @Field({
    description: 'When the bank received it (ISO-8601 with offset).	银行到账时间（带时区偏移的 ISO-8601）。',
  })
  paidAt!: Date;
  @Field({
    description:
      'Your unique key for this payment (1–200 characters); a retry with the same key answers the same payment.	本次收款的唯一键（1–200 个字符）；用相同键重试返回同一收款记录。',
  })
  idempotencyKey!: string;
  @Field(() => String, {
    description: 'Bank transaction reference (optional).	银行流水号（可选）。',
    nullable: true,
  })
  bankReference?: string | null;
}
