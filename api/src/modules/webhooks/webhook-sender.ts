import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { performance } from 'node:perf_hooks';
import { isInternalAddress } from './endpoint-url';
import { errorSummary } from '../../platform/safe-error';

/** What one POST came to: the receiver's status, or why none came; and how long it took. */
export interface SendOutcome {
  responseCode: number | null;
  error: string | null;
  durationMs: number;
}

/**
 * Resolves as the system does, but refuses a name with an internal address among its answers:
 * checked at connection time, so a name that resolved outward at registration and inward now
 * (DNS rebinding) is refused too.
 */
const publicOnlyLookup: LookupFunction = (hostname, options, callback) => {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
    if (error) return callback(error, '', 0);
    const refused = addresses.find((address) => isInternalAddress(address.address));
    if (refused || addresses.length === 0) return callback(Object.assign(new Error(`${hostname} resolves to an internal address`), { code: 'EINTERNAL' }), '', 0);
    if (options.all) return (callback as unknown as (error: null, addresses: LookupAddress[]) => void)(null, addresses);
    callback(null, addresses[0].address, addresses[0].family);
  });
};

/** POSTs signed JSON to webhook endpoints, each request bounded by `timeoutMs`; in production only to public addresses. */
export class WebhookSender {
  constructor(private readonly options: { timeoutMs: number; publicAddressesOnly: boolean; userAgent: string }) {}

  get maxSendMs(): number {
    return this.options.timeoutMs;
  }

  post(url: string, body: string, headers: Record<string, string>): Promise<SendOutcome> {
    const started = performance.now();
    const target = new URL(url);
    const transport = target.protocol === 'https:' ? https : http;
    return new Promise<SendOutcome>((resolve) => {
      const settle = (responseCode: number | null, error: string | null) => resolve({ responseCode, error, durationMs: Math.round(performance.now() - started) });
      const request = transport.request(
        target,
        {
          method: 'POST',
          headers: { ...headers, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body).toString(), 'user-agent': this.options.userAgent },
          // Redirects are not followed (Node's http never does): a receiver cannot point us elsewhere.
          lookup: this.options.publicAddressesOnly ? publicOnlyLookup : undefined,
          signal: AbortSignal.timeout(this.options.timeoutMs),
        },
        (response) => {
          // The answer's body is not kept: only its status counts.
          response.resume();
          response.on('end', () => settle(response.statusCode ?? null, null));
          response.on('error', (error) => settle(response.statusCode ?? null, errorSummary(error)));
        },
      );
      request.on('error', (error) => settle(null, error.name === 'AbortError' || error.name === 'TimeoutError' ? `no answer within ${this.options.timeoutMs} ms` : errorSummary(error)));
      request.end(body);
    });
  }
}
