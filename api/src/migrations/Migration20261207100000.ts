import { Migration } from '@mikro-orm/migrations';
import { createTrigger, organisationFunction, triggerFunction, type TenantTable } from './Migration20261204120000';
import { jobWithWebhooks } from './Migration20261205110000';

const idOf = (text: string) => `case when ${text} ~ '^[0-9]{1,18}$' then (${text})::bigint end`;

/** The states in which a verified registration is still open: these count for the one-per-person rule. */
const openVerified = `status in ('registered', 'offered', 'rolledOver')`;

// Draws (issue 21, docs/draw.md): the draw, its registrations and the offers it makes. A draw
// names its offices (all of one organisation, checked as waitlist entries are); registrations and
// offers take the organisation from their draw, registration, office and hold.
const drawTables: TenantTable[] = [
  {
    table: 'draw',
    nullable: false,
    parents: [],
    watch: ['office_ids'],
    extra: `
      if jsonb_typeof(r."office_ids") = 'array' then
        select min(o."organisation_id"), max(o."organisation_id") into low, high from "office" o where o."id" in (select ${idOf('e.value')} from jsonb_array_elements_text(r."office_ids") e);
        if low <> high then raise exception using errcode = 'check_violation', table = 'draw', constraint = 'draw_organisation_matches', message = format('draw: its offices belong to organisations %s and %s', low, high); end if;
        derived := low;
      end if;`,
  },
  { table: 'draw_registration', nullable: false, parents: [{ column: 'draw_id', table: 'draw' }] },
  { table: 'draw_offer', nullable: false, parents: [{ column: 'draw_id', table: 'draw' }, { column: 'registration_id', table: 'draw_registration' }, { column: 'office_id', table: 'office' }, { column: 'hold_id', table: 'appointment' }, { column: 'appointment_id', table: 'appointment' }] },
];

const job = jobWithWebhooks;
const drawJobs = `when 'runDraw' then (select "organisation_id" from "draw" where "id" = ${idOf('r."key"')})
        when 'releaseDraw' then (select "organisation_id" from "draw" where "id" = ${idOf('r."key"')})`;

/** The job table's tenant spec with the draw's jobs (keyed by the draw's id). */
export const jobWithDraws: TenantTable = {
  ...job,
  fallbacks: job.fallbacks!.map((source) => source.replace(/\n(\s*)end$/, (_end, indent: string) => `\n${indent}  ${drawJobs}\n${indent}end`)),
};

export class Migration20261207100000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "draw" (
      "id" bigserial primary key,
      "organisation_id" bigint not null references "organisation" ("id") on update cascade on delete restrict,
      "service_id" bigint not null references "service" ("id") on update cascade on delete restrict,
      "office_ids" jsonb not null,
      "status" text not null default 'scheduled',
      "registration_opens_at" timestamptz not null,
      "registration_closes_at" timestamptz not null,
      "draw_at" timestamptz not null,
      "release_at" timestamptz not null,
      "slots_from" date not null,
      "slots_to" date not null,
      "offer_hold_hours" int not null default 24,
      "urgent_quota" int null,
      "sealed_seed" text not null,
      "seed" text null,
      "commitment" text not null,
      "entries" jsonb null,
      "offerable_slots" int null,
      "registration_count" int null,
      "statistics" jsonb null,
      "created_at" timestamptz not null,
      "drawn_at" timestamptz null,
      "released_at" timestamptz null,
      constraint "draw_window_order" check ("registration_opens_at" < "registration_closes_at" and "registration_closes_at" <= "draw_at" and "draw_at" <= "release_at"),
      constraint "draw_slot_dates" check ("slots_from" <= "slots_to"),
      constraint "draw_status" check ("status" in ('scheduled', 'open', 'drawn', 'released', 'cancelled'))
    );`);
    this.addSql(`create index "draw_service_id_draw_at_index" on "draw" ("service_id", "draw_at");`);
    this.addSql(`create table "draw_registration" (
      "id" bigserial primary key,
      "organisation_id" bigint not null references "organisation" ("id") on update cascade on delete restrict,
      "draw_id" bigint not null references "draw" ("id") on update cascade on delete cascade,
      "service_id" bigint not null references "service" ("id") on update cascade on delete restrict,
      "entry_digest" text not null unique,
      "office_ids" jsonb not null,
      "date_from" date not null,
      "date_to" date not null,
      "time_windows" jsonb not null default '[]',
      "persons" int not null default 1,
      "contact_name" text null,
      "contact_email" text null,
      "contact_phone" text null,
      "contact_language" text not null default 'de',
      "email_digest" text not null,
      "phone_digest" text null,
      "sms_code_digest" text null,
      "sms_attempts" int not null default 0,
      "channel" text not null,
      "roll_over" boolean not null default false,
      "urgent" boolean not null default false,
      "urgent_reason" text null,
      "status" text not null default 'unverified',
      "position" int null,
      "created_at" timestamptz not null,
      "verified_at" timestamptz null,
      constraint "draw_registration_dates" check ("date_from" <= "date_to"),
      constraint "draw_registration_persons" check ("persons" >= 1)
    );`);
    this.addSql(`create index "draw_registration_draw_id_status_index" on "draw_registration" ("draw_id", "status");`);
    this.addSql(`create unique index "draw_registration_draw_position" on "draw_registration" ("draw_id", "position") where "position" is not null;`);
    // One open registration per person and service (docs/draw.md): the later verification is refused by these.
    this.addSql(`create unique index "draw_registration_open_email" on "draw_registration" ("service_id", "email_digest") where ${openVerified};`);
    this.addSql(`create unique index "draw_registration_open_phone" on "draw_registration" ("service_id", "phone_digest") where "phone_digest" is not null and ${openVerified};`);
    this.addSql(`create table "draw_offer" (
      "id" bigserial primary key,
      "organisation_id" bigint not null references "organisation" ("id") on update cascade on delete restrict,
      "draw_id" bigint not null references "draw" ("id") on update cascade on delete cascade,
      "registration_id" bigint not null references "draw_registration" ("id") on update cascade on delete cascade,
      "hold_id" bigint null references "appointment" ("id") on update cascade on delete set null,
      "appointment_id" bigint null references "appointment" ("id") on update cascade on delete set null,
      "office_id" bigint not null references "office" ("id") on update cascade on delete cascade,
      "start_at" timestamptz not null,
      "hold_expires_at" timestamptz not null,
      "status" text not null default 'open',
      "created_at" timestamptz not null,
      constraint "draw_offer_status" check ("status" in ('open', 'taken', 'declined', 'lapsed'))
    );`);
    // No entry is matched twice: at most one offer of a registration is open or taken.
    this.addSql(`create unique index "draw_offer_one_per_registration" on "draw_offer" ("registration_id") where "status" in ('open', 'taken');`);
    this.addSql(`create index "draw_offer_hold_id_index" on "draw_offer" ("hold_id");`);
    this.addSql(`create index "draw_offer_draw_id_index" on "draw_offer" ("draw_id");`);
    this.addSql(`create index "draw_offer_status_hold_expires_at_index" on "draw_offer" ("status", "hold_expires_at");`);
    for (const spec of drawTables) {
      this.addSql(organisationFunction(spec, 'bigint'));
      this.addSql(triggerFunction(spec, 'bigint'));
      this.addSql(createTrigger(spec));
    }
    this.addSql(`drop function "job_organisation"("job");`);
    this.addSql(organisationFunction(jobWithDraws, 'bigint'));
  }

  override async down(): Promise<void> {
    this.addSql(`drop function "job_organisation"("job");`);
    this.addSql(organisationFunction(jobWithWebhooks, 'bigint'));
    for (const spec of [...drawTables].reverse()) {
      this.addSql(`drop table "${spec.table}" cascade;`);
      this.addSql(`drop function "${spec.table}_set_organisation"();`);
    }
  }
}
