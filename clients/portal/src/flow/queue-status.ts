/** Of the snapshot and the live status, the one that reflects the newer office version. */
export function newerStatus<Status extends { version: number }>(current: Status | null, incoming: Status | null): Status | null {
  if (!incoming) return current;
  if (!current || incoming.version >= current.version) return incoming;
  return current;
}
