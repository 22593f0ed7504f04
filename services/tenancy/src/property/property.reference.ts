import { GraphQLContext, loaderFor, requirePrincipal } from '@pm/graphql';
import { PropertyService } from './property.service';

export function resolvePropertyReference(ref: { id: string }, ctx: GraphQLContext) {
  const principal = requirePrincipal(ctx);
  return loaderFor(ctx, 'Property', (ids) =>
    ctx.db.tx((em) => PropertyService.byIds(em, ids), principal),
  ).load(ref.id);
}
