/**
 * A PostgreSQL array literal for one bound parameter (`?::int[]`, `?::timestamptz[]`, …):
 * MikroORM's raw queries expand a JS array into a list of parameters instead.
 */
export function sqlArray(values: readonly (string | number | boolean | Date | null)[]): string {
  const items = values.map((value) => {
    if (value === null) return 'NULL';
    const text = value instanceof Date ? value.toISOString() : String(value);
    return `"${text.replace(/["\\]/g, (char) => `\\${char}`)}"`;
  });
  return `{${items.join(',')}}`;
}

/**
 * An instant from a raw row: MikroORM has pg hand over timestamptz values as text
 * ("2026-03-03 07:00:00+00", UTC as the ORM sets the session zone), never as Date.
 */
export function sqlInstant(value: string | Date): Date {
  if (value instanceof Date) return value;
  return new Date(value.replace(' ', 'T').replace(/([+-]\d\d)$/, '$1:00'));
}
