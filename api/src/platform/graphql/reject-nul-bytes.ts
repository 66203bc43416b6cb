import type { MiddlewareFn } from 'type-graphql';
import { badUserInput } from './errors';

function containsNul(value: unknown): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (Array.isArray(value)) return value.some(containsNul);
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) return Object.values(value).some(containsNul);
  return false;
}

/** PostgreSQL text cannot hold NUL: such input is refused as malformed before it reaches SQL. */
export const rejectNulBytes: MiddlewareFn = ({ args }, next) => {
  if (containsNul(args)) throw badUserInput('Strings must not contain NUL characters.');
  return next();
};
