import { Migration } from '@mikro-orm/migrations';

// One person per counter. Counters that two sessions share today keep the one signed in last.
export class Migration20261202031600 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`delete from "counter_session" s using "counter_session" newer where newer."counter_id" = s."counter_id" and (newer."signed_in_at", newer."id") > (s."signed_in_at", s."id");`);
    this.addSql(`alter table "counter_session" add constraint "counter_session_counter_id_unique" unique ("counter_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "counter_session" drop constraint "counter_session_counter_id_unique";`);
  }
}
