import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { StaffRole } from '@pm/contracts';
import { GraphQLContext, requirePrincipal } from '@pm/graphql';
import { PageArgsInput } from '../common/page';
import { MeterReading } from './meter.entity';
import { MeterReadingInput } from './meter.inputs';
import { MeterKind } from './meter.rules';
import { MeterService } from './meter.service';
import { MeterReadingConnection } from './meter.types';

@Resolver(() => MeterReading)
export class MeterResolver {
  constructor(private meters: MeterService) {}

  @Authorized(StaffRole.TECHNICIAN, StaffRole.FINANCE)
  @Mutation(() => MeterReading, {
    description: 'A reading lower than the last one is refused (VALIDATION_FAILED).',
  })
  recordMeterReading(
    @Arg('input', { description: 'The unit, meter, reading and time.' })
    input: MeterReadingInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.meters.record(requirePrincipal(ctx), input);
  }

  @Authorized(StaffRole.FINANCE, StaffRole.SITE_MANAGER, StaffRole.ENGINEERING_SUPERVISOR)
  @Mutation(() => MeterReading, {
    description: 'Confirms an outlier reading held as PENDING_CONFIRMATION so it is billed.',
  })
  confirmMeterReading(
    @Arg('id', () => ID, { description: 'Id of the reading.' }) id: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.meters.confirm(requirePrincipal(ctx), id);
  }

  @Authorized(StaffRole.TECHNICIAN, StaffRole.FINANCE, StaffRole.SITE_MANAGER, StaffRole.HQ)
  @Query(() => MeterReadingConnection, {
    description: "A unit's meter readings, oldest first.",
  })
  meterReadings(
    @Arg('unitId', () => ID, { description: 'The unit whose readings are listed.' })
    unitId: string,
    @Arg('meter', () => MeterKind, {
      description: 'Only this meter; all meters when absent.',
      nullable: true,
    })
    meter: MeterKind | null,
    @Args() page: PageArgsInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.meters.list(requirePrincipal(ctx), unitId, meter, page);
  }
}
