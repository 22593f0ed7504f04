import { buildSubgraph } from '@pm/graphql';
import {
  AppealResolver,
  CheckResolver,
  PropertyRefResolver,
  StaffRefResolver,
  SuggestionResolver,
  resolveIdReference,
} from './check/check.resolver';
import { PropertyRef, StaffRef } from './check/check.types';

export function buildAppraisalSchema(instances?: object[]) {
  return buildSubgraph({
    resolvers: [CheckResolver, SuggestionResolver, AppealResolver, StaffRefResolver, PropertyRefResolver],
    orphanedTypes: [StaffRef, PropertyRef],
    references: { Staff: resolveIdReference, Property: resolveIdReference },
    instances,
  });
}
