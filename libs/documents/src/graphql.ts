import { Directive, Field, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum DocumentLanguage {
  ZH_CN = 'ZH_CN',
  EN = 'EN',
}
registerEnumType(DocumentLanguage, {
  valuesConfig: {
    ZH_CN: { description: 'Simplified Chinese (简体中文), the default.' },
    EN: { description: 'English.' },
  },
  name: 'DocumentLanguage',
  description: 'Language of a printed document: ZH_CN (简体中文, the default) or EN.',
});

/**
 * A rendered file behind a short-lived signed link. Several subgraphs return it with this one
 * shape, so federation is told it is shared.
 */
@Directive('@shareable')
@ObjectType('Document', {
  description:
    'A rendered file (a PDF, or an .xlsx register). `url` is a signed link on the gateway, valid until `expiresAt` (at most 10 minutes) and only for this company’s document; open it without a token.',
})
export class DocumentLink {
  @Field({ description: 'e.g. 交款通知书-3栋1203-2026-11.pdf' })
  fileName!: string;

  @Field({ description: 'application/pdf, or the .xlsx type for an exported register' })
  contentType!: string;

  @Field(() => Int, { description: 'Size of the file in bytes.' })
  byteSize!: number;

  @Field({
    description: 'GET it (no token needed) until expiresAt; expired, altered or foreign links answer 403.',
  })
  url!: string;

  @Field({ description: 'When the link stops working (UTC).' })
  expiresAt!: Date;
}
