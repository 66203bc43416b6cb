import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startApp, type App } from '../../src/app/server';
import { loadConfig } from '../../src/platform/config';
import { createLogger } from '../../src/platform/observability';
import { ApiClient, adminPassword, adminUsername, testDocumentManifest } from '@zms/test-kit/api';
import { createTestDatabase, type TestDatabase } from '@zms/test-kit/database';
import { createOffice, type OfficeFixture } from '@zms/test-kit/office-fixture';
import * as op from '@zms/test-kit/operations';

const citizen = { name: 'Erika Probe-Mustermann', email: 'erika.probe@example.org', phone: '+49 30 9876543' };
const constraint = 'appointment_refuses_phones_in_this_test';

let database: TestDatabase;
let app: App;
let api: ApiClient;
let office: OfficeFixture;
const logLines: string[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
  // This test's own database refuses the write, as a statement that fails for any reason would.
  const admin = new pg.Client({ connectionString: database.url });
  await admin.connect();
  await admin.query(`alter table appointment add constraint ${constraint} check (contact_phone is null) not valid`);
  await admin.end();
  // Started here rather than by startTestApi, for a logger of the test's own, at level info.
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: database.url,
    PORT: '0',
    BOOTSTRAP_ADMIN_USERNAME: adminUsername,
    BOOTSTRAP_ADMIN_PASSWORD: adminPassword,
    ZMS_TEST_CLOCK: 'true',
    ZMS_CLOCK_START: '2026-03-02T08:00:00Z',
    MIGRATE_ON_START: 'false',
    TRUSTED_DOCUMENT_MANIFESTS: testDocumentManifest,
  });
  app = await startApp(config, createLogger('info', { write: (line: string) => logLines.push(line) }));
  api = new ApiClient(app.url);
  api.adminToken = await api.login(adminUsername, adminPassword);
  office = await createOffice(api, 'Bürgeramt Datenschutz');
});

afterAll(async () => {
  await app?.stop();
  await database?.drop();
});

it('logs a failed write of an appointment without the contact data it carried', async () => {
  const { reserveSlot } = await api.data(op.reserveSlot, { input: { officeId: office.officeId, serviceIds: [office.shortServiceId], start: '2026-03-03T08:00:00+01:00' } }, api.adminToken);
  const answer = await api.graphql(op.confirmAppointment, { input: { reservationToken: reserveSlot.token, contact: citizen } }, api.adminToken);
  expect(answer.errors).toEqual([{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }]);

  const log = logLines.join('');
  for (const value of [citizen.name, citizen.email, citizen.phone, citizen.phone.replace(/\D/g, ''), 'Probe-Mustermann', 'erika.probe']) expect(log).not.toContain(value);
  // What may be told is there: which constraint of which table failed.
  const internal = logLines.map((line) => JSON.parse(line)).find((entry) => entry.msg === 'internal error');
  expect(internal.err).toMatchObject({ code: '23514', constraint, table: 'appointment' });
});
