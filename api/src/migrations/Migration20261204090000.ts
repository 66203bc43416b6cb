import { Migration } from '@mikro-orm/migrations';

// Tenancy: organisation → department → office, roles an organisation defines and gives at a
// scope, and appointment numbers counted per organisation. An existing installation's data moves
// into the new model: its organisation(s) get a slug and one department each holding all their
// offices, office groups join the organisation of their offices, office roles become the built-in
// roles "counter" (staff) and "admin" (office admins) at the same office.
//
// Pairs (id, organisation_id) are unique on every table a tenant's rows point to, and those rows
// point by both columns: a department, role, account or office of one organisation can never be
// linked to another's.
export class Migration20261204090000 extends Migration {
  override async up(): Promise<void> {
    // Office groups with no organisation to join exist only on a database without offices.
    this.addSql(`insert into "organisation" ("name") select 'Land Berlin' where not exists (select 1 from "organisation") and exists (select 1 from "office_group");`);

    this.addSql(`alter table "organisation" add column "slug" text null;`);
    this.addSql(`update "organisation" set "slug" = coalesce(nullif(trim(both '-' from regexp_replace(lower("name"), '[^a-z0-9]+', '-', 'g')), ''), 'organisation') || case when (select count(*) from "organisation" o2 where o2."id" < "organisation"."id" and trim(both '-' from regexp_replace(lower(o2."name"), '[^a-z0-9]+', '-', 'g')) = trim(both '-' from regexp_replace(lower("organisation"."name"), '[^a-z0-9]+', '-', 'g'))) > 0 then '-' || "id" else '' end;`);
    this.addSql(`alter table "organisation" alter column "slug" set not null;`);
    this.addSql(`alter table "organisation" add constraint "organisation_slug_unique" unique ("slug");`);

    this.addSql(`create table "organisation_host" ("host" text not null primary key, "organisation_id" int not null references "organisation" ("id") on update cascade on delete cascade);`);
    this.addSql(`create index "organisation_host_organisation_id_index" on "organisation_host" ("organisation_id");`);

    this.addSql(`create table "department" ("id" serial primary key, "organisation_id" int not null references "organisation" ("id") on update cascade on delete restrict, "name" text not null, constraint "department_organisation_id_name_unique" unique ("organisation_id", "name"), constraint "department_id_organisation_id_unique" unique ("id", "organisation_id"));`);
    this.addSql(`insert into "department" ("organisation_id", "name") select "id", "name" from "organisation" order by "id";`);

    this.addSql(`alter table "office" add column "department_id" int null;`);
    this.addSql(`update "office" set "department_id" = d."id" from "department" d where d."organisation_id" = "office"."organisation_id";`);
    this.addSql(`alter table "office" alter column "department_id" set not null;`);
    this.addSql(`alter table "office" add constraint "office_id_organisation_id_unique" unique ("id", "organisation_id");`);
    this.addSql(`alter table "office" add constraint "office_department_id_organisation_id_foreign" foreign key ("department_id", "organisation_id") references "department" ("id", "organisation_id") on update cascade on delete restrict;`);
    this.addSql(`create index "office_department_id_index" on "office" ("department_id");`);

    this.addSql(`alter table "office_group" add column "organisation_id" int null;`);
    this.addSql(`update "office_group" g set "organisation_id" = coalesce((select o."organisation_id" from "office_group_member" m join "office" o on o."id" = m."office_id" where m."office_group_id" = g."id" order by o."id" limit 1), (select min("id") from "organisation"));`);
    this.addSql(`alter table "office_group" alter column "organisation_id" set not null;`);
    this.addSql(`alter table "office_group" add constraint "office_group_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "office_group" drop constraint "office_group_name_unique";`);
    this.addSql(`alter table "office_group" add constraint "office_group_organisation_id_name_unique" unique ("organisation_id", "name");`);

    this.addSql(`create table "role" ("id" bigserial primary key, "organisation_id" int not null references "organisation" ("id") on update cascade on delete cascade, "name" text not null, "permissions" text[] not null, constraint "role_organisation_id_name_unique" unique ("organisation_id", "name"), constraint "role_id_organisation_id_unique" unique ("id", "organisation_id"));`);
    // The built-in roles as this release defines them (api/src/domain/accounts/principal.ts).
    this.addSql(`insert into "role" ("organisation_id", "name", "permissions")
      select o."id", r."name", r."permissions" from "organisation" o cross join (values
        ('counter', array['bookOnSite','workQueue','issueTicket','checkIn','viewCalls','viewOfficeAdministration']),
        ('reception', array['bookOnSite','issueTicket','checkIn','viewCalls']),
        ('lead', array['bookOnSite','workQueue','issueTicket','checkIn','viewCalls','viewOfficeAdministration','manageCapacity','viewStatistics','viewAuditLog']),
        ('admin', array['bookOnSite','viewOfficeAdministration','manageOffice','manageCapacity','manageStaff','manageDevices','viewStatistics','viewAuditLog','manageApiKeys','manageOrganisation','workQueue','issueTicket','checkIn','viewCalls'])
      ) as r("name", "permissions") order by o."id";`);

    // Platform admins belong to no organisation; everyone else to the one their roles are in.
    this.addSql(`alter table "staff_account" add column "organisation_id" int null references "organisation" ("id") on update cascade on delete restrict;`);
    this.addSql(`update "staff_account" a set "organisation_id" = coalesce((select o."organisation_id" from "office_membership" m join "office" o on o."id" = m."office_id" where m."account_id" = a."id" order by m."id" limit 1), (select min("id") from "organisation")) where not a."is_admin";`);
    this.addSql(`alter table "staff_account" drop constraint "staff_account_username_unique";`);
    this.addSql(`alter table "staff_account" add constraint "staff_account_organisation_id_username_unique" unique nulls not distinct ("organisation_id", "username");`);
    this.addSql(`alter table "staff_account" add constraint "staff_account_id_organisation_id_unique" unique ("id", "organisation_id");`);

    this.addSql(`create table "role_assignment" ("id" bigserial primary key, "organisation_id" int not null, "account_id" int not null, "role_id" bigint not null, "department_id" int null, "office_id" int null, "source" text not null default 'local',
      constraint "role_assignment_one_scope" check ("department_id" is null or "office_id" is null),
      constraint "role_assignment_account_foreign" foreign key ("account_id", "organisation_id") references "staff_account" ("id", "organisation_id") on update cascade on delete cascade,
      constraint "role_assignment_role_foreign" foreign key ("role_id", "organisation_id") references "role" ("id", "organisation_id") on update cascade on delete cascade,
      constraint "role_assignment_department_foreign" foreign key ("department_id", "organisation_id") references "department" ("id", "organisation_id") on update cascade on delete cascade,
      constraint "role_assignment_office_foreign" foreign key ("office_id", "organisation_id") references "office" ("id", "organisation_id") on update cascade on delete cascade,
      constraint "role_assignment_unique" unique nulls not distinct ("account_id", "role_id", "department_id", "office_id", "source"));`);
    this.addSql(`create index "role_assignment_role_id_index" on "role_assignment" ("role_id");`);
    this.addSql(`create index "role_assignment_office_id_index" on "role_assignment" ("office_id");`);
    this.addSql(`create index "role_assignment_department_id_index" on "role_assignment" ("department_id");`);
    this.addSql(`insert into "role_assignment" ("organisation_id", "account_id", "role_id", "office_id")
      select o."organisation_id", m."account_id", r."id", m."office_id"
        from "office_membership" m
        join "office" o on o."id" = m."office_id"
        join "staff_account" a on a."id" = m."account_id" and a."organisation_id" = o."organisation_id"
        join "role" r on r."organisation_id" = o."organisation_id" and r."name" = case m."role" when 'officeAdmin' then 'admin' else 'counter' end
       order by m."id";`);
    this.addSql(`drop table "office_membership";`);
    this.addSql(`drop type "office_role";`);

    // A key belongs to an organisation: the 115 of one city books only there.
    this.addSql(`alter table "api_key" add column "organisation_id" int null references "organisation" ("id") on update cascade on delete cascade;`);
    this.addSql(`update "api_key" set "organisation_id" = (select min("id") from "organisation");`);
    this.addSql(`delete from "api_key" where "organisation_id" is null;`);
    this.addSql(`alter table "api_key" alter column "organisation_id" set not null;`);
    this.addSql(`create index "api_key_organisation_id_index" on "api_key" ("organisation_id");`);

    // Numbers are counted per organisation, from a sequence of its own: short, and never a lock
    // that every booking of the organisation waits for.
    this.addSql(`alter table "appointment" add column "organisation_id" int null;`);
    this.addSql(`update "appointment" a set "organisation_id" = o."organisation_id" from "office" o where o."id" = a."office_id";`);
    this.addSql(`alter table "appointment" alter column "organisation_id" set not null;`);
    this.addSql(`alter table "appointment" add constraint "appointment_office_id_organisation_id_foreign" foreign key ("office_id", "organisation_id") references "office" ("id", "organisation_id") on update cascade on delete restrict;`);
    this.addSql(`alter table "appointment" drop constraint "appointment_number_unique";`);
    this.addSql(`alter table "appointment" add constraint "appointment_organisation_id_number_unique" unique ("organisation_id", "number");`);
    this.addSql(`alter table "appointment" alter column "number" drop default;`);
    this.addSql(`do $$
      declare organisation record;
      begin
        for organisation in select "id" from "organisation" loop
          execute format('create sequence "appointment_number_%s" start 100001', organisation."id");
          perform setval(format('appointment_number_%s', organisation."id"), greatest(100000, coalesce((select max("number") from "appointment" where "organisation_id" = organisation."id"), 100000)));
        end loop;
      end $$;`);
    this.addSql(`drop sequence "appointment_number_seq";`);
  }

  override async down(): Promise<void> {
    this.addSql(`create sequence "appointment_number_seq" start 100001;`);
    this.addSql(`select setval('appointment_number_seq', greatest(100000, coalesce((select max("number") from "appointment"), 100000)));`);
    this.addSql(`do $$ declare organisation record; begin for organisation in select "id" from "organisation" loop execute format('drop sequence if exists "appointment_number_%s"', organisation."id"); end loop; end $$;`);
    this.addSql(`alter table "appointment" alter column "number" set default nextval('appointment_number_seq');`);
    this.addSql(`alter table "appointment" drop constraint "appointment_organisation_id_number_unique";`);
    this.addSql(`alter table "appointment" add constraint "appointment_number_unique" unique ("number");`);
    this.addSql(`alter table "appointment" drop constraint "appointment_office_id_organisation_id_foreign";`);
    this.addSql(`alter table "appointment" drop column "organisation_id";`);
    this.addSql(`alter table "api_key" drop column "organisation_id";`);
    this.addSql(`create type "office_role" as enum ('staff', 'officeAdmin');`);
    this.addSql(`create table "office_membership" ("id" serial primary key, "account_id" int not null, "office_id" int not null, "role" "office_role" not null);`);
    this.addSql(`alter table "office_membership" add constraint "office_membership_account_id_office_id_unique" unique ("account_id", "office_id");`);
    this.addSql(`create index "office_membership_office_id_index" on "office_membership" ("office_id");`);
    this.addSql(`alter table "office_membership" add constraint "office_membership_account_id_foreign" foreign key ("account_id") references "staff_account" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "office_membership" add constraint "office_membership_office_id_foreign" foreign key ("office_id") references "office" ("id") on update cascade on delete cascade;`);
    this.addSql(`insert into "office_membership" ("account_id", "office_id", "role") select distinct on (a."account_id", a."office_id") a."account_id", a."office_id", (case when 'manageOffice' = any(r."permissions") then 'officeAdmin' else 'staff' end)::"office_role" from "role_assignment" a join "role" r on r."id" = a."role_id" where a."office_id" is not null order by a."account_id", a."office_id", ('manageOffice' = any(r."permissions")) desc;`);
    this.addSql(`drop table "role_assignment";`);
    this.addSql(`alter table "staff_account" drop constraint "staff_account_id_organisation_id_unique";`);
    this.addSql(`alter table "staff_account" drop constraint "staff_account_organisation_id_username_unique";`);
    this.addSql(`alter table "staff_account" add constraint "staff_account_username_unique" unique ("username");`);
    this.addSql(`alter table "staff_account" drop column "organisation_id";`);
    this.addSql(`drop table "role";`);
    this.addSql(`alter table "office_group" drop constraint "office_group_organisation_id_name_unique";`);
    this.addSql(`alter table "office_group" add constraint "office_group_name_unique" unique ("name");`);
    this.addSql(`alter table "office_group" drop column "organisation_id";`);
    this.addSql(`alter table "office" drop constraint "office_department_id_organisation_id_foreign";`);
    this.addSql(`alter table "office" drop constraint "office_id_organisation_id_unique";`);
    this.addSql(`alter table "office" drop column "department_id";`);
    this.addSql(`drop table "department";`);
    this.addSql(`drop table "organisation_host";`);
    this.addSql(`alter table "organisation" drop column "slug";`);
  }
}
