import { Migration } from '@mikro-orm/migrations';
import { phoneKey } from '../domain/booking/phone-number';

// The back office (issue 18): staff find appointments by name, email and phone. The phone's one
// spelling is computed by the domain rule, for the rows of before as for new ones; the built-in
// roles that work with citizens get the new right to find and manage their appointments.
export class Migration20261204151800 extends Migration {
  override async up(): Promise<void> {
    await this.execute(`alter table "appointment" add column "contact_phone_key" text null;`);
    const phones = await this.execute(`select "id", "contact_phone" from "appointment" where "contact_phone" is not null;`);
    const keyed = phones.map((row) => ({ id: Number(row.id), key: phoneKey(String(row.contact_phone)) })).filter((row) => row.key !== null);
    if (keyed.length > 0) {
      await this.execute(`update "appointment" a set "contact_phone_key" = k."key" from unnest(?::int[], ?::text[]) as k("id", "key") where a."id" = k."id";`, [
        `{${keyed.map((row) => row.id).join(',')}}`,
        `{${keyed.map((row) => `"${row.key}"`).join(',')}}`,
      ]);
    }
    await this.execute(`create index "appointment_contact_phone_key_index" on "appointment" ("contact_phone_key");`);
    await this.execute(`create index "appointment_contact_email_search" on "appointment" (lower("contact_email") text_pattern_ops) where "contact_email" is not null;`);
    await this.execute(`create index "appointment_contact_name_search" on "appointment" using gin (search_normalize("contact_name") gin_trgm_ops) where "contact_name" is not null;`);
    await this.execute(`update "role" set "permissions" = array_append("permissions", 'manageAppointments') where "name" in ('counter', 'reception', 'lead', 'admin') and not ('manageAppointments' = any("permissions"));`);
  }

  override async down(): Promise<void> {
    this.addSql(`update "role" set "permissions" = array_remove("permissions", 'manageAppointments');`);
    this.addSql(`drop index "appointment_contact_phone_key_index";`);
    this.addSql(`drop index "appointment_contact_email_search";`);
    this.addSql(`drop index "appointment_contact_name_search";`);
    this.addSql(`alter table "appointment" drop column "contact_phone_key";`);
  }
}
