import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlArray } from '../../platform/sql';

/** An office as the hot paths read it (raw SQL, docs/adr/0001-raw-sql-on-hot-paths.md): one type for every reader. */
export interface OfficeRow {
  id: number;
  name: string;
  time_zone: string;
  version: number;
  opening_hours: { weekdays: number[]; open: string; close: string }[];
  address_street: string;
  address_house_number: string;
  address_postal_code: string;
  address_city: string;
  settings_reservation_minutes: number;
  settings_release_delay_minutes: number;
  settings_max_services_per_appointment: number;
  settings_max_persons_per_service: number;
  settings_double_opt_in: boolean;
  settings_no_show_limit: number;
  settings_ticket_first_number: number;
  settings_ticket_last_number: number;
  settings_ticket_daily_contingent: number;
  settings_ticket_prefix: string;
  settings_check_in_early_minutes: number;
  settings_check_in_late_minutes: number;
  settings_max_calls: number;
  settings_contact_retention_days: number;
  settings_holiday_region: string;
  settings_wait_alert_minutes: number;
  settings_remote_tickets: boolean;
}

/** The office, unlocked (its row is locked last, by the version bump, as every writer does). */
export async function loadOffice(em: EntityManager, officeId: number): Promise<OfficeRow | null> {
  const [office] = await em.execute<OfficeRow[]>('select * from office where id = ?', [officeId]);
  return office ?? null;
}

/** The offices in id order; unknown ids are left out. */
export async function loadOffices(em: EntityManager, officeIds: number[]): Promise<OfficeRow[]> {
  return em.execute<OfficeRow[]>('select * from office where id = any(?::bigint[]) order by id', [sqlArray(officeIds)]);
}
