import { Migration } from '@mikro-orm/migrations';
import { organisationFunction, tenantTables, type TenantTable } from './Migration20261204120000';

const job = tenantTables.find((spec) => spec.table === 'job')!;
const deliverWebhook = `when 'deliverWebhook' then (select "organisation_id" from "webhook_delivery" where "id" = case when r."key" ~ '^[0-9]{1,18}$' then (r."key")::bigint end)`;

/** The job table's tenant spec with webhook deliveries: a delivery's job is its organisation's, as a message's is. */
export const jobWithWebhooks: TenantTable = {
  ...job,
  // A function for the replacement: the statement's "$'" would mean something to a replacement string.
  fallbacks: job.fallbacks!.map((source) => source.replace(/\n(\s*)end$/, (_end, indent: string) => `\n${indent}  ${deliverWebhook}\n${indent}end`)),
};

// Migration20261205090000 made the tenant functions again from Migration20261204120000's table,
// which does not know webhook deliveries (Migration20261204190000 added them): the job's is made
// again with them. A later rebuild of the tenant functions takes `jobWithWebhooks` for the job.
export class Migration20261205110000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`drop function "job_organisation"("job");`);
    this.addSql(organisationFunction(jobWithWebhooks, 'bigint'));
  }

  override async down(): Promise<void> {
    this.addSql(`drop function "job_organisation"("job");`);
    this.addSql(organisationFunction(job, 'bigint'));
  }
}
