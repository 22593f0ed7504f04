import { Migration } from '@mikro-orm/migrations';
import { APP_ROLE, tenantTableSql } from '@pm/db';

/** Annual satisfaction survey campaigns, their samples and answers (R-CUS-13, R-KPI-3). */
export class Migration20261207190003 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table survey_campaigns (
      id uuid primary key,
      tenant_id uuid not null,
      property_id uuid not null,
      year int not null,
      questions jsonb not null,
      population int not null,
      drawn_at timestamptz not null,
      created_at timestamptz not null default now(),
      unique (tenant_id, property_id, year)
    );`);
    for (const s of tenantTableSql('survey_campaigns', APP_ROLE)) this.addSql(s);
    this.addSql(`create table survey_responses (
      id uuid primary key,
      tenant_id uuid not null,
      campaign_id uuid not null references survey_campaigns (id),
      property_id uuid not null,
      customer_id uuid not null references customers (id),
      scores jsonb,
      answered_at timestamptz,
      created_at timestamptz not null default now(),
      unique (campaign_id, customer_id)
    );`);
    for (const s of tenantTableSql('survey_responses', APP_ROLE)) this.addSql(s);
  }
}
