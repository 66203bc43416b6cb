/** The lead panel asks again when its alert is due, and every minute at the latest, by the server's clock. */
import { describe, expect, it } from 'vitest';
import { panelRefreshMs } from '../src/lead/use-lead-panel';

describe('panelRefreshMs', () => {
  it.each([
    ['the alert is due in 20 s: just after', { computedAt: '2026-03-02T08:00:00Z', alertAt: '2026-03-02T08:00:20Z', alert: false }, 21_000],
    ['the alert is due in 5 min: after a minute', { computedAt: '2026-03-02T08:00:00Z', alertAt: '2026-03-02T08:05:00Z', alert: false }, 60_000],
    ['the alert is on: after a minute', { computedAt: '2026-03-02T08:00:00Z', alertAt: '2026-03-02T07:55:00Z', alert: true }, 60_000],
    ['nobody waits: after a minute', { computedAt: '2026-03-02T08:00:00Z', alertAt: null, alert: false }, 60_000],
  ])('%s', (_name, panel, expected) => {
    expect(panelRefreshMs(panel)).toBe(expected);
  });
});
