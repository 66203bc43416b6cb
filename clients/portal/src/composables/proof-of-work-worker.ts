/** A worker of altcha-lib's, as a file of its own beside the page (the booking widget inlines it: widget/inline-proof-of-work-worker.ts). */
export const createProofOfWorkWorker = (): Worker => new Worker(new URL('./proof-of-work.worker.ts', import.meta.url), { type: 'module' });
