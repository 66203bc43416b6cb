import ProofOfWorkWorker from '../composables/proof-of-work.worker.ts?worker&inline';

/**
 * The widget's proof-of-work worker: a worker must come from the page's own origin, and the host
 * page is not the API's, so the worker's code travels inside the widget's script (started from a
 * blob: URL). Put in place of composables/proof-of-work-worker.ts by vite.widget.config.ts.
 */
export const createProofOfWorkWorker = (): Worker => new ProofOfWorkWorker();
