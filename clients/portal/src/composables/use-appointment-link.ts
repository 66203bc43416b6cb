import { useApolloClient } from '@vue/apollo-composable';
import { AppointmentByLinkDocument, type AppointmentDetailsFragment } from '../gql/graphql';
import { useI18n } from '../i18n';
import { useMailLink, type MailLinkOptions } from './use-mail-link';

/** A mail link that opens an appointment (to cancel or to confirm it), loaded fresh from the API. */
export function useAppointmentLink<Outcome extends string = never, Action extends string = string>(options: Omit<MailLinkOptions<AppointmentDetailsFragment, Outcome>, 'fetch'>) {
  const apollo = useApolloClient().resolveClient();
  const { locale } = useI18n();
  return useMailLink<AppointmentDetailsFragment, Outcome, Action>({
    ...options,
    fetch: async (token) => {
      const { data } = await apollo.query({ query: AppointmentByLinkDocument, variables: { input: { token }, language: locale.value }, fetchPolicy: 'network-only' });
      return data.appointmentByLink ?? null;
    },
  });
}
