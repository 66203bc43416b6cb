import type { AlarmFieldsFragment } from '../gql/graphql';

/** The open alarms of each office followed, each with the office version they reflect. */
export type AlarmState = Map<string, { version: number; alarms: AlarmFieldsFragment[] }>;

/** A snapshot of one office replaces what is known of it, unless what is known is newer. */
export function applySnapshot(state: AlarmState, officeId: string, version: number, alarms: AlarmFieldsFragment[]): AlarmState {
  const known = state.get(officeId);
  if (known && known.version >= version) return state;
  return new Map(state).set(officeId, { version, alarms });
}

/** An event newer than what is known of its office: a raised alarm joins, an acknowledged one leaves. */
export function applyEvent(state: AlarmState, officeId: string, version: number, alarm: AlarmFieldsFragment): AlarmState {
  const known = state.get(officeId) ?? { version: -1, alarms: [] };
  if (known.version >= version) return state;
  const others = known.alarms.filter((open) => open.id !== alarm.id);
  return new Map(state).set(officeId, { version, alarms: alarm.acknowledgedAt ? others : [...others, alarm] });
}

/** Every open alarm, oldest first. */
export function openAlarmsOf(state: AlarmState): AlarmFieldsFragment[] {
  return [...state.values()].flatMap((office) => office.alarms).sort((a, b) => a.raisedAt.localeCompare(b.raisedAt));
}
