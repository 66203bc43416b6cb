import { ArrayType, BigIntType, Entity, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Office } from '../catalog/office.entity';
import { Organisation } from '../catalog/organisation.entity';

/**
 * An organisation's or an office's own wording of one message in one language: plain text with
 * placeholders, checked when saved. Without an office it is the organisation's default for all of
 * its offices; an office's own wins over it, and either over the built-in texts.
 */
@Entity({ tableName: 'message_template' })
@Unique({ name: 'message_template_scope_unique', expression: 'create unique index "message_template_scope_unique" on "message_template" ("organisation_id", coalesce("office_id", 0), "kind", "language")' })
@Index({ properties: ['office'] })
export class MessageTemplate {
  @PrimaryKey({ type: new BigIntType('number'), autoincrement: true })
  id!: number;

  @ManyToOne(() => Organisation, { deleteRule: 'cascade' })
  organisation!: Organisation;

  /** Null: the organisation's default. Its organisation is the row's (a foreign key on the pair). */
  @ManyToOne(() => Office, { deleteRule: 'cascade', nullable: true })
  office: Office | null = null;

  /** Which message (a TemplateKind). */
  @Property({ type: 'text' })
  kind!: string;

  @Property({ type: 'text' })
  language!: string;

  @Property({ type: 'text' })
  subject!: string;

  @Property({ type: 'text' })
  body!: string;

  @Property({ type: 'Date', columnType: 'timestamptz' })
  updatedAt!: Date;
}

/** What an office sets about its messages besides their texts; no row leaves every default. */
@Entity({ tableName: 'office_message_settings' })
export class OfficeMessageSettings {
  @PrimaryKey({ type: new BigIntType('number'), autoincrement: true })
  id!: number;

  @ManyToOne(() => Organisation, { deleteRule: 'cascade' })
  organisation!: Organisation;

  @ManyToOne(() => Office, { deleteRule: 'cascade', unique: true })
  office!: Office;

  /** Minutes before an appointment that reminders go out; null keeps REMINDER_OFFSETS_MINUTES. */
  @Property({ type: new ArrayType((minutes) => Number(minutes)), columnType: 'int[]', nullable: true })
  reminderOffsetsMinutes: number[] | null = null;

  /** Where the office gets a copy of each booking and cancellation; null sends none. */
  @Property({ type: 'text', nullable: true })
  copyEmail: string | null = null;

  /** The survey the citizen is asked to after a finished visit; null asks none. */
  @Property({ type: 'text', nullable: true })
  surveyUrl: string | null = null;

  @Property({ type: 'Date', columnType: 'timestamptz' })
  updatedAt!: Date;
}
