import type { ErrorCode } from './generated/enums';

/** Codes a GraphQL error carries in `extensions.code` beyond the typed result unions. */
export type RequestErrorCode = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'RATE_LIMITED' | 'BAD_USER_INPUT' | 'NETWORK' | 'UNKNOWN';

export interface ProblemDescription {
  /** The key of `error.<code>` in the common messages. */
  key: `error.${ErrorCode | RequestErrorCode}`;
  params: Record<string, string | number>;
}

interface GraphQLErrorLike {
  message?: string;
  extensions?: Record<string, unknown>;
}

const requestCodes: readonly string[] = ['UNAUTHENTICATED', 'FORBIDDEN', 'RATE_LIMITED', 'BAD_USER_INPUT'] satisfies RequestErrorCode[];

/**
 * What to tell people about a failure: a result union's error member (`{ code }`) or what Apollo
 * throws (GraphQL errors with an extension code, or no answer at all).
 */
export function describeProblem(problem: unknown): ProblemDescription {
  if (problem && typeof problem === 'object' && 'code' in problem && typeof problem.code === 'string' && !('graphQLErrors' in problem)) {
    return { key: `error.${problem.code as ErrorCode}`, params: {} };
  }
  const graphQLErrors = (problem as { graphQLErrors?: GraphQLErrorLike[] } | null)?.graphQLErrors ?? [];
  const first = graphQLErrors[0];
  const code = first?.extensions?.code;
  if (typeof code === 'string' && requestCodes.includes(code)) {
    const retryAfterSeconds = first?.extensions?.retryAfterSeconds;
    return { key: `error.${code as RequestErrorCode}`, params: { seconds: typeof retryAfterSeconds === 'number' ? retryAfterSeconds : 60 } };
  }
  if ((problem as { networkError?: unknown } | null)?.networkError) return { key: 'error.NETWORK', params: {} };
  return { key: 'error.UNKNOWN', params: {} };
}
