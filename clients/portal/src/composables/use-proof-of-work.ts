import { useApolloClient } from '@vue/apollo-composable';
import { solveChallengeWorkers } from 'altcha-lib/v1';
import { ref } from 'vue';
import { proofOfWorkPayload } from '../flow/proof-of-work';
import { ProofOfWorkChallengeDocument } from '../gql/graphql';
import { createProofOfWorkWorker } from './proof-of-work-worker';

/** The browser could not solve the server's challenge (no solution in its range, or no workers). */
export class ProofOfWorkFailed extends Error {}

/** Challenges live 10 minutes on the server; a solution older than this is solved afresh. */
const freshForMs = 8 * 60_000;

interface Prepared {
  at: number;
  /** The payload, or null when the server does not ask for proof of work. */
  payload: Promise<string | null>;
}

/**
 * The proof of work anonymous reservations may need: fetched and solved in Web Workers ahead of
 * time (while the citizen looks at times), so the page never freezes and the click rarely waits.
 * Each solution buys one reservation.
 */
export function useProofOfWork() {
  const { resolveClient } = useApolloClient();
  const apollo = resolveClient();
  const solving = ref(false);
  let prepared: Prepared | null = null;

  async function solve(): Promise<string | null> {
    const { data } = await apollo.query({ query: ProofOfWorkChallengeDocument, fetchPolicy: 'network-only' });
    const challenge = data.proofOfWorkChallenge;
    if (!challenge.required) return null;
    const workers = Math.max(1, Math.min(4, (navigator.hardwareConcurrency || 2) - 1));
    const solution = await solveChallengeWorkers(createProofOfWorkWorker, workers, challenge.challenge, challenge.salt, challenge.algorithm, challenge.maxnumber);
    if (!solution) throw new ProofOfWorkFailed('no solution to the proof-of-work challenge');
    return proofOfWorkPayload(challenge, solution.number, solution.took);
  }

  /** Starts solving in the background unless a fresh solution is on its way. */
  function prepare(): void {
    if (prepared && Date.now() - prepared.at < freshForMs) return;
    const payload = solve();
    payload.catch(() => (prepared = null));
    prepared = { at: Date.now(), payload };
  }

  /** A solution for one reservation (waiting for it if need be), or null when none is needed. */
  async function take(): Promise<string | null> {
    prepare();
    const current = prepared!;
    prepared = null;
    solving.value = true;
    try {
      return await current.payload;
    } finally {
      solving.value = false;
    }
  }

  return { prepare, take, solving };
}
