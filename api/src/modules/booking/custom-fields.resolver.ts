import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { labelIn } from '../../domain/booking/custom-fields';
import { MessageLanguage } from '../../platform/graphql/languages';
import type { RequestContext } from '../../platform/request-context';
import { Office } from '../catalog/office.entity';
import { AppointmentView } from './booking.types';
import type { BookingFormService } from './custom-fields.service';
import { BookingFieldOptionView, BookingFieldValueView, BookingFieldView, BookingForm, LocalizedText, localizedTexts, UpdateBookingFormInput, UpdateBookingFormResult } from './custom-fields.types';

const languageArg = { nullable: true, description: 'The language wanted; German when omitted or where the office gave no label in it.' } as const;

export function createBookingFormResolvers(forms: BookingFormService) {
  @Resolver()
  class BookingFormResolver {
    @Mutation(() => UpdateBookingFormResult, { description: "Replaces an office's booking form: its extra fields and its remarks field (its office admins: manageOffice)." })
    updateBookingForm(@Ctx() ctx: RequestContext, @Arg('input', () => UpdateBookingFormInput, { description: 'The office and its whole form.' }) input: UpdateBookingFormInput) {
      return forms.updateBookingForm(ctx, input);
    }
  }

  @Resolver(() => Office)
  class OfficeBookingFormResolver {
    @FieldResolver(() => BookingForm, { description: 'What a booking at this office gives beyond the contact data: extra fields and remarks, answered in confirmAppointment.' })
    bookingForm(@Root() office: Office, @Ctx() ctx: RequestContext) {
      return forms.bookingForm(ctx, office.id);
    }
  }

  @Resolver(() => BookingFieldView)
  class BookingFieldResolver {
    @FieldResolver(() => String, { description: 'What the form shows as the question.' })
    label(@Root() field: BookingFieldView, @Arg('language', () => MessageLanguage, languageArg) language?: MessageLanguage | null) {
      return labelIn(field.labels, language);
    }

    @FieldResolver(() => [LocalizedText], { description: 'The label in every language the office gave, German first (for editing the form).' })
    labels(@Root() field: BookingFieldView) {
      return localizedTexts(field.labels);
    }
  }

  @Resolver(() => BookingFieldOptionView)
  class BookingFieldOptionResolver {
    @FieldResolver(() => String, { description: 'What the form shows for this choice.' })
    label(@Root() option: BookingFieldOptionView, @Arg('language', () => MessageLanguage, languageArg) language?: MessageLanguage | null) {
      return labelIn(option.labels, language);
    }

    @FieldResolver(() => [LocalizedText], { description: 'The label in every language the office gave, German first.' })
    labels(@Root() option: BookingFieldOptionView) {
      return localizedTexts(option.labels);
    }
  }

  @Resolver(() => BookingFieldValueView)
  class BookingFieldValueResolver {
    @FieldResolver(() => String, { description: "The field's label (as it is now, or was when the field left the form)." })
    label(@Root() value: BookingFieldValueView, @Arg('language', () => MessageLanguage, languageArg) language?: MessageLanguage | null) {
      return labelIn(value.labels, language);
    }

    @FieldResolver(() => String, { nullable: true, description: 'For a choice: the label of the option taken; null for the other kinds.' })
    optionLabel(@Root() value: BookingFieldValueView, @Arg('language', () => MessageLanguage, languageArg) language?: MessageLanguage | null) {
      return value.optionLabels === null ? null : labelIn(value.optionLabels, language);
    }
  }

  @Resolver(() => AppointmentView)
  class AppointmentDetailsResolver {
    @FieldResolver(() => [BookingFieldValueView], { description: "The answers to the office's booking fields, in the form's order; empty when none were given or they were erased with the contact data." })
    async fields(@Root() appointment: AppointmentView, @Ctx() ctx: RequestContext) {
      return (await forms.detailsOf(ctx, Number(appointment.id))).fields;
    }

    @FieldResolver(() => String, { nullable: true, description: 'The free remarks given with the booking; null when none were given or they were erased with the contact data.' })
    async remarks(@Root() appointment: AppointmentView, @Ctx() ctx: RequestContext) {
      return (await forms.detailsOf(ctx, Number(appointment.id))).remarks;
    }
  }

  return [BookingFormResolver, OfficeBookingFormResolver, BookingFieldResolver, BookingFieldOptionResolver, BookingFieldValueResolver, AppointmentDetailsResolver] as const;
}
