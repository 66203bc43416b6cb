import type { ApolloClient, FetchResult, Observable } from '@apollo/client/core';
import { isRefusal } from '@zms/ui';
import type { Client } from 'graphql-ws';
import { onBeforeUnmount, ref, shallowRef, type InjectionKey } from 'vue';
import { applyCall, applyOffice, applySnapshot, emptyBoard, isFresh, newestFirst, type CallBoard } from './call-board';
import { DisplayCallsDocument, DisplaySnapshotDocument, DisplayWaitingRoomDocument, type DisplayedCallFragment } from './gql/graphql';

export const socketKey: InjectionKey<Client> = Symbol('socket');

export interface BoardScope {
  officeId: string | null;
  groupId: string | null;
}

/** A request on a connection that died silently would hang for good: give up and retry instead. */
const requestTimeoutMs = 10_000;
const retryMs = 5_000;
/** Waiting estimates move with the clock, not only with events. */
const refreshMs = 120_000;
/** After a reconnect graphql-ws subscribes again; the snapshot is taken after that (subscribe first). */
const settleMs = 500;

/**
 * The display's live state: subscribes to the calls and the offices' figures first, then takes a
 * snapshot, and again after every reconnect, so that calls made while the line was down appear
 * without a reload. Everything it opens it closes on unmount; the lists it keeps are bounded.
 * `announce` hears of each call newer than any before it while it is fresh: not of a call that
 * comes first again because a later one was withdrawn, nor of one found late by a snapshot.
 */
export function useLiveBoard(apollo: ApolloClient<unknown>, socket: Client, scope: BoardScope, announce: (call: DisplayedCallFragment) => void) {
  const board = shallowRef<CallBoard>(emptyBoard);
  const ready = ref(false);
  const connected = ref(true);
  const refused = ref(false);
  /**
   * How far this device's clock runs ahead of the API's, as the last live call showed (it arrives
   * within moments of its calledAt): a display whose clock is off still judges "new" right.
   */
  const clockOffsetMs = ref(0);
  const apiNow = () => Date.now() - clockOffsetMs.value;
  let announced: DisplayedCallFragment | null = null;
  let resyncTimer: ReturnType<typeof setTimeout> | undefined;
  const variables = { officeId: scope.officeId, groupId: scope.groupId };

  const update = (next: CallBoard) => {
    board.value = next;
    const newest = next.calls[0];
    if (!ready.value || !newest || (announced && newestFirst(newest, announced) >= 0)) return;
    announced = newest;
    if (isFresh(newest, apiNow())) announce(newest);
  };

  async function resync() {
    clearTimeout(resyncTimer);
    try {
      const { data } = await apollo.query({
        query: DisplaySnapshotDocument,
        variables,
        fetchPolicy: 'no-cache',
        context: { fetchOptions: { signal: AbortSignal.timeout(requestTimeoutMs) } },
      });
      refused.value = false;
      if (!ready.value) {
        board.value = applySnapshot(board.value, data.recentCalls, data.waitingRoom.offices);
        announced = board.value.calls[0] ?? null;
        ready.value = true;
      } else {
        update(applySnapshot(board.value, data.recentCalls, data.waitingRoom.offices));
      }
    } catch (error) {
      if (isRefusal(error)) refused.value = true;
      resyncLater(retryMs);
    }
  }

  function resyncLater(delayMs: number) {
    clearTimeout(resyncTimer);
    resyncTimer = setTimeout(() => void resync(), delayMs);
  }

  /** A subscription ends only on a refusal (e.g. a revoked key); it is opened again, and the snapshot says why. */
  function follow<T>(open: () => Observable<FetchResult<T>>, apply: (data: T) => void) {
    let current: ReturnType<Observable<FetchResult<T>>['subscribe']> | null = null;
    let retry: ReturnType<typeof setTimeout> | undefined;
    const start = () => {
      current = open().subscribe({
        next: ({ data }) => data && apply(data),
        error: () => {
          retry = setTimeout(start, retryMs);
          resyncLater(0);
        },
      });
    };
    start();
    return () => {
      clearTimeout(retry);
      current?.unsubscribe();
    };
  }

  const stopCalls = follow(
    () => apollo.subscribe({ query: DisplayCallsDocument, variables, fetchPolicy: 'no-cache' }),
    (data) => {
      clockOffsetMs.value = Date.now() - Date.parse(data.callIssued.calledAt);
      update(applyCall(board.value, data.callIssued));
    },
  );
  const stopOffices = follow(
    () => apollo.subscribe({ query: DisplayWaitingRoomDocument, variables, fetchPolicy: 'no-cache' }),
    (data) => update(applyOffice(board.value, data.waitingRoomChanged)),
  );
  const stopConnected = socket.on('connected', () => {
    connected.value = true;
    resyncLater(settleMs);
  });
  const stopClosed = socket.on('closed', () => (connected.value = false));
  const refresh = setInterval(() => void resync(), refreshMs);
  resyncLater(settleMs);

  onBeforeUnmount(() => {
    stopCalls();
    stopOffices();
    stopConnected();
    stopClosed();
    clearInterval(refresh);
    clearTimeout(resyncTimer);
  });

  return { board, ready, connected, refused, clockOffsetMs };
}
