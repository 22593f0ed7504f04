import { Field, ID, InputType } from 'type-graphql';

@InputType({
  description:
    'A letter template: placeholders {customerName} {unit} {date} {propertyName}, and {finding} in a RECTIFICATION one.',
})
export class LetterTemplateInput {
  @Field({ description: 'Name staff pick the template by.' })
  name!: string;

  @Field({ description: 'LETTER or RECTIFICATION.' })
  kind!: string;

  @Field({ description: 'Title (1–200 characters), with placeholders.' })
  title!: string;

  @Field({ description: 'Text, with placeholders.' })
  body!: string;
}

@InputType({ description: 'R-CUS-9: a draft letter of a property from a company template.' })
export class NoticeFromTemplateInput {
  @Field(() => ID, { description: 'The template.' })
  templateId!: string;

  @Field(() => ID, { description: 'The property the letter is from.' })
  propertyId!: string;
}
