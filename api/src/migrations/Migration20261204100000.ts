import { Migration } from '@mikro-orm/migrations';

// Staff sign-in with an organisation's OpenID Connect provider (issue 17, item 5). Runs after the
// tenancy migration (Migration20261204090000), whose organisation, department, role and
// role_assignment tables these refer to.
export class Migration20261204100000 extends Migration {
  override async up(): Promise<void> {
    // As in the tenancy migration, rows point to a tenant's rows by (id, organisation_id): a
    // mapping, identity or session of one organisation can never name another's role, office or account.
    this.addSql(`create table "identity_provider" (
      "id" bigserial primary key,
      "organisation_id" int not null references "organisation" ("id") on update cascade on delete cascade,
      "display_name" text not null,
      "issuer" text not null,
      "client_id" text not null,
      "client_secret" text null,
      "scopes" text[] not null,
      "groups_claim" text not null default 'groups',
      "updated_at" timestamptz not null,
      constraint "identity_provider_organisation_id_unique" unique ("organisation_id"),
      constraint "identity_provider_id_organisation_id_unique" unique ("id", "organisation_id"));`);
    this.addSql(`create table "identity_provider_mapping" (
      "id" bigserial primary key,
      "organisation_id" int not null,
      "identity_provider_id" bigint not null,
      "claim_value" text not null,
      "role_id" bigint not null,
      "department_id" int null,
      "office_id" int null,
      "position" int not null,
      constraint "identity_provider_mapping_one_scope" check ("department_id" is null or "office_id" is null),
      constraint "identity_provider_mapping_provider_foreign" foreign key ("identity_provider_id", "organisation_id") references "identity_provider" ("id", "organisation_id") on update cascade on delete cascade,
      constraint "identity_provider_mapping_role_foreign" foreign key ("role_id", "organisation_id") references "role" ("id", "organisation_id") on update cascade on delete cascade,
      constraint "identity_provider_mapping_department_foreign" foreign key ("department_id", "organisation_id") references "department" ("id", "organisation_id") on update cascade on delete cascade,
      constraint "identity_provider_mapping_office_foreign" foreign key ("office_id", "organisation_id") references "office" ("id", "organisation_id") on update cascade on delete cascade,
      constraint "identity_provider_mapping_unique" unique nulls not distinct ("identity_provider_id", "claim_value", "role_id", "department_id", "office_id"));`);
    this.addSql(`create index "identity_provider_mapping_role_id_index" on "identity_provider_mapping" ("role_id");`);
    this.addSql(`create index "identity_provider_mapping_department_id_index" on "identity_provider_mapping" ("department_id");`);
    this.addSql(`create index "identity_provider_mapping_office_id_index" on "identity_provider_mapping" ("office_id");`);
    // Pending sign-ins live in the database: the callback may reach another API process.
    this.addSql(`create table "oidc_pending_login" (
      "state_digest" text primary key,
      "organisation_id" int not null,
      "identity_provider_id" bigint not null,
      "browser_digest" text not null,
      "nonce" text not null,
      "code_verifier" text not null,
      "return_path" text not null,
      "expires_at" timestamptz not null,
      constraint "oidc_pending_login_provider_foreign" foreign key ("identity_provider_id", "organisation_id") references "identity_provider" ("id", "organisation_id") on update cascade on delete cascade);`);
    this.addSql(`create index "oidc_pending_login_expires_at_index" on "oidc_pending_login" ("expires_at");`);
    this.addSql(`create index "oidc_pending_login_identity_provider_id_index" on "oidc_pending_login" ("identity_provider_id");`);
    this.addSql(`create table "external_identity" (
      "id" bigserial primary key,
      "organisation_id" int not null,
      "account_id" int not null,
      "identity_provider_id" bigint not null,
      "subject" text not null,
      "created_at" timestamptz not null,
      "last_sign_in_at" timestamptz not null,
      constraint "external_identity_account_foreign" foreign key ("account_id", "organisation_id") references "staff_account" ("id", "organisation_id") on update cascade on delete cascade,
      constraint "external_identity_provider_foreign" foreign key ("identity_provider_id", "organisation_id") references "identity_provider" ("id", "organisation_id") on update cascade on delete cascade,
      constraint "external_identity_identity_provider_id_subject_unique" unique ("identity_provider_id", "subject"));`);
    this.addSql(`create index "external_identity_account_id_index" on "external_identity" ("account_id");`);
    // Deleted with its session, whoever ends it (logout, a new password, a disabled account).
    this.addSql(`create table "oidc_session" (
      "token_digest" text primary key references "staff_session" ("token_digest") on update cascade on delete cascade,
      "organisation_id" int not null,
      "identity_provider_id" bigint not null,
      "id_token" text not null,
      constraint "oidc_session_provider_foreign" foreign key ("identity_provider_id", "organisation_id") references "identity_provider" ("id", "organisation_id") on update cascade on delete cascade);`);
    this.addSql(`create index "oidc_session_identity_provider_id_index" on "oidc_session" ("identity_provider_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "oidc_session";`);
    this.addSql(`drop table if exists "external_identity";`);
    this.addSql(`drop table if exists "oidc_pending_login";`);
    this.addSql(`drop table if exists "identity_provider_mapping";`);
    this.addSql(`drop table if exists "identity_provider";`);
  }
}
