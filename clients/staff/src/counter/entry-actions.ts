import type { QueueAction } from '../gql/graphql';
import type { CounterAction } from './shortcuts';

/** The step of the chosen (or current) entry each button takes, by the mutation the server names in allowedActions. */
const entryStepOf: Partial<Record<CounterAction, QueueAction>> = {
  callSelected: 'callEntry',
  recall: 'recallEntry',
  missed: 'markMissed',
  requeue: 'requeueEntry',
  park: 'parkEntry',
  start: 'startService',
  finish: 'finishService',
  redirect: 'redirectEntry',
  priority: 'setEntryPriority',
};

interface CounterState {
  /** Signed in at a counter. */
  atCounter: boolean;
  /** Someone is called to or served at this counter. */
  serving: boolean;
  /** The entry chosen in the list: callSelected calls it. */
  selected: { allowedActions: readonly QueueAction[] } | null;
  /** The entry the other steps act on: the chosen one, else the one at this counter. */
  target: { allowedActions: readonly QueueAction[] } | null;
}

/**
 * Which buttons (and their keys) work now. The steps of an entry are exactly those the server
 * lists in its allowedActions: the counter keeps no rules of its own about statuses.
 */
export function enabledActions(state: CounterState): Record<CounterAction, boolean> {
  const offers = (entry: CounterState['target'], action: CounterAction) => state.atCounter && entry !== null && entry.allowedActions.includes(entryStepOf[action]!);
  return {
    callNext: state.atCounter && !state.serving,
    callSelected: offers(state.selected, 'callSelected'),
    recall: offers(state.target, 'recall'),
    missed: offers(state.target, 'missed'),
    requeue: offers(state.target, 'requeue'),
    park: offers(state.target, 'park'),
    start: offers(state.target, 'start'),
    finish: offers(state.target, 'finish'),
    redirect: offers(state.target, 'redirect'),
    priority: offers(state.target, 'priority'),
    ticket: state.atCounter,
    checkIn: state.atCounter,
    book: state.atCounter,
    drawRegister: state.atCounter,
  };
}
