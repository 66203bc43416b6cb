import { createSourceEventStream, execute, print, type DocumentNode, type ExecutionArgs, type ExecutionResult } from 'graphql';

type Awaitable<T> = T | Promise<T>;

/**
 * graphql-ws executes a subscription's selection set once per subscriber and event: a call at an
 * office with 1,000 open displays would be executed 1,000 times. Subscribers that sent the same
 * document and variables and hold the same rights get the same answer, so the first one's
 * execution answers them all. Events are shared by identity: one object per event and process
 * reaches every subscriber (see the event bus), and a stream that maps events must map each one
 * to one object too.
 *
 * `rightsOf` names what a subscriber's context may change in an answer: subscribers with equal
 * names must see equal answers.
 */
export function sharedSubscribe(rightsOf: (contextValue: unknown) => string) {
  const answers = new WeakMap<object, Map<string, Awaitable<ExecutionResult>>>();
  const printed = new WeakMap<DocumentNode, string>();
  const textOf = (document: DocumentNode) => {
    let text = printed.get(document);
    if (text === undefined) printed.set(document, (text = print(document)));
    return text;
  };

  return async (args: ExecutionArgs): Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult> => {
    const events = await createSourceEventStream(args);
    if (!isAsyncIterable(events)) return events;
    const key = JSON.stringify([textOf(args.document), args.operationName ?? null, args.variableValues ?? null, rightsOf(args.contextValue)]);
    const answer = (event: unknown): Awaitable<ExecutionResult> => {
      if (event === null || typeof event !== 'object') return execute({ ...args, rootValue: event });
      let byKey = answers.get(event);
      if (!byKey) answers.set(event, (byKey = new Map()));
      let result = byKey.get(key);
      if (result === undefined) byKey.set(key, (result = execute({ ...args, rootValue: event })));
      return result;
    };
    return mapEvents(events, answer);
  };
}

function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return typeof value === 'object' && value !== null && Symbol.asyncIterator in value;
}

/**
 * Like graphql-js's own mapping of a source stream: `return()` ends the source at once, even while
 * it waits for its next event (an async generator would wait for that event first).
 */
function mapEvents<T>(events: AsyncIterable<unknown>, map: (event: unknown) => Awaitable<T>): AsyncIterableIterator<T> {
  const iterator = events[Symbol.asyncIterator]();
  const close = async () => {
    await iterator.return?.();
  };
  return {
    async next() {
      const next = await iterator.next();
      if (next.done) return { done: true, value: undefined };
      try {
        return { done: false, value: await map(next.value) };
      } catch (error) {
        await close();
        throw error;
      }
    },
    async return() {
      await close();
      return { done: true, value: undefined };
    },
    async throw(error: unknown) {
      await close();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
