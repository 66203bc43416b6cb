import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { Permission } from '../../domain/accounts/principal';
import {
  emptyBookingForm,
  formProblems,
  labelsOf,
  type BookingFieldDefinition,
  type BookingFieldKind,
  type BookingFieldOption,
  type BookingFormDefinition,
  type CheckedDetails,
  type Labels,
  type RemarksMode,
  type StoredFieldValue,
} from '../../domain/booking/custom-fields';
import { InvalidInput, NotFound } from '../../platform/graphql/errors';
import { authorizeAnywhere, type RequestContext } from '../../platform/request-context';
import { sqlArray } from '../../platform/sql';
import { inTransaction } from '../../platform/transaction';
import { audit } from '../audit/audit';
import { managedOffice } from '../catalog/managed-office';
import { bumpOfficeVersion } from '../catalog/office-version';
import { BookingField, BookingFormSettings } from './custom-fields.entity';
import { BookingFieldOptionView, BookingFieldValueView, BookingFieldView, BookingForm, type UpdateBookingFormInput } from './custom-fields.types';

interface FieldRow {
  id: number | string;
  office_id: number;
  key: string;
  kind: BookingFieldKind;
  required: boolean;
  labels: Labels;
  options: BookingFieldOption[];
  max_length: number | null;
}

function definitionOf(row: FieldRow): BookingFieldDefinition {
  return { id: Number(row.id), key: row.key, kind: row.kind, required: row.required, labels: row.labels, options: row.options, maxLength: row.max_length };
}

/** An office's form as the booking rule reads it: its fields in order, retired ones left out. */
export async function loadBookingForm(em: EntityManager, officeId: number): Promise<BookingFormDefinition> {
  const fields = await em.execute<FieldRow[]>('select * from booking_field where office_id = ? and retired_at is null order by position', [officeId]);
  const [settings] = await em.execute<{ remarks: RemarksMode; remarks_max_length: number }[]>('select remarks, remarks_max_length from booking_form where office_id = ?', [officeId]);
  return { fields: fields.map(definitionOf), remarks: settings?.remarks ?? emptyBookingForm.remarks, remarksMaxLength: settings?.remarks_max_length ?? emptyBookingForm.remarksMaxLength };
}

/** Keeps what a booking answered, in the transaction that confirms it; nothing when it answered nothing. */
export async function writeBookingDetails(em: EntityManager, appointmentId: number, details: Extract<CheckedDetails, { values: StoredFieldValue[] }>): Promise<void> {
  if (details.values.length === 0 && details.remarks === null) return;
  await em.execute(
    `insert into appointment_detail (appointment_id, organisation_id, remarks, field_values)
     select id, organisation_id, ?, ?::jsonb from appointment where id = ?
     on conflict (appointment_id) do update set remarks = excluded.remarks, field_values = excluded.field_values`,
    [details.remarks, JSON.stringify(details.values), appointmentId],
  );
}

function fieldView(field: BookingFieldDefinition): BookingFieldView {
  return Object.assign(new BookingFieldView(), {
    id: String(field.id),
    key: field.key,
    kind: field.kind,
    required: field.required,
    labels: field.labels,
    options: field.options.map((option) => Object.assign(new BookingFieldOptionView(), option)),
    maxLength: field.maxLength,
  });
}

function formView(officeId: number, form: BookingFormDefinition): BookingForm {
  return Object.assign(new BookingForm(), { officeId, fields: form.fields.map(fieldView), remarks: form.remarks, remarksMaxLength: form.remarksMaxLength });
}

/** What an appointment was booked with beyond the contact data. */
export interface BookingDetails {
  remarks: string | null;
  fields: BookingFieldValueView[];
}

const noDetails: BookingDetails = { remarks: null, fields: [] };

/** Reads the answers of many appointments at once: one query for their rows, one for the fields they name. */
async function readDetails(em: EntityManager, appointmentIds: readonly number[]): Promise<BookingDetails[]> {
  const rows = await em.execute<{ appointment_id: number; remarks: string | null; field_values: StoredFieldValue[] }[]>('select appointment_id, remarks, field_values from appointment_detail where appointment_id = any(?::bigint[])', [
    sqlArray([...appointmentIds]),
  ]);
  const fieldIds = [...new Set(rows.flatMap((row) => row.field_values.map((value) => value.fieldId)))];
  const fields = fieldIds.length === 0 ? [] : await em.execute<FieldRow[]>('select * from booking_field where id = any(?::bigint[])', [sqlArray(fieldIds)]);
  const byId = new Map(fields.map((field) => [Number(field.id), definitionOf(field)]));
  const byAppointment = new Map(
    rows.map((row) => [
      row.appointment_id,
      {
        remarks: row.remarks,
        fields: row.field_values.flatMap(({ fieldId, value }) => {
          const field = byId.get(fieldId);
          if (!field) return [];
          const option = field.options.find((candidate) => candidate.value === value);
          return [Object.assign(new BookingFieldValueView(), { fieldId, key: field.key, kind: field.kind, value, labels: field.labels, optionLabels: option?.labels ?? null })];
        }),
      },
    ]),
  );
  return appointmentIds.map((id) => byAppointment.get(id) ?? noDetails);
}

/**
 * The booking form of each office: what it asks for beyond the contact data (extra fields and
 * remarks), its office admins' to define, everyone's to read; and the answers of appointments.
 */
export class BookingFormService {
  /** Answers of appointments, batched per request (one query for a whole day plan or queue). */
  private readonly details = new WeakMap<RequestContext, DataLoader<number, BookingDetails>>();

  async bookingForm(ctx: RequestContext, officeId: number): Promise<BookingForm> {
    return formView(officeId, await loadBookingForm(ctx.em, officeId));
  }

  /** The answers an appointment was booked with; whoever may read the appointment may read them. */
  async detailsOf(ctx: RequestContext, appointmentId: number): Promise<BookingDetails> {
    let loader = this.details.get(ctx);
    if (!loader) {
      loader = new DataLoader((ids: readonly number[]) => readDetails(ctx.em, ids));
      this.details.set(ctx, loader);
    }
    return loader.load(appointmentId);
  }

  /**
   * Replaces an office's form (its office admins: manageOffice). Fields are matched by key: one
   * saved again keeps its id, and with it the answers given to it; one left out is retired, not
   * deleted, so that answers already given keep their labels.
   */
  async updateBookingForm(ctx: RequestContext, input: UpdateBookingFormInput): Promise<BookingForm | NotFound | InvalidInput> {
    authorizeAnywhere(ctx, Permission.manageOffice);
    return inTransaction(ctx.em, async (em) => {
      const office = await managedOffice(em, ctx, input.officeId);
      if (office instanceof NotFound) return office;
      const problems = formProblems(input);
      if (problems.length > 0) return new InvalidInput(problems);
      // The office's row first: saves of one office's form wait for each other, and keys never race.
      await bumpOfficeVersion(em, office.id);
      const now = ctx.clock.now();
      const existing = new Map((await em.find(BookingField, { office })).map((field) => [field.key, field]));
      for (const [position, draft] of input.fields.entries()) {
        const field = existing.get(draft.key) ?? em.create(BookingField, { organisation: office.organisation, office, key: draft.key } as BookingField);
        Object.assign(field, {
          kind: draft.kind,
          required: draft.required,
          labels: labelsOf(draft.labels),
          options: (draft.options ?? []).map((option) => ({ value: option.value.trim(), labels: labelsOf(option.labels) })),
          maxLength: draft.maxLength ?? null,
          position,
          retiredAt: null,
        });
        existing.delete(draft.key);
      }
      for (const field of existing.values()) field.retiredAt ??= now;
      const settings = (await em.findOne(BookingFormSettings, { office })) ?? em.create(BookingFormSettings, { office, organisation: office.organisation } as BookingFormSettings);
      Object.assign(settings, { remarks: input.remarks, remarksMaxLength: input.remarksMaxLength ?? emptyBookingForm.remarksMaxLength });
      await em.flush();
      await audit(em, ctx, 'updateBookingForm', office.id, { fields: input.fields.map((field) => field.key), remarks: input.remarks });
      return formView(office.id, await loadBookingForm(em, office.id));
    });
  }
}
