import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { StaffRole } from '@pm/contracts';
import { GraphQLContext, requirePrincipal } from '@pm/graphql';
import { CUSTOMER_STAFF } from '../customer/customer.resolver';
import {
  Archive,
  ArchiveCompletenessCheck,
  ArchiveDisposition,
  ArchiveDocument,
  ArchiveLoan,
  DEFAULT_TERM,
} from './archive.entity';
import { ArchiveDispositionInput, ArchiveLoanInput, AttachArchiveDocumentInput } from './archive.inputs';
import { ArchiveSection, LoanTerm, effectiveLoanStatus, missingSections } from './archive.rules';
import { ArchiveService } from './archive.service';
import { ArchiveCompleteness, ArchiveLoanStatus } from './archive.types';
import { Clock } from '@pm/time';

const APPROVERS = [StaffRole.SITE_MANAGER, StaffRole.CS_SUPERVISOR];

@Resolver(() => Archive)
export class ArchiveResolver {
  constructor(private archives: ArchiveService) {}

  /** Loaded with the archive (the read that was logged), in index order. */
  @FieldResolver(() => [ArchiveDocument], {
    description: "The archive's documents (metadata only; archiveDocumentContent reads one).",
  })
  documents(@Root() a: Archive): ArchiveDocument[] {
    return a.documents.getItems();
  }

  @FieldResolver(() => [ArchiveSection], { description: 'Required index items still missing (R-ARC-4).' })
  missingSections(@Root() a: Archive): ArchiveSection[] {
    return missingSections(a.documents.getItems().map((d) => d.section));
  }

  @Authorized()
  @Query(() => Archive, {
    description:
      'R-ARC-2: confidential; managers or holders of an approved loan; every read is logged with its purpose.',
  })
  archive(
    @Arg('customerId', () => ID, { description: 'The customer whose archive is read.' })
    customerId: string,
    @Arg('purpose', {
      description: 'Why the archive is read (1–500 characters); written to the access log.',
    })
    purpose: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.archives.read(requirePrincipal(ctx), customerId, purpose);
  }

  @Authorized()
  @Query(() => String, { description: 'The document bytes, base64; logged like a read (R-ARC-2).' })
  archiveDocumentContent(
    @Arg('documentId', () => ID, { description: 'Id of the archive document.' }) id: string,
    @Arg('purpose', {
      description: 'Why the document is read (1–500 characters); written to the access log.',
    })
    purpose: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.archives.documentContent(requirePrincipal(ctx), id, purpose);
  }

  @Authorized(...CUSTOMER_STAFF)
  @Mutation(() => ArchiveDocument, {
    description: "Adds a document to a customer's archive (see R-ARC-1 in docs/domain-rules.md).",
  })
  attachArchiveDocument(
    @Arg('input', { description: 'The customer, section and file.' })
    input: AttachArchiveDocumentInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.archives.attach(requirePrincipal(ctx), input);
  }

  @Authorized()
  @Mutation(() => ArchiveLoan, {
    description: 'R-ARC-2, R-ARC-3: any staff member asks; a manager approves.',
  })
  requestArchiveLoan(
    @Arg('input', { description: 'The customer, purpose and days.' })
    input: ArchiveLoanInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.archives.requestLoan(requirePrincipal(ctx), input);
  }

  @Authorized(...APPROVERS)
  @Mutation(() => ArchiveLoan, {
    description:
      'A department manager approves a loan; the due time is set from now (see R-ARC-2 in docs/domain-rules.md).',
  })
  approveArchiveLoan(
    @Arg('id', () => ID, { description: 'Id of the loan.' }) id: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.archives.decide(requirePrincipal(ctx), id, true);
  }

  @Authorized(...APPROVERS)
  @Mutation(() => ArchiveLoan, { description: 'A department manager refuses a loan.' })
  rejectArchiveLoan(
    @Arg('id', () => ID, { description: 'Id of the loan.' }) id: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.archives.decide(requirePrincipal(ctx), id, false);
  }

  @Authorized()
  @Mutation(() => ArchiveLoan, {
    description: 'Records that a borrowed archive came back.',
  })
  returnArchiveLoan(
    @Arg('id', () => ID, { description: 'Id of the loan.' }) id: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.archives.returnLoan(requirePrincipal(ctx), id);
  }

  @Authorized(...APPROVERS)
  @Mutation(() => ArchiveLoan, { description: 'R-ARC-3: extends a current loan before it expires.' })
  renewArchiveLoan(
    @Arg('id', () => ID, { description: 'Id of the loan.' }) id: string,
    @Arg('days', () => Int, {
      description: 'Days added; the whole loan stays within the policy maximum.',
    })
    days: number,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.archives.renew(requirePrincipal(ctx), id, days);
  }

  @Authorized(...APPROVERS, StaffRole.PROPERTY_ASSISTANT, StaffRole.HQ)
  @Query(() => [ArchiveLoan], { description: 'R-ARC-3: loans past their due time.' })
  overdueArchiveLoans(
    @Arg('propertyId', () => ID, {
      description: 'Only loans of this property; every visible property when absent.',
      nullable: true,
    })
    propertyId: string | undefined,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.archives.overdue(requirePrincipal(ctx), propertyId);
  }

  @Authorized(...CUSTOMER_STAFF)
  @Mutation(() => ArchiveDisposition, {
    description: 'R-ARC-4: transfer or destruction, pending a manager’s approval.',
  })
  requestArchiveDisposition(
    @Arg('input', { description: 'The customer, transfer or destruction, and why.' })
    input: ArchiveDispositionInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.archives.requestDisposition(requirePrincipal(ctx), input);
  }

  @Authorized(...APPROVERS)
  @Mutation(() => ArchiveDisposition, {
    description:
      'A manager approves a transfer or destruction; it is carried out and recorded (see R-ARC-4 in docs/domain-rules.md).',
  })
  approveArchiveDisposition(
    @Arg('id', () => ID, { description: 'Id of the disposition.' }) id: string,
    @Arg('handoverSignedBy', () => String, {
      description: 'For a transfer: who signed the hand-over record.',
      nullable: true,
    })
    signedBy: string | undefined,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.archives.approveDisposition(requirePrincipal(ctx), id, signedBy);
  }

  @Authorized(...APPROVERS, StaffRole.PROPERTY_ASSISTANT, StaffRole.HQ)
  @Query(() => ArchiveCompleteness, {
    description:
      "Completeness check of a property's archives now: which required sections are missing per customer (see R-ARC-4 in docs/domain-rules.md).",
  })
  archiveCompleteness(
    @Arg('propertyId', () => ID, { description: 'The property.' }) propertyId: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.archives.completeness(requirePrincipal(ctx), propertyId);
  }

  @Authorized(...APPROVERS, StaffRole.PROPERTY_ASSISTANT, StaffRole.HQ)
  @Query(() => [ArchiveCompletenessCheck], {
    description:
      "The monthly completeness checks of a property's archives run on the policy's day, latest month first (R-ARC-4).",
  })
  archiveCompletenessChecks(
    @Arg('propertyId', () => ID, { description: 'The property.' }) propertyId: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.archives.completenessChecks(requirePrincipal(ctx), propertyId);
  }
}

/** What a loan shows besides its columns: overdue once past due, whether swept yet or not; no term as null. */
@Resolver(() => ArchiveLoan)
export class ArchiveLoanFields {
  constructor(private clock: Clock) {}

  @FieldResolver(() => ArchiveLoanStatus, { description: 'Where the loan stands.' })
  status(@Root() l: ArchiveLoan): string {
    return effectiveLoanStatus(l.status, l.dueAt ?? null, this.clock.now());
  }

  @FieldResolver(() => LoanTerm, {
    description: 'Short or long loan; null for an older loan without term.',
    nullable: true,
  })
  term(@Root() l: ArchiveLoan): LoanTerm | null {
    return l.term === DEFAULT_TERM ? null : l.term;
  }
}
