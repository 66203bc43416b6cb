/**
 * The next wait-ticket number of an office's daily range: the one after lastIssued
 * (firstNumber at day start), wrapping from lastNumber to firstNumber and skipping numbers of
 * active tickets, so that no number is shown for two tickets at once. Null: the day is full.
 */
export function nextTicketNumber(input: {
  firstNumber: number;
  lastNumber: number;
  lastIssued: number | null; // today's last issued number, null at day start
  inUse: ReadonlySet<number>; // numbers of today's active tickets
}): number | null {
  const { firstNumber, lastNumber, lastIssued, inUse } = input;
  if (!Number.isInteger(firstNumber) || !Number.isInteger(lastNumber) || firstNumber > lastNumber) {
    throw new RangeError(`invalid ticket number range ${firstNumber}..${lastNumber}`);
  }
  const size = lastNumber - firstNumber + 1;
  // A lastIssued outside the range (the admin changed it during the day) restarts at firstNumber.
  const start = lastIssued === null || lastIssued < firstNumber || lastIssued >= lastNumber ? firstNumber : lastIssued + 1;
  for (let step = 0; step < size; step++) {
    const candidate = firstNumber + ((start - firstNumber + step) % size);
    if (!inUse.has(candidate)) return candidate;
  }
  return null;
}
