import { describe, expect, it } from 'vitest';
import { defaultRetryAfterSeconds, maintenanceRefusal, retryAfterSeconds, type MaintenanceState } from './maintenance-gate';

const now = new Date('2026-12-02T10:00:00Z');
const on: MaintenanceState = { active: true, message: 'Wartung bis 12 Uhr', expectedEndAt: new Date('2026-12-02T12:00:00Z') };

describe('maintenanceRefusal', () => {
  it('lets everything through while the switch is off', () => {
    expect(maintenanceRefusal({ ...on, active: false }, 'anonymous', ['services'], now)).toBeNull();
  });

  it('refuses citizens and partners with the message and the seconds until the expected end', () => {
    expect(maintenanceRefusal(on, 'anonymous', ['services'], now)).toEqual({ message: 'Wartung bis 12 Uhr', retryAfterSeconds: 7200 });
    expect(maintenanceRefusal(on, 'apiKey', ['reserveSlot'], now)?.retryAfterSeconds).toBe(7200);
  });

  it('keeps staff, call displays and kiosks working', () => {
    expect(maintenanceRefusal(on, 'staff', ['dayPlan'], now)).toBeNull();
    expect(maintenanceRefusal(on, 'device', ['issueTicket'], now)).toBeNull();
  });

  it('keeps signing in, the legal pages and the state itself open, but not mixed with other fields', () => {
    expect(maintenanceRefusal(on, 'anonymous', ['login'], now)).toBeNull();
    expect(maintenanceRefusal(on, 'anonymous', ['legalInformation', 'maintenanceMode'], now)).toBeNull();
    expect(maintenanceRefusal(on, 'anonymous', ['legalInformation', 'offices'], now)).not.toBeNull();
    expect(maintenanceRefusal(on, 'anonymous', null, now)).not.toBeNull();
  });

  it('falls back to a general message without one', () => {
    expect(maintenanceRefusal({ ...on, message: '  ' }, 'anonymous', ['services'], now)?.message).toBe('The service is down for maintenance.');
  });
});

describe('retryAfterSeconds', () => {
  it('counts down to the expected end, at least a minute and at most a day', () => {
    expect(retryAfterSeconds(new Date('2026-12-02T10:00:10Z'), now)).toBe(60);
    expect(retryAfterSeconds(new Date('2026-12-09T10:00:00Z'), now)).toBe(86_400);
  });

  it('takes the default without an end, or once the end has passed', () => {
    expect(retryAfterSeconds(null, now)).toBe(defaultRetryAfterSeconds);
    expect(retryAfterSeconds(new Date('2026-12-02T09:00:00Z'), now)).toBe(defaultRetryAfterSeconds);
  });
});
