import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import { expect, it } from 'vitest';

const operationsFolder = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../clients/sdk/src/operations');

// The public contract's fixed operation names (SPEC "The public contract"), and what the SDK adds for keys and tickets.
const contract = [
  'services',
  'offices',
  'availableDays',
  'availableSlots',
  'appointment',
  'queue',
  'recentCalls',
  'waitingInfo',
  'reserveSlot',
  'confirmAppointment',
  'cancelAppointment',
  'rescheduleAppointment',
  'issueTicket',
  'checkIn',
  'callNext',
  'callEntry',
  'recallEntry',
  'markMissed',
  'requeueEntry',
  'parkEntry',
  'startService',
  'finishService',
  'redirectEntry',
  'callIssued',
  'queueChanged',
  'availabilityChanged',
  'myQueueStatus',
  'proofOfWorkChallenge',
  'queueStatus',
  'viewer',
];

it('has a typed document for every operation of the public contract', async () => {
  const covered = new Set<string>();
  for (const file of await fs.readdir(operationsFolder)) {
    const document = parse(await fs.readFile(path.join(operationsFolder, file), 'utf8'));
    for (const definition of document.definitions) {
      if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
      for (const selection of (definition as OperationDefinitionNode).selectionSet.selections) if (selection.kind === Kind.FIELD) covered.add(selection.name.value);
    }
  }
  expect(contract.filter((operation) => !covered.has(operation))).toEqual([]);
});
