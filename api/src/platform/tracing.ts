import { SpanKind, SpanStatusCode, TraceFlags, trace, type Attributes } from '@opentelemetry/api';
import { safeErrorFields } from './safe-error';

/**
 * What the rest of the API knows of tracing: the OpenTelemetry API alone, whose calls do nothing
 * until tracing-sdk.ts registers an SDK (only when a collector is configured).
 */

/** The attribute of a request's HTTP span that holds its request id, as its log lines hold it. */
export const requestIdAttribute = 'zms.request_id';

const tracer = trace.getTracer('zms-api');

/** trace_id and span_id of the span now active, for a log line to carry; none outside a sampled span (always none without tracing). */
export function activeTraceFields(): { trace_id?: string; span_id?: string } {
  const span = trace.getActiveSpan()?.spanContext();
  if (!span || (span.traceFlags & TraceFlags.SAMPLED) === 0) return {};
  return { trace_id: span.traceId, span_id: span.spanId };
}

/** What of an error a span may tell: its class and code; a message may name a citizen (an SMTP refusal names the recipient). */
export function errorKind(error: unknown): string {
  const { type, code } = safeErrorFields(error);
  return code ? `${type}: ${code}` : type;
}

/** Runs `work` in a client span of its own, for a call to another server that no instrumentation sees (an SMTP send). */
export function inClientSpan<T>(name: string, attributes: Attributes, work: () => Promise<T>): Promise<T> {
  return tracer.startActiveSpan(name, { kind: SpanKind.CLIENT, attributes }, async (span) => {
    try {
      return await work();
    } catch (error) {
      span.setStatus({ code: SpanStatusCode.ERROR, message: errorKind(error) });
      throw error;
    } finally {
      span.end();
    }
  });
}
