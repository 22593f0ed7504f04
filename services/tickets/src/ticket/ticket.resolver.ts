import DataLoader from 'dataloader';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { StaffRole } from '@pm/contracts';
import { GraphQLContext, PageArgsInput, connectionOf, loaderFor, requirePrincipal } from '@pm/graphql';
import { SlaDeadline, Ticket, TicketEvent } from './ticket.entity';
import { TicketFilter } from './ticket.inputs';
import { CLOSE_ROLES, DISPATCH_ROLES, FIELD_ROLES, INTAKE_ROLES } from './ticket.roles';
import { TicketService } from './ticket.service';
import {
  CheckMaterialInput,
  QuoteInput,
  RefuseTicketInput,
  ReportRepairInput,
} from '../repair/repair.inputs';
import { RepairService } from '../repair/repair.service';
import { CompleteTicketInput } from '../handling/handling.inputs';
import { HandlingService } from '../handling/handling.service';
import { FileComplaintInput } from '../complaint/complaint.inputs';
import { ComplaintService } from '../complaint/complaint.service';
import { RequestHelpInput } from '../help/help.inputs';
import { HelpService } from '../help/help.service';
import { ReportPatrolFindingInput } from '../patrol/patrol.inputs';
import { PatrolService } from '../patrol/patrol.service';
import { VisitTask } from '../visit/visit.entity';
import { VisitService } from '../visit/visit.service';

export const TicketConnection = connectionOf(Ticket);

const R = StaffRole;
/** One request-scoped loader per one-to-many field: one query for all tickets of a response. */
function groupLoader<T>(
  ctx: GraphQLContext,
  key: string,
  load: (ids: readonly string[]) => Promise<T[]>,
  by: (row: T) => string,
) {
  let l = ctx.loaders.get(key) as unknown as DataLoader<string, T[]> | undefined;
  if (!l) {
    l = new DataLoader<string, T[]>(async (ids) => {
      const rows = await load(ids);
      return ids.map((id) => rows.filter((r) => by(r) === id));
    });
    ctx.loaders.set(key, l as never);
  }
  return l;
}

/**
 * Every operation on tickets, each one line into the service of its seam. One class on purpose:
 * type-graphql lists the operations in the order their resolver methods are declared, so the
 * committed schema.graphql keeps its order.
 */
@Resolver(() => Ticket)
export class TicketResolver {
  constructor(
    private reads: TicketService,
    private repairs: RepairService,
    private handling: HandlingService,
    private complaints: ComplaintService,
    private help: HelpService,
    private patrols: PatrolService,
  ) {}

  @Authorized(...INTAKE_ROLES)
  @Mutation(() => Ticket, { description: 'R-TKT-1..7: a repair order with its deadlines.' })
  reportRepair(
    @Arg('input', {
      description: 'The repair: property, unit, customer, priority, item and times.',
    })
    input: ReportRepairInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.repairs.reportRepair(requirePrincipal(ctx), input);
  }

  @Authorized(...INTAKE_ROLES)
  @Mutation(() => Ticket, {
    description:
      'R-TKT-8: classified to a department; a duplicate of an open complaint of the same customer and category returns that one.',
  })
  fileComplaint(
    @Arg('input', { description: 'The complaint and its intake.' })
    input: FileComplaintInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.complaints.fileComplaint(requirePrincipal(ctx), input);
  }

  @Authorized(...INTAKE_ROLES, R.SECURITY)
  @Mutation(() => Ticket, { description: 'R-TKT-9.' })
  requestHelp(
    @Arg('input', { description: 'The help request.' }) input: RequestHelpInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.help.requestHelp(requirePrincipal(ctx), input);
  }

  @Authorized(R.SECURITY, R.TECHNICIAN, R.ENGINEERING_SUPERVISOR, R.PROPERTY_ASSISTANT, R.SITE_MANAGER)
  @Mutation(() => Ticket, {
    description: 'R-TKT-10: a patrol finding becomes a ticket (fault 2 h, door 1 h to engineering).',
  })
  reportPatrolFinding(
    @Arg('input', { description: 'The finding.' }) input: ReportPatrolFindingInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.patrols.reportFinding(requirePrincipal(ctx), input);
  }

  @Authorized(...DISPATCH_ROLES)
  @Mutation(() => Ticket, { description: 'Assigns a staff member working on the ticket’s property.' })
  dispatchTicket(
    @Arg('id', () => ID, { description: 'Id of the ticket.' }) id: string,
    @Arg('assigneeId', () => ID, {
      description: 'Staff member to dispatch to; must work on the property.',
    })
    assigneeId: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.handling.dispatch(requirePrincipal(ctx), id, assigneeId);
  }

  @Authorized(...INTAKE_ROLES, ...DISPATCH_ROLES, R.SECURITY)
  @Mutation(() => Ticket, { description: 'First answer to the customer (R-KPI-1, R-TKT-9).' })
  respondTicket(
    @Arg('id', () => ID, { description: 'Id of the ticket.' }) id: string,
    @Arg('note', () => String, {
      description: 'What the customer was told (optional).',
      nullable: true,
    })
    note: string | undefined,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.handling.respond(requirePrincipal(ctx), id, note);
  }

  @Authorized(...INTAKE_ROLES, ...DISPATCH_ROLES, R.SECURITY)
  @Mutation(() => Ticket, {
    description:
      'Escalates a ticket to leadership, e.g. a help request staff cannot answer (see R-TKT-8, R-TKT-9 in docs/domain-rules.md).',
  })
  escalateTicket(
    @Arg('id', () => ID, { description: 'Id of the ticket.' }) id: string,
    @Arg('note', () => String, { description: 'Why (optional).', nullable: true })
    note: string | undefined,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.handling.escalate(requirePrincipal(ctx), id, note);
  }

  @Authorized(...CLOSE_ROLES)
  @Mutation(() => Ticket, {
    description: 'On site; refused with VALIDATION_FAILED while a quote awaits acceptance.',
  })
  arriveTicket(
    @Arg('id', () => ID, { description: 'Id of the ticket.' }) id: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.handling.arrive(requirePrincipal(ctx), id);
  }

  @Authorized(R.ENGINEERING_SUPERVISOR)
  @Mutation(() => Ticket, { description: 'R-TKT-3.' })
  quoteTicket(
    @Arg('id', () => ID, { description: 'Id of the ticket.' }) id: string,
    @Arg('input', { description: 'The assessment: feasibility and price.' })
    input: QuoteInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.repairs.quote(requirePrincipal(ctx), id, input);
  }

  @Authorized(...INTAKE_ROLES, ...FIELD_ROLES)
  @Mutation(() => Ticket, { description: 'Records the customer’s acceptance of the quoted price (R-TKT-3).' })
  acceptQuote(
    @Arg('id', () => ID, { description: 'Id of the ticket.' }) id: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.repairs.acceptQuote(requirePrincipal(ctx), id);
  }

  @Authorized(...FIELD_ROLES)
  @Mutation(() => Ticket, { description: 'R-TKT-4: on-site correction of the item.' })
  correctTicketItem(
    @Arg('id', () => ID, { description: 'Id of the ticket.' }) id: string,
    @Arg('priceItemCode', { description: 'The price-list item actually needed.' })
    code: string,
    @Arg('note', () => String, {
      description: 'Why it was corrected (optional).',
      nullable: true,
    })
    note: string | undefined,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.repairs.correctItem(requirePrincipal(ctx), id, code, note);
  }

  @Authorized(...FIELD_ROLES)
  @Mutation(() => Ticket, { description: 'R-TKT-4: customer-supplied material.' })
  checkMaterial(
    @Arg('id', () => ID, { description: 'Id of the ticket.' }) id: string,
    @Arg('input', { description: 'The result of the check.' }) input: CheckMaterialInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.repairs.checkMaterial(requirePrincipal(ctx), id, input.result, input.note);
  }

  @Authorized(...FIELD_ROLES)
  @Mutation(() => Ticket, { description: 'R-TKT-4: the customer refuses; reason and signatures.' })
  refuseTicket(
    @Arg('id', () => ID, { description: 'Id of the ticket.' }) id: string,
    @Arg('input', { description: 'Reason and signatures.' }) input: RefuseTicketInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.repairs.refuse(requirePrincipal(ctx), id, input);
  }

  @Authorized(...CLOSE_ROLES)
  @Mutation(() => Ticket, {
    description:
      'R-TKT-5: charges at price-list prices go to billing in ticket.completed; nobody here takes money.',
  })
  completeTicket(
    @Arg('id', () => ID, { description: 'Id of the ticket.' }) id: string,
    @Arg('input', { description: "Charges, the customer's signature and a note." })
    input: CompleteTicketInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.handling.complete(requirePrincipal(ctx), id, input);
  }

  @Authorized(R.CS_SUPERVISOR, R.SITE_MANAGER)
  @Mutation(() => Ticket, { description: 'R-TKT-8: duplicates become MERGED into the target.' })
  mergeTickets(
    @Arg('targetId', () => ID, { description: 'The ticket they are merged into.' })
    targetId: string,
    @Arg('sourceIds', () => [ID], {
      description: 'Duplicates to merge (not the target).',
    })
    sourceIds: string[],
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.complaints.merge(requirePrincipal(ctx), targetId, sourceIds);
  }

  @Authorized()
  @Query(() => Ticket, { nullable: true, description: 'Null for other tenants’ and other sites’ tickets.' })
  ticket(@Arg('id', () => ID, { description: 'Id of the ticket.' }) id: string, @Ctx() ctx: GraphQLContext) {
    return this.reads.get(requirePrincipal(ctx), id);
  }

  @Authorized()
  @Query(() => TicketConnection, {
    description: 'Tickets the caller may see (property scope; technicians their own), oldest first.',
  })
  tickets(
    @Arg('filter', () => TicketFilter, {
      description: 'Narrows the list; absent fields do not filter.',
      nullable: true,
    })
    filter: TicketFilter | undefined,
    @Args() page: PageArgsInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.reads.list(requirePrincipal(ctx), filter ?? {}, page);
  }

  @Authorized(...FIELD_ROLES, ...DISPATCH_ROLES)
  @Query(() => TicketConnection, {
    description:
      'The engineering work queue: open, dispatched and on-site repairs the caller may see, the pending SLA deadline that runs out first on top (none last), ties by id.',
  })
  repairQueue(
    @Arg('propertyId', () => ID, { description: 'Only repairs of this property.', nullable: true })
    propertyId: string | undefined,
    @Arg('assigneeId', () => ID, {
      description: 'Only repairs dispatched to this staff member.',
      nullable: true,
    })
    assigneeId: string | undefined,
    @Args() page: PageArgsInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.reads.repairQueue(requirePrincipal(ctx), { propertyId, assigneeId }, page);
  }

  @FieldResolver(() => [TicketEvent], { description: 'R-TKT-11: every state change with actor and time.' })
  timeline(@Root() t: Ticket, @Ctx() ctx: GraphQLContext) {
    const p = requirePrincipal(ctx);
    return groupLoader(
      ctx,
      'Ticket.timeline',
      (ids) => ctx.db.tx((em) => TicketService.timelines(em, ids), p),
      (e: TicketEvent) => e.ticketId,
    ).load(t.id);
  }

  @FieldResolver(() => [SlaDeadline], {
    description: 'Every deadline the ticket is measured against, with its state.',
  })
  slaDeadlines(@Root() t: Ticket, @Ctx() ctx: GraphQLContext) {
    const p = requirePrincipal(ctx);
    return groupLoader(
      ctx,
      'Ticket.sla',
      (ids) => ctx.db.tx((em) => TicketService.deadlines(em, ids), p),
      (d: SlaDeadline) => d.ticketId,
    ).load(t.id);
  }

  @FieldResolver(() => VisitTask, {
    nullable: true,
    description: 'The follow-up visit task once closed (R-VIS-*).',
  })
  visitTask(@Root() t: Ticket, @Ctx() ctx: GraphQLContext) {
    const p = requirePrincipal(ctx);
    return groupLoader(
      ctx,
      'Ticket.visit',
      (ids) => ctx.db.tx((em) => VisitService.tasks(em, ids), p),
      (v: VisitTask) => v.ticketId,
    )
      .load(t.id)
      .then((rows) => rows[0] ?? null);
  }
}

export function resolveTicketReference(ref: { id: string }, ctx: GraphQLContext) {
  const principal = requirePrincipal(ctx);
  return loaderFor(ctx, 'Ticket', (ids) => ctx.db.tx((em) => TicketService.byIds(em, ids), principal)).load(
    ref.id,
  );
}
