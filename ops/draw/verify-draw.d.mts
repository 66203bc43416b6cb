/** The JSON the API publishes at GET /draws/<drawId>/result.json after a draw. */
export interface PublishedDraw {
  drawId: string | number;
  serviceId: string | number;
  commitment: string;
  seed: string | null;
  urgentQuota: number;
  entries: { digest: string; urgent: boolean; position: number }[];
}

export type Verification = { ok: true; lines: string[] } | { ok: false; problem: string; lines: string[] };

export declare function readPublishedDraw(source: string): Promise<PublishedDraw>;
export declare function verifyPublishedDraw(published: unknown, expectedCommitment?: string | null): Verification;
