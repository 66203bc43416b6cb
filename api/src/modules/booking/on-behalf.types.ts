import { createUnionType } from 'type-graphql';
import { InvalidInput, NotFound } from '../../platform/graphql/errors';
import { AppointmentView } from './booking.types';

export const CorrectAppointmentContactResult = createUnionType({
  name: 'CorrectAppointmentContactResult',
  description: 'The appointment with its corrected contact data, or why not.',
  types: () => [AppointmentView, NotFound, InvalidInput] as const,
});

export const ResendAppointmentConfirmationResult = createUnionType({
  name: 'ResendAppointmentConfirmationResult',
  description: 'The appointment whose confirmation is on its way, or why none was sent.',
  types: () => [AppointmentView, NotFound, InvalidInput] as const,
});
