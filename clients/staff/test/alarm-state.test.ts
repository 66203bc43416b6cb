/** The staff app's alarm banner applies snapshots and events by office version, and never brings an acknowledged alarm back. */
import { describe, expect, it } from 'vitest';
import { applyEvent, applySnapshot, openAlarmsOf, type AlarmState } from '../src/alarm/alarm-state';
import type { AlarmFieldsFragment } from '../src/gql/graphql';

const alarm = (id: string, raisedAt: string, acknowledgedAt: string | null = null): AlarmFieldsFragment => ({
  __typename: 'Alarm',
  id,
  counterName: `Schalter ${id}`,
  room: null,
  raisedAt,
  raisedBy: null,
  acknowledgedAt,
  office: { __typename: 'Office', id: 'office', name: 'Bürgeramt' },
});
const empty: AlarmState = new Map();

describe('the alarm state', () => {
  it('adds a raised alarm and drops it once acknowledged', () => {
    const raised = applyEvent(empty, 'office', 5, alarm('1', '2026-03-02T08:00:00Z'));
    expect(openAlarmsOf(raised).map((open) => open.id)).toEqual(['1']);
    expect(openAlarmsOf(applyEvent(raised, 'office', 6, alarm('1', '2026-03-02T08:00:00Z', '2026-03-02T08:05:00Z')))).toEqual([]);
  });

  it('keeps what is newer: an older snapshot after an acknowledgement does not bring the alarm back', () => {
    const acknowledged = applyEvent(applyEvent(empty, 'office', 5, alarm('1', '2026-03-02T08:00:00Z')), 'office', 6, alarm('1', '2026-03-02T08:00:00Z', '2026-03-02T08:05:00Z'));
    expect(openAlarmsOf(applySnapshot(acknowledged, 'office', 5, [alarm('1', '2026-03-02T08:00:00Z')]))).toEqual([]);
    expect(openAlarmsOf(applyEvent(acknowledged, 'office', 4, alarm('2', '2026-03-02T07:00:00Z')))).toEqual([]);
  });

  it('takes a newer snapshot, and lists every office oldest first', () => {
    const state = applySnapshot(applySnapshot(empty, 'office', 3, [alarm('2', '2026-03-02T08:10:00Z')]), 'other', 9, [alarm('3', '2026-03-02T08:01:00Z')]);
    expect(openAlarmsOf(applySnapshot(state, 'office', 4, [alarm('2', '2026-03-02T08:10:00Z'), alarm('4', '2026-03-02T08:20:00Z')])).map((open) => open.id)).toEqual(['3', '2', '4']);
  });
});
