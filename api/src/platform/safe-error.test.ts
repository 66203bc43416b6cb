import { PostgreSqlExceptionConverter } from '@mikro-orm/postgresql';
import { GraphQLError } from 'graphql';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { createLogger } from './observability';
import { errorSummary, safeErrorFields } from './safe-error';

const citizen = { name: 'Erika Mustermann', email: 'erika@example.org', phone: '+49 30 1234567' };
const personal = [citizen.name, citizen.email, citizen.phone];

/** A failed insert as MikroORM raises it: the statement with its values in the message, the row in the detail. */
function failedInsert(): Error {
  // A line of the statement that starts with "at", as a stack frame does.
  const statement = `insert into appointment (contact_name, contact_email, contact_phone, local_date)\n      values ('${citizen.name}', '${citizen.email}', '${citizen.phone}', now()\n      at time zone '${citizen.name}')`;
  const error = new pg.DatabaseError(`${statement} - new row for relation "appointment" violates check constraint "appointment_contact_check"`, 0, 'error');
  Object.assign(error, {
    severity: 'ERROR',
    code: '23514',
    detail: `Failing row contains (7, ${citizen.name}, ${citizen.email}, ${citizen.phone}).`,
    table: 'appointment',
    constraint: 'appointment_contact_check',
    routine: 'ExecConstraints',
  });
  return new PostgreSqlExceptionConverter().convertException(error);
}

describe('safeErrorFields', () => {
  it('keeps of a database error its class, SQLSTATE, constraint and table, and stack frames only', () => {
    const fields = safeErrorFields(failedInsert());
    expect(fields).toMatchObject({ type: 'CheckConstraintViolationException', code: '23514', constraint: 'appointment_contact_check', table: 'appointment' });
    expect(fields.message).toBeUndefined();
    expect(fields.stack).toContain('safe-error.test.ts');
    expect(fields.stack).not.toContain('time zone');
    for (const value of personal) expect(JSON.stringify(fields)).not.toContain(value);
  });

  it('tells of a GraphQL error what its cause may tell', () => {
    const fields = safeErrorFields(new GraphQLError('Unexpected error.', { originalError: failedInsert() }));
    expect(fields).toMatchObject({ type: 'GraphQLError < CheckConstraintViolationException', code: '23514', constraint: 'appointment_contact_check' });
    for (const value of personal) expect(JSON.stringify(fields)).not.toContain(value);
  });

  it('keeps the message of other errors, cut short', () => {
    expect(safeErrorFields(new TypeError('x'.repeat(1000)))).toMatchObject({ type: 'TypeError', message: 'x'.repeat(300) });
    expect(safeErrorFields('thrown text')).toEqual({ type: 'string', message: 'thrown text' });
  });
});

describe('errorSummary', () => {
  it('is one line without the values of a statement', () => {
    const summary = errorSummary(failedInsert());
    expect(summary).toBe('CheckConstraintViolationException: 23514: constraint appointment_contact_check: table appointment');
  });
});

describe('the logger', () => {
  const captured = () => {
    const lines: string[] = [];
    return { lines, logger: createLogger('info', { write: (line: string) => lines.push(line) }) };
  };

  it.each([
    ['under err', (logger: ReturnType<typeof createLogger>) => logger.error({ err: failedInsert() }, 'write failed')],
    ['under error', (logger: ReturnType<typeof createLogger>) => logger.error({ error: failedInsert() }, 'write failed')],
    ['alone, without a message', (logger: ReturnType<typeof createLogger>) => logger.error(failedInsert())],
    ['through a child', (logger: ReturnType<typeof createLogger>) => logger.child({ requestId: 'r1' }).warn({ err: failedInsert() }, 'write failed')],
  ])('logs an error %s by its safe fields', (_case, write) => {
    const { lines, logger } = captured();
    write(logger);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('appointment_contact_check');
    for (const value of personal) expect(lines[0]).not.toContain(value);
  });
});
