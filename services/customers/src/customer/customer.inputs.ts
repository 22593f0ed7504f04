import { Field, ID, InputType } from 'type-graphql';
import { DateScalar } from '@pm/graphql';
import { CustomerKind, CustomerSegment } from './customer.types';

@InputType({ description: 'A person living with the customer.	与客户同住的人。' })
export class HouseholdMemberInput {
  @Field({ description: 'Full name.	姓名。' })
  name!: string;

  @Field({ description: 'Relation to the customer, e.g. spouse, child.	与客户的关系，例如配偶、子女。' })
  relation!: string;
}

@InputType({
  description:
    'A new customer of a property (see R-CUS-1 in docs/domain-rules.md).	物业项目的新客户（见 docs/domain-rules.md 中的 R-CUS-1）。',
})
export class RegisterCustomerInput {
  @Field(() => ID, { description: 'The property.	物业项目。' })
  propertyId!: string;

  @Field({ description: 'Full name or company name (1–200 characters).	姓名或单位名称（1–200 个字符）。' })
  name!: string;

  @Field({
    description: 'Phone number, e.g. 13812345678; stored encrypted.	电话号码，例如 13812345678；加密存储。',
  })
  phone!: string;

  @Field(() => CustomerKind, {
    description: 'Owner, lessee, occupant or external.	业主、租户、住户或外部客户。',
  })
  kind!: CustomerKind;

  @Field(() => String, { nullable: true, description: 'Resident ID (18 characters) or passport number.' })
  idNumber?: string | null;

  @Field(() => DateScalar, {
    description:
      'Birthday (YYYY-MM-DD), for birthday greetings (R-CUS-3).	生日（YYYY-MM-DD），用于生日问候（R-CUS-3）。',
    nullable: true,
  })
  birthday?: string | null;

  @Field(() => String, { description: 'E-mail address (optional).	电子邮箱（可选）。', nullable: true })
  email?: string | null;

  @Field(() => String, {
    description: 'Industry of a business customer (optional).	企业客户所属行业（可选）。',
    nullable: true,
  })
  industry?: string | null;

  @Field(() => [String], {
    description: 'Needs and preferences noted by staff.	员工记录的需求与偏好。',
    nullable: true,
  })
  preferences?: string[] | null;

  @Field(() => [HouseholdMemberInput], {
    description: 'People living with the customer.	与客户同住的人。',
    nullable: true,
  })
  householdMembers?: HouseholdMemberInput[] | null;
}

@InputType({
  description:
    'Filters of the customer list; every given field must match.	客户列表筛选条件；所填字段须全部匹配。',
})
export class CustomerFilter {
  @Field(() => ID, { description: 'Only customers of this property.	仅该项目的客户。', nullable: true })
  propertyId?: string | null;

  @Field(() => CustomerKind, { description: 'Only customers of this kind.	仅该类型的客户。', nullable: true })
  kind?: CustomerKind | null;

  @Field(() => CustomerSegment, {
    description: 'Only customers in this segment.	仅该分级的客户。',
    nullable: true,
  })
  segment?: CustomerSegment | null;

  @Field(() => String, { nullable: true, description: 'Part of the name.' })
  name?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The whole phone number as registered (spaces and dashes may be left out).',
  })
  phone?: string | null;

  @Field(() => ID, { nullable: true, description: 'Customers occupying the unit now (no end date).' })
  unitId?: string | null;
}
