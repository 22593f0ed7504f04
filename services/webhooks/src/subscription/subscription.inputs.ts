import { Field, ID, InputType } from 'type-graphql';
import { WebhookEventType } from '../event/event.catalog';

@InputType({ description: 'A new webhook subscription.' })
export class CreateWebhookSubscriptionInput {
  @Field({
    description:
      'The http(s) URL to POST deliveries to; every address its host resolves to must be public (R-WHK-3), else URL_NOT_ALLOWED.',
  })
  url!: string;

  @Field(() => [WebhookEventType], { description: 'The event types to receive (at least one).' })
  events!: WebhookEventType[];

  @Field(() => [ID], {
    nullable: true,
    description:
      'Only events of these properties (at most 100); omitted or empty = every property, also ones added later.',
  })
  propertyIds?: string[] | null;

  @Field(() => String, { nullable: true, description: 'What it is for (at most 200 characters).' })
  description?: string | null;
}
