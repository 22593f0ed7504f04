import { Migration } from '@mikro-orm/migrations';
import { APP_ROLE, tenantTableSql } from '@pm/db';

/** Answers of the annual satisfaction survey, projected from customers (R-KPI-3). */
export class Migration20261208050001 extends Migration {
  override async up(): Promise<void> {
    const sql = [
      `create table tkt_survey_answers (
        id uuid primary key,
        tenant_id uuid not null,
        property_id uuid not null,
        campaign_id uuid not null,
        year int not null,
        score_sum int not null,
        score_count int not null constraint tkt_survey_answers_score_count_check check (score_count > 0),
        answered_at timestamptz not null,
        created_at timestamptz not null default now()
      );`,
      `create index tkt_survey_answers_year_idx on tkt_survey_answers (tenant_id, property_id, year);`,
      ...tenantTableSql('tkt_survey_answers', APP_ROLE),
    ];
    for (const s of sql) this.addSql(s);
  }
}
