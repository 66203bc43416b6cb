import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, it } from 'vitest';
import { ApiClient, apiProcessArguments, testDocumentManifest } from '@zms/test-kit/api';
import { graphql } from '@zms/test-kit/gql';

const apiRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// Inside the repository's git-ignored .data: the embedded server runs as the `postgres` user and must reach it.
const dataDir = path.join(apiRoot, '../.data', `embedded-test-${randomBytes(4).toString('hex')}`);

afterAll(async () => {
  await fs.rm(dataDir, { recursive: true, force: true });
});

function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

// A first start does what no other test's does: initdb, every migration and the demo data, which on
// a machine busy with the other test files takes longer than the usual minute.
it('starts on its embedded PostgreSQL with the demo offices and real free slots, and stops it on SIGTERM', { timeout: 180_000 }, async () => {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'development', PORT: '0', EMBEDDED_PG_DIR: path.join(dataDir, 'postgres'), TRUSTED_DOCUMENT_MANIFESTS: testDocumentManifest };
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, apiProcessArguments(), { cwd: apiRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setInterval(() => {
      const match = /listening on (http:\/\/[^\s/]+)/.exec(output);
      if (match) {
        clearInterval(timer);
        resolve(match[1]);
      }
    }, 50);
    child.once('exit', (code) => {
      clearInterval(timer);
      reject(new Error(`exited with ${code}:\n${output}`));
    });
  });
  expect(output).toContain('embedded PostgreSQL started');
  expect(output).toContain('loaded the demo offices and services');

  const api = new ApiClient(url);
  const { offices } = await api.data(
    graphql(`
      query EmbeddedDefaultOffices {
        offices(first: 100) {
          edges {
            node {
              id
              name
            }
          }
        }
      }
    `),
  );
  expect(offices.edges.length).toBeGreaterThanOrEqual(12);
  const { services } = await api.data(
    graphql(`
      query EmbeddedDefaultServices {
        services(search: "Anmeldung einer Wohnung") {
          edges {
            node {
              id
            }
          }
        }
      }
    `),
  );
  const today = new Date().toISOString().slice(0, 10);
  const inSixtyDays = new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10);
  const { availableDays } = await api.data(
    graphql(`
      query EmbeddedDefaultAvailableDays($input: AvailableDaysInput!) {
        availableDays(input: $input) {
          date
          offices {
            id
          }
        }
      }
    `),
    {
      input: { serviceIds: [services.edges[0].node.id], from: today, to: inSixtyDays },
    },
  );
  expect(availableDays.length).toBeGreaterThan(20);

  // The fourth line of PostgreSQL's pid file is its port.
  const databasePort = Number((await fs.readFile(path.join(dataDir, 'postgres', 'postmaster.pid'), 'utf8')).split('\n')[3]);
  expect(await portOpen(databasePort)).toBe(true);
  const exitCode = await new Promise<number | null>((resolve) => {
    child.once('exit', resolve);
    child.kill('SIGTERM');
  });
  expect(exitCode).toBe(0);
  expect(await portOpen(databasePort)).toBe(false);
});
