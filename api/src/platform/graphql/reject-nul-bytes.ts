import { BREAK, visit, type DocumentNode } from 'graphql';

function containsNul(value: unknown): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (Array.isArray(value)) return value.some(containsNul);
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) return Object.values(value).some(containsNul);
  return false;
}

/**
 * PostgreSQL text cannot hold NUL: an operation carrying one in a string literal or a variable is
 * malformed and must not run. Checked once per operation, not per field: a field middleware costs
 * every resolved field of every answer (a month view resolves thousands).
 */
export function nulByteProblem(document: DocumentNode, variables: Record<string, unknown> | null | undefined): string | null {
  let found = containsNul(variables);
  if (!found) {
    visit(document, {
      StringValue(node) {
        if (!node.value.includes('\u0000')) return undefined;
        found = true;
        return BREAK;
      },
    });
  }
  return found ? 'Strings must not contain NUL characters.' : null;
}
