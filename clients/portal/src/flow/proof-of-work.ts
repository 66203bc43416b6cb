/** The ALTCHA payload reserveSlot takes as proofOfWork: the challenge with the number found, base64 JSON. */
export interface ChallengeLike {
  algorithm: string;
  challenge: string;
  salt: string;
  signature: string;
}

export function proofOfWorkPayload(challenge: ChallengeLike, number: number, took: number): string {
  const json = JSON.stringify({ algorithm: challenge.algorithm, challenge: challenge.challenge, number, salt: challenge.salt, signature: challenge.signature, took });
  return btoa(json);
}
