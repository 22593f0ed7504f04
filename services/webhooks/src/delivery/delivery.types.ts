import { Field, Int, ObjectType } from 'type-graphql';
import { connectionOf } from '@pm/graphql';
import { WebhookDelivery } from './delivery.entity';

export const WebhookDeliveryConnection = connectionOf(WebhookDelivery);

@ObjectType({ description: 'What a replay queued.' })
export class WebhookReplay {
  @Field(() => Int, { description: 'Deliveries queued to be sent again (or for the first time).' })
  queued!: number;

  @Field({ description: `More events matched than one replay takes; replay again from nextFrom.` })
  hasMore!: boolean;

  @Field(() => Date, { nullable: true, description: 'Where the next replay starts when hasMore.' })
  nextFrom!: Date | null;
}
