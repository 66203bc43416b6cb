/**
 * What of an error may be written to a log or a job row. A database error's message and detail
 * carry the statement with its values (a citizen's name, email, phone): only its class, SQLSTATE,
 * constraint, table and column are kept. Other errors keep their message, cut short.
 */
export interface SafeErrorFields {
  type: string;
  code?: string;
  constraint?: string;
  table?: string;
  column?: string;
  message?: string;
  /** Stack frames only: the first line of a stack repeats the message. */
  stack?: string;
}

const maxMessageLength = 300;

interface DatabaseErrorLike {
  code?: unknown;
  sqlState?: unknown;
  constraint?: unknown;
  table?: unknown;
  column?: unknown;
  routine?: unknown;
  severity?: unknown;
}

/** A PostgreSQL error as pg raises it, or as MikroORM wraps it (both carry a five-character SQLSTATE). */
function isDatabaseError(error: object): boolean {
  const fields = error as DatabaseErrorLike;
  const state = fields.sqlState ?? fields.code;
  return typeof state === 'string' && /^[0-9A-Z]{5}$/.test(state) && (fields.routine !== undefined || fields.severity !== undefined || fields.sqlState !== undefined);
}

/**
 * A stack frame as V8 writes it: `at` and a place that ends in line:column or V8's own markers.
 * A message may span lines (a statement does), and a line of it may start with "at" as well.
 */
const stackFrame = /^\s+at .*(?::\d+:\d+\)?|\((?:<anonymous>|native|index \d+)\)|<anonymous>)$/;

function framesOf(stack: unknown): string | undefined {
  if (typeof stack !== 'string') return undefined;
  const frames = stack.split('\n').filter((line) => stackFrame.test(line));
  return frames.length > 0 ? frames.slice(0, 12).join('\n') : undefined;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

export function safeErrorFields(error: unknown): SafeErrorFields {
  if (error === null || typeof error !== 'object') return { type: typeof error, message: String(error).slice(0, maxMessageLength) };
  const type = (error as { constructor?: { name?: string } }).constructor?.name ?? 'Object';
  const stack = framesOf((error as { stack?: unknown }).stack);
  if (isDatabaseError(error)) {
    const fields = error as DatabaseErrorLike;
    return { type, code: text(fields.sqlState) ?? text(fields.code), constraint: text(fields.constraint), table: text(fields.table), column: text(fields.column), stack };
  }
  // A GraphQL error wraps what a resolver threw: the cause decides what may be told.
  const cause = (error as { originalError?: unknown; cause?: unknown }).originalError ?? (error as { cause?: unknown }).cause;
  if (cause && typeof cause === 'object' && cause !== error) return { ...safeErrorFields(cause), type: `${type} < ${safeErrorFields(cause).type}` };
  const code = text((error as { code?: unknown }).code);
  return { type, code, message: text((error as { message?: unknown }).message)?.slice(0, maxMessageLength), stack };
}

/** One line for a log message or a job's `last_error`. */
export function errorSummary(error: unknown): string {
  const fields = safeErrorFields(error);
  const parts = [fields.type];
  if (fields.code) parts.push(fields.code);
  if (fields.constraint) parts.push(`constraint ${fields.constraint}`);
  if (fields.table) parts.push(`table ${fields.table}`);
  if (fields.column) parts.push(`column ${fields.column}`);
  if (fields.message) parts.push(fields.message);
  return parts.join(': ');
}
