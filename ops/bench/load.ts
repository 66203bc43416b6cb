import autocannon from 'autocannon';

// Load generation and its statistics: autocannon for request/response scenarios, and the
// summary every row of the table is made of.

export interface Measurement {
  /** Completed requests (or bookings, or deliveries) per second. */
  throughput: number;
  p50: number;
  p95: number;
  p99: number;
  /** Failed requests: transport errors, non-2xx answers, GraphQL errors, wrong answers. */
  errors: number;
  count: number;
}

export function percentile(sorted: number[], share: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(share * sorted.length) - 1))];
}

export function summarise(latencies: number[], seconds: number, errors: number): Measurement {
  const sorted = [...latencies].sort((a, b) => a - b);
  return { throughput: sorted.length / seconds, p50: percentile(sorted, 0.5), p95: percentile(sorted, 0.95), p99: percentile(sorted, 0.99), errors, count: sorted.length };
}

export interface HttpLoad {
  url: string;
  body: string;
  headers?: Record<string, string>;
  connections: number;
  seconds: number;
  /** Whether an answer is right; a wrong one counts as an error. */
  verify?: (body: string) => boolean;
}

/** Many keep-alive clients sending one request over and over for a while (as bots poll). */
export async function hammer(load: HttpLoad): Promise<Measurement> {
  const latencies: number[] = [];
  const instance = autocannon({
    url: load.url,
    method: 'POST',
    body: load.body,
    headers: { 'content-type': 'application/json', ...load.headers },
    connections: load.connections,
    duration: load.seconds,
    verifyBody: load.verify ?? (() => true),
  });
  instance.on('response', (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
    if (statusCode === 200) latencies.push(responseTime);
  });
  const result = await instance;
  const errors = result.errors + result.timeouts + result.non2xx + result.mismatches;
  return { ...summarise(latencies, result.duration, errors), count: latencies.length };
}

/** JSON as the bench reads it from the servers it measures: each reader checks at run time the fields it needs. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the answers are untyped query strings' results; typing them would mean typed documents for the bench
export type ParsedJson = any;

/** POSTs JSON and answers the parsed JSON. */
export async function postJson<T = ParsedJson>(url: string, body: unknown, headers: Record<string, string> = {}): Promise<T> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  const text = await response.text();
  try {
    return JSON.parse(text) as T;
  } catch {
    throw new Error(`${url} answered ${response.status}: ${text.slice(0, 300)}`);
  }
}
