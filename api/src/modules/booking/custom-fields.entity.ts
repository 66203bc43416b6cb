import { BigIntType, Entity, Enum, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { BookingFieldKind, RemarksMode, type BookingFieldOption, type Labels, type StoredFieldValue } from '../../domain/booking/custom-fields';
import { Office } from '../catalog/office.entity';
import { Organisation } from '../catalog/organisation.entity';
import { Appointment } from './appointment.entity';

/**
 * An extra field of an office's booking form. Booking owns the form (not the catalogue's office
 * settings): the rule that checks answers, the answers and the form change together.
 */
@Entity({ tableName: 'booking_field' })
@Unique({ properties: ['office', 'key'] })
export class BookingField {
  @PrimaryKey({ type: new BigIntType('number'), autoincrement: true })
  id!: number;

  @ManyToOne(() => Organisation, { deleteRule: 'restrict' })
  organisation!: Organisation;

  @ManyToOne(() => Office, { deleteRule: 'cascade' })
  office!: Office;

  /** How callers name the field when they answer it; stays when the labels change. */
  @Property({ type: 'text' })
  key!: string;

  @Enum({ items: () => BookingFieldKind, nativeEnumName: 'booking_field_kind' })
  kind!: BookingFieldKind;

  @Property({ type: 'boolean' })
  required!: boolean;

  @Property({ type: 'json' })
  labels!: Labels;

  @Property({ type: 'json' })
  options: BookingFieldOption[] = [];

  @Property({ type: 'integer', nullable: true })
  maxLength: number | null = null;

  @Property({ type: 'integer' })
  position!: number;

  /** Set when the field left the form: answers given to it keep their labels. */
  @Property({ type: 'Date', columnType: 'timestamptz', nullable: true })
  retiredAt: Date | null = null;
}

/** An office's remarks setting; an office without a row takes no remarks. */
@Entity({ tableName: 'booking_form' })
export class BookingFormSettings {
  @ManyToOne(() => Office, { primary: true, deleteRule: 'cascade' })
  office!: Office;

  @ManyToOne(() => Organisation, { deleteRule: 'restrict' })
  organisation!: Organisation;

  @Enum({ items: () => RemarksMode, nativeEnumName: 'remarks_mode' })
  remarks!: RemarksMode;

  @Property({ type: 'integer' })
  remarksMaxLength!: number;
}

/**
 * What the citizen booked with beyond the contact data: remarks and the answers to the form.
 * Personal data: erased with the contact data; an appointment keeps it through every move.
 */
@Entity({ tableName: 'appointment_detail' })
export class AppointmentDetail {
  @ManyToOne(() => Appointment, { primary: true, deleteRule: 'cascade' })
  appointment!: Appointment;

  @ManyToOne(() => Organisation, { deleteRule: 'restrict' })
  organisation!: Organisation;

  @Property({ type: 'text', nullable: true })
  remarks: string | null = null;

  @Property({ type: 'json' })
  fieldValues: StoredFieldValue[] = [];
}
