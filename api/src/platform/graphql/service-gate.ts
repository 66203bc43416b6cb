import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, type OperationDefinitionNode } from 'graphql';
import type { Principal } from '../../domain/accounts/principal';
import type { Unavailability } from '../../domain/maintenance/maintenance-gate';

/**
 * Decides, before an operation runs, whether the service is available to its caller (HTTP and
 * sockets alike); the composition root supplies it, so that the platform names no module.
 */
export interface ServiceGate {
  refusal(principal: Principal, rootFields: readonly string[] | null): Promise<Unavailability | null>;
}

/** The root fields an operation selects directly; null when fragments at its root hide some. */
export function rootFieldsOf(operation: OperationDefinitionNode): string[] | null {
  const fields: string[] = [];
  for (const selection of operation.selectionSet.selections) {
    if (selection.kind !== Kind.FIELD) return null;
    fields.push(selection.name.value);
  }
  return fields;
}

/** SERVICE_UNAVAILABLE with the retry time in the extensions; over HTTP a 503 with Retry-After. */
export function serviceUnavailable(unavailability: Unavailability, overHttp: boolean): GraphQLError {
  const retryAfter = unavailability.retryAfterSeconds;
  return new GraphQLError(unavailability.message, {
    extensions: { code: 'SERVICE_UNAVAILABLE', retryAfter, ...(overHttp ? { http: { status: 503, headers: new Map([['retry-after', String(retryAfter)]]) } } : {}) },
  });
}

/** Refuses operations the gate closes once their operation is known, before limits are charged or anything runs. */
export function serviceGatePlugin(gate: ServiceGate): ApolloServerPlugin<{ principal: Principal }> {
  return {
    requestDidStart: async () => ({
      didResolveOperation: async ({ contextValue, operation }) => {
        const refusal = await gate.refusal(contextValue.principal, operation ? rootFieldsOf(operation) : null);
        if (refusal) throw serviceUnavailable(refusal, true);
      },
    }),
  };
}
