import {
  Arg,
  Args,
  Authorized,
  Ctx,
  Field,
  Float,
  ID,
  InputType,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  registerEnumType,
} from 'type-graphql';
import { StaffRole } from '@pm/contracts';
import { GraphQLContext, connectionOf, requirePrincipal } from '@pm/graphql';
import { MeterKind, MeterService } from './meter.service';
import { PageArgsInput } from '../bill/bill.resolver';

export enum MeterKindEnum {
  WATER = 'WATER',
  ELECTRICITY = 'ELECTRICITY',
  GAS = 'GAS',
}
registerEnumType(MeterKindEnum, { name: 'MeterKind' });

@ObjectType({
  description: 'A meter reading (抄表, R-BIL-2); consumption is the difference to the previous reading.',
})
export class MeterReading {
  @Field(() => ID)
  id!: string;
  @Field(() => ID)
  unitId!: string;
  @Field(() => MeterKindEnum)
  meter!: MeterKind;
  @Field(() => Float)
  reading!: number;
  @Field()
  readAt!: Date;
  @Field(() => Float, { nullable: true })
  consumption!: number | null;
  @Field({ description: 'ACCEPTED, or PENDING_CONFIRMATION for an outlier (> 5× the median consumption).' })
  status!: string;
  @Field({ description: 'MANUAL, or HANDOVER (from occupancy.started).' })
  source!: string;
  @Field(() => String, { nullable: true, description: 'Keycloak user id of the reader.' })
  readerId!: string | null;
  @Field({ description: 'True when the reading waits for confirmation before it is billed.' })
  needsConfirmation!: boolean;
}

export const MeterReadingConnection = connectionOf(MeterReading);

@InputType()
export class MeterReadingInput {
  @Field(() => ID)
  unitId!: string;
  @Field(() => MeterKindEnum)
  meter!: MeterKind;
  @Field(() => Float)
  reading!: number;
  @Field()
  readAt!: Date;
}

const view = (r: any): MeterReading => ({ ...r, needsConfirmation: r.status === 'PENDING_CONFIRMATION' });

@Resolver(() => MeterReading)
export class MeterResolver {
  constructor(private meters: MeterService) {}

  @Authorized(StaffRole.TECHNICIAN, StaffRole.FINANCE)
  @Mutation(() => MeterReading, {
    description: 'A reading lower than the last one is refused (VALIDATION_FAILED).',
  })
  async recordMeterReading(@Arg('input') input: MeterReadingInput, @Ctx() ctx: GraphQLContext) {
    return view(await this.meters.record(requirePrincipal(ctx), input));
  }

  @Authorized(StaffRole.FINANCE, StaffRole.SITE_MANAGER, StaffRole.ENGINEERING_SUPERVISOR)
  @Mutation(() => MeterReading)
  async confirmMeterReading(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    return view(await this.meters.confirm(requirePrincipal(ctx), id));
  }

  @Authorized(StaffRole.TECHNICIAN, StaffRole.FINANCE, StaffRole.SITE_MANAGER, StaffRole.HQ)
  @Query(() => MeterReadingConnection)
  async meterReadings(
    @Arg('unitId', () => ID) unitId: string,
    @Arg('meter', () => MeterKindEnum, { nullable: true }) meter: MeterKind | null,
    @Args() page: PageArgsInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    const c = await this.meters.list(requirePrincipal(ctx), unitId, meter, page);
    return { ...c, edges: c.edges.map((e) => ({ ...e, node: view(e.node) })) };
  }
}
