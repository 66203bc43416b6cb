/**
 * What an identity provider's claims give a staff member here: the values of one claim (groups,
 * roles) are looked up in the organisation's mapping, each match a role at a scope. Pure rules,
 * shared by the sign-in and its tests.
 */

/** One line of an organisation's mapping: a claim value and the role it gives, where. */
export interface ClaimMappingRule {
  claimValue: string;
  roleId: string;
  departmentId: string | null;
  officeId: string | null;
}

/** A role at a scope, as the sign-in writes it; null department and office mean the whole organisation. */
export interface MappedAssignment {
  roleId: string;
  departmentId: string | null;
  officeId: string | null;
}

/**
 * The values of the claim at `path` (dots reach into objects, as Keycloak's `realm_access.roles`).
 * A list gives its strings; a single string gives itself (ADFS sends one group as a string), as
 * does a number. Anything else gives nothing.
 */
export function claimValues(claims: Record<string, unknown>, path: string): string[] {
  let value: unknown = claims;
  for (const part of path.split('.')) {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return [];
    value = (value as Record<string, unknown>)[part];
  }
  const items = Array.isArray(value) ? value : [value];
  return [...new Set(items.filter((item): item is string | number => typeof item === 'string' || typeof item === 'number').map(String))];
}

/** The assignments the values give, each once, in the mapping's order. */
export function mappedAssignments(values: readonly string[], rules: readonly ClaimMappingRule[]): MappedAssignment[] {
  const held = new Set(values);
  const seen = new Set<string>();
  const assignments: MappedAssignment[] = [];
  for (const rule of rules) {
    if (!held.has(rule.claimValue)) continue;
    const key = `${rule.roleId}/${rule.departmentId ?? ''}/${rule.officeId ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    assignments.push({ roleId: rule.roleId, departmentId: rule.departmentId, officeId: rule.officeId });
  }
  return assignments;
}

/**
 * A username for a new account from the claims: preferred_username, else the e-mail address,
 * else the subject; lower case, other characters than ours replaced, 2..90 characters (room for a
 * suffix that makes it unique).
 */
export function usernameFromClaims(claims: Record<string, unknown>): string {
  const candidates = [claims.preferred_username, claims.email, claims.sub].filter((value): value is string => typeof value === 'string' && value.trim() !== '');
  const cleaned = (candidates[0] ?? 'staff')
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9._@-]+/g, '-')
    .slice(0, 90);
  return cleaned.length >= 2 ? cleaned : `${cleaned}-staff`;
}

/** The first name not taken: the wanted one, else with -2, -3, … appended. */
export function uniqueUsername(wanted: string, taken: ReadonlySet<string>): string {
  if (!taken.has(wanted)) return wanted;
  for (let suffix = 2; ; suffix += 1) {
    const candidate = `${wanted}-${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** The name colleagues see: the name claim, else given and family name, else the username. */
export function displayNameFromClaims(claims: Record<string, unknown>, username: string): string {
  const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');
  const name = text(claims.name) || [text(claims.given_name), text(claims.family_name)].filter(Boolean).join(' ');
  return (name || username).slice(0, 200);
}

/**
 * Where a sign-in may send the browser back to: a path of this origin only ("/staff/…"), never
 * another host ("//evil.example", "/\\evil.example") or a scheme.
 */
export function safeReturnPath(requested: unknown, fallback = '/staff/'): string {
  if (typeof requested !== 'string' || requested.length > 500) return fallback;
  if (!requested.startsWith('/') || requested.startsWith('//') || requested.includes('\\') || [...requested].some((char) => char.charCodeAt(0) < 0x20)) return fallback;
  return requested;
}
