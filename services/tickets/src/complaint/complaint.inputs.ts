import { Field, InputType } from 'type-graphql';
import { ComplaintCategory, Severity } from '../ticket/ticket.enums';
import { TicketIntakeInput } from '../ticket/ticket.inputs';

@InputType({
  description:
    'R-TKT-8 intake: listen, ask, repeat, record clearly (what, where, who, when, expectation), report.',
})
export class FileComplaintInput extends TicketIntakeInput {
  @Field(() => ComplaintCategory, {
    description: 'What the complaint is about; decides the department.	投诉类别；决定派往的部门。',
  })
  category!: ComplaintCategory;
  @Field({ description: 'The complaint (1–2000 characters).	投诉内容（1–2000 个字符）。' })
  description!: string;
  @Field(() => Severity, { nullable: true, description: 'MAJOR escalates to leadership at once.' })
  severity?: Severity;
  @Field(() => String, { description: 'What happened.	发生了什么。', nullable: true })
  what?: string;
  @Field(() => String, { description: 'Where.	地点。', nullable: true })
  where?: string;
  @Field(() => String, { description: 'Who is involved.	涉及的人。', nullable: true })
  who?: string;
  @Field(() => String, { description: 'When it happened, as told.	发生时间（按客户所述）。', nullable: true })
  when?: string;
  @Field(() => String, { description: 'What the customer expects.	客户的期望。', nullable: true })
  expectation?: string;
  @Field(() => Boolean, { nullable: true, description: 'Anonymous complaints get no follow-up visit.' })
  anonymous?: boolean;
  @Field(() => Date, {
    description: 'When the customer called; default now.	客户来电时间；默认为当前时间。',
    nullable: true,
  })
  calledAt?: Date;
}
