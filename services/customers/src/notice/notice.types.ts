import { Field, ID, InputType, ObjectType } from 'type-graphql';

@ObjectType()
export class NoticeDelivery {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  customerId!: string;

  @Field()
  deliveredAt!: Date;

  @Field(() => String, { nullable: true })
  receiptSignedBy?: string | null;

  @Field(() => Date, { nullable: true })
  receiptSignedAt?: Date | null;
}

@ObjectType({ description: 'A letter or notice (R-CUS-9), greeting or reminder (R-CUS-3, R-CUS-4).' })
export class Notice {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  propertyId!: string;

  @Field({
    description:
      'LETTER, RECTIFICATION, CARE_BIRTHDAY, CARE_HOLIDAY, CARE_WEATHER, MOVE_IN_REMINDER, MOVE_IN_ESCALATION.',
  })
  kind!: string;

  @Field()
  title!: string;

  @Field()
  body!: string;

  @Field({ description: 'DRAFT, APPROVED or SENT.' })
  status!: string;

  @Field(() => String, { nullable: true })
  approvedBy?: string | null;

  @Field(() => Date, { nullable: true })
  sentAt?: Date | null;

  @Field(() => [NoticeDelivery])
  deliveries!: NoticeDelivery[];
}

@InputType()
export class CreateNoticeInput {
  @Field(() => ID)
  propertyId!: string;

  @Field(() => String, { nullable: true, description: 'LETTER (default) or RECTIFICATION.' })
  kind?: string | null;

  @Field()
  title!: string;

  @Field({ description: 'Text from the template.' })
  body!: string;
}

@InputType()
export class CareNoticeInput {
  @Field(() => ID)
  propertyId!: string;

  @Field({ description: 'HOLIDAY or WEATHER.' })
  kind!: string;

  @Field()
  title!: string;

  @Field()
  body!: string;

  @Field(() => Date, { nullable: true, description: 'When to send; now if absent.' })
  sendAt?: Date | null;
}
