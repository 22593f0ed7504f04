import { Entity, Index, Property as Column } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { TenantEntity } from '@pm/db';

@ObjectType({
  description:
    'R-CUS-9: a company’s letter template (发函模板); {customerName} {unit} {date} {propertyName} are filled per delivery.',
})
@Entity({ tableName: 'letter_templates' })
@Index({ name: 'letter_templates_tenant_id_idx', properties: ['tenantId'] })
export class LetterTemplate extends TenantEntity<'updatedAt'> {
  @Field(() => ID, { description: 'Stable id of the template.' })
  declare id: string;

  @Field({ description: 'Name staff pick the template by.' })
  @Column({ type: 'text' })
  name!: string;

  @Field({ description: 'LETTER or RECTIFICATION (整改通知, used for fire-safety findings).' })
  @Column({ type: 'text' })
  kind!: string;

  @Field({ description: 'Title, with placeholders.' })
  @Column({ type: 'text' })
  title!: string;

  @Field({ description: 'Text, with placeholders.' })
  @Column({ type: 'text' })
  body!: string;

  @Field({ description: 'When it was last changed (UTC).' })
  @Column({ type: 'timestamptz', defaultRaw: 'now()' })
  updatedAt: Date = new Date();
}
