import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'A draft letter or notice.	函件或通知草稿。' })
export class CreateNoticeInput {
  @Field(() => ID, { description: 'The property.	物业项目。' })
  propertyId!: string;

  @Field(() => String, { nullable: true, description: 'LETTER (default) or RECTIFICATION.' })
  kind?: string | null;

  @Field({ description: 'Title (1–200 characters).	标题（1–200 个字符）。' })
  title!: string;

  @Field({ description: 'Text from the template.' })
  body!: string;
}

@InputType({
  description:
    'A care message to every customer of a property (see R-CUS-3 in docs/domain-rules.md).	发给项目全体客户的关怀消息（见 docs/domain-rules.md 中的 R-CUS-3）。',
})
export class CareNoticeInput {
  @Field(() => ID, { description: 'The property.	物业项目。' })
  propertyId!: string;

  @Field({ description: 'HOLIDAY or WEATHER.' })
  kind!: string;

  @Field({ description: 'Title (1–200 characters).	标题（1–200 个字符）。' })
  title!: string;

  @Field({ description: 'Text of the message.	消息正文。' })
  body!: string;

  @Field(() => Date, { nullable: true, description: 'When to send; now if absent.' })
  sendAt?: Date | null;
}
