import { GraphQLInt, GraphQLObjectType, GraphQLSchema, GraphQLString, parse, type ExecutionResult } from 'graphql';
import { Repeater } from '@repeaterjs/repeater';
import { describe, expect, it } from 'vitest';
import { sharedSubscribe } from './shared-subscription-execution';

interface Call {
  number: number;
}

/** A schema whose field counts its executions, fed by one object per event as the event bus does. */
function callSchema() {
  const listeners = new Set<(call: Call) => void>();
  let executions = 0;
  const callType = new GraphQLObjectType<Call>({
    name: 'Call',
    fields: {
      number: { type: GraphQLInt },
      label: {
        type: GraphQLString,
        resolve: (call) => {
          executions += 1;
          return `#${call.number}`;
        },
      },
    },
  });
  const schema = new GraphQLSchema({
    query: new GraphQLObjectType({ name: 'Query', fields: { ok: { type: GraphQLInt, resolve: () => 1 } } }),
    subscription: new GraphQLObjectType({
      name: 'Subscription',
      fields: {
        callIssued: {
          type: callType,
          subscribe: () =>
            new Repeater<Call>(async (push, stop) => {
              listeners.add(push);
              await stop;
              listeners.delete(push);
            }),
          resolve: (call: Call) => call,
        },
      },
    }),
  });
  return { schema, publish: (call: Call) => listeners.forEach((listener) => listener(call)), executions: () => executions, listeners: () => listeners.size };
}

const document = () => parse('subscription { callIssued { number label } }');

describe('sharedSubscribe', () => {
  it('executes an event once for subscribers with the same document, variables and rights', async () => {
    const { schema, publish, executions } = callSchema();
    const subscribe = sharedSubscribe((context) => (context as { rights: string }).rights);
    const streams = (await Promise.all(['display:1', 'display:1', 'display:1', 'staff:1'].map((rights) => subscribe({ schema, document: document(), contextValue: { rights } })))) as AsyncIterableIterator<ExecutionResult>[];
    const next = streams.map((stream) => stream.next());
    await new Promise((resolve) => setTimeout(resolve, 10));
    publish({ number: 7 });
    const answers = await Promise.all(next);
    expect(answers.map((answer) => answer.value)).toEqual(Array(4).fill({ data: { callIssued: { number: 7, label: '#7' } } }));
    // Three displays share one execution; other rights get their own.
    expect(executions()).toBe(2);
    await Promise.all(streams.map((stream) => stream.return?.()));
  });

  it('ends the source at once when a subscriber leaves while waiting for an event', async () => {
    const { schema, listeners } = callSchema();
    const stream = (await sharedSubscribe(() => 'anonymous')({ schema, document: document() })) as AsyncIterableIterator<ExecutionResult>;
    const pending = stream.next();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(listeners()).toBe(1);
    await stream.return?.();
    await expect(pending).resolves.toEqual({ done: true, value: undefined });
    expect(listeners()).toBe(0);
  });
});
