import type { ApolloClient } from '@apollo/client/core';
import type { Client } from 'graphql-ws';
import { onBeforeUnmount, shallowRef, type InjectionKey } from 'vue';
import { KioskStateDocument, KioskWaitingRoomDocument, type KioskOfficeStateFragment } from './gql/graphql';

export const socketKey: InjectionKey<Client> = Symbol('socket');

/** Opening hours begin and end with the clock, not with an event. */
const refreshMs = 60_000;

/**
 * Whether each office issues tickets now (open, contingent left) and its waiting figures: from
 * the device query, then kept current by waitingRoomChanged, a refetch after every reconnect and
 * once a minute. Newer office versions win.
 */
export function useOfficeStates(apollo: ApolloClient<unknown>, socket: Client, scope: { officeId: string | null; groupId: string | null }, initial: KioskOfficeStateFragment[]) {
  const states = shallowRef<Record<string, KioskOfficeStateFragment>>(Object.fromEntries(initial.map((state) => [state.office.id, state])));
  const apply = (state: KioskOfficeStateFragment) => {
    if (state.version >= (states.value[state.office.id]?.version ?? -1)) states.value = { ...states.value, [state.office.id]: state };
  };

  const refetch = async () => {
    try {
      const { data } = await apollo.query({ query: KioskStateDocument, variables: scope, fetchPolicy: 'no-cache', context: { fetchOptions: { signal: AbortSignal.timeout(10_000) } } });
      data.waitingRoom.offices.forEach(apply);
    } catch {
      // The next refresh or reconnect tries again; the issue buttons still answer with the reason.
    }
  };

  const subscription = apollo.subscribe({ query: KioskWaitingRoomDocument, variables: scope, fetchPolicy: 'no-cache' }).subscribe({
    next: ({ data }) => data && apply(data.waitingRoomChanged),
    error: () => void refetch(),
  });
  const stopConnected = socket.on('connected', () => void refetch());
  const refresh = setInterval(() => void refetch(), refreshMs);
  onBeforeUnmount(() => {
    subscription.unsubscribe();
    stopConnected();
    clearInterval(refresh);
  });
  return { states, refetch };
}
