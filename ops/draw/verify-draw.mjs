#!/usr/bin/env node
// Recomputes a draw's order from what the office published after it, and checks the seed
// against the commitment published before it. docs/draw-verification.md explains the algorithm.
//
//   node ops/draw/verify-draw.mjs <url-or-file> [--commitment <hex you saved when registration opened>]
//
// Exit 0 when the published order is the one the seed gives; 1 with the first difference.
//
// Deliberately self-contained: it imports nothing of the API's code (nor any package), only
// Node's own crypto, fetch and fs. Whoever wants to check a draw should be able to read all of
// what does the checking in one sitting, and a mistake in the API's draw-order.ts must show up
// here as a mismatch instead of being shared by both sides. api/test/verify-draw.test.ts runs
// this file against orders the API's code computes.

import { createHash, createHmac } from 'node:crypto';
import { realpathSync } from 'node:fs';
import { readFile } from 'node:fs/promises';

const hex64 = /^[0-9a-f]{64}$/;

/** The published JSON: { drawId, serviceId, commitment, seed, urgentQuota, entries: [{ digest, urgent, position }] }. */
export async function readPublishedDraw(source) {
  if (/^https?:\/\//.test(source)) {
    const response = await fetch(source, { headers: { accept: 'application/json' } });
    if (!response.ok) throw new Error(`${source} answered ${response.status}`);
    return response.json();
  }
  return JSON.parse(await readFile(source, 'utf8'));
}

/** Sorting by a string compares UTF-16 code units; for lower-case hex of one length that is numeric order. */
function compare(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Returns { ok: true, lines } or { ok: false, problem, lines }: `lines` are what was checked so
 * far, `problem` the first thing that does not hold.
 */
export function verifyPublishedDraw(published, expectedCommitment = null) {
  const lines = [];
  const fail = (problem) => ({ ok: false, problem, lines });
  const { seed, commitment, urgentQuota, entries } = published ?? {};

  // 1. The seed is the one the office committed to: sha256 of the seed's 32 bytes.
  if (typeof seed !== 'string' || !hex64.test(seed)) return fail('the seed is not 64 lower-case hex digits (has the draw run yet?)');
  if (typeof commitment !== 'string' || !hex64.test(commitment)) return fail('the commitment is not 64 lower-case hex digits');
  if (expectedCommitment !== null && expectedCommitment.toLowerCase() !== commitment) {
    return fail(`the commitment published now (${commitment}) is not the one you saved (${expectedCommitment})`);
  }
  const seedBytes = Buffer.from(seed, 'hex');
  const hash = createHash('sha256').update(seedBytes).digest('hex');
  if (hash !== commitment) return fail(`commitment mismatch: sha256(seed) = ${hash}, published commitment = ${commitment}`);
  lines.push('commitment matches');

  // 2. The list is well-formed: every digest once, positions 1..N each once.
  if (!Number.isInteger(urgentQuota) || urgentQuota < 0) return fail('urgentQuota is not a whole number >= 0');
  if (!Array.isArray(entries)) return fail('entries is not a list');
  const digests = new Set();
  const byPosition = new Map();
  for (const entry of entries) {
    if (typeof entry?.digest !== 'string' || entry.digest === '') return fail(`an entry has no digest: ${JSON.stringify(entry)}`);
    if (typeof entry.urgent !== 'boolean') return fail(`entry ${entry.digest} has no urgent flag`);
    if (digests.has(entry.digest)) return fail(`entry ${entry.digest} is listed twice`);
    digests.add(entry.digest);
    if (!Number.isInteger(entry.position) || entry.position < 1 || entry.position > entries.length || byPosition.has(entry.position)) {
      return fail(`entry ${entry.digest} has position ${entry.position}; positions must be 1..${entries.length}, each once`);
    }
    byPosition.set(entry.position, entry);
  }

  // 3. The order: each entry's key is HMAC-SHA256(key = the seed's bytes, message = its digest);
  //    the first `urgentQuota` urgent entries by ascending key go first, then all others by
  //    ascending key (equal keys, which do not happen, by digest).
  const keyed = entries.map((entry) => ({ digest: entry.digest, urgent: entry.urgent, key: createHmac('sha256', seedBytes).update(entry.digest, 'ascii').digest('hex') })).sort((a, b) => compare(a.key, b.key) || compare(a.digest, b.digest));
  const first = new Set(keyed.filter((entry) => entry.urgent).slice(0, urgentQuota));
  const order = [...first, ...keyed.filter((entry) => !first.has(entry))];

  for (let index = 0; index < order.length; index++) {
    const position = index + 1;
    const listed = byPosition.get(position);
    if (listed.digest !== order[index].digest) {
      return fail(`order mismatch at position ${position}: published ${listed.digest}, recomputed ${order[index].digest}`);
    }
  }
  lines.push(`order verified: ${order.length} entries (${first.size} urgent first, quota ${urgentQuota})`);
  return { ok: true, lines };
}

async function main(args) {
  const flag = args.indexOf('--commitment');
  const expected = flag === -1 ? null : (args[flag + 1] ?? '');
  const sources = args.filter((_, index) => flag === -1 || (index !== flag && index !== flag + 1));
  if (sources.length !== 1) {
    console.error('usage: node ops/draw/verify-draw.mjs <url-or-file> [--commitment <hex>]');
    return 2;
  }
  let published;
  try {
    published = await readPublishedDraw(sources[0]);
  } catch (error) {
    console.error(`cannot read ${sources[0]}: ${error.message}`);
    return 1;
  }
  const result = verifyPublishedDraw(published, expected);
  for (const line of result.lines) console.log(line);
  if (!result.ok) {
    console.error(result.problem);
    return 1;
  }
  return 0;
}

// Run as a script, not when imported.
if (process.argv[1] && import.meta.filename === realpathSync(process.argv[1])) {
  process.exitCode = await main(process.argv.slice(2));
}
