import { GraphQLError, type DocumentNode, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import type { Principal } from '../../domain/accounts/principal';
import type { AppConfig } from '../config';
import { measureOperation, queryLimitProblem } from '../limits/query-limits';
import { nulByteProblem } from './reject-nul-bytes';

/** Whether this caller may read the schema: anybody where introspection is on, otherwise the API keys named for it. */
export function mayIntrospect(principal: Principal, introspection: AppConfig['introspection']): boolean {
  return introspection.enabled || (principal.kind === 'apiKey' && introspection.apiKeys.includes(principal.name));
}

function operationProblem(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | undefined,
  principal: Principal,
  settings: Pick<AppConfig, 'limits' | 'introspection'>,
): string | null {
  const measure = measureOperation(document, operation, variables);
  if (measure.introspects && !mayIntrospect(principal, settings.introspection)) return 'Introspection is not available to this caller: the schema is published with the API (schema/schema.graphql).';
  return queryLimitProblem(schema, document, operation, variables, measure, settings.limits);
}

/**
 * Every check a validated operation passes before it is charged and runs, the same over HTTP and
 * over sockets: NUL characters, who may introspect, depth, size and cost. A refusal is malformed
 * input (BAD_USER_INPUT, HTTP 400), found in time linear in the document.
 */
export function guardOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode | null | undefined,
  variables: Record<string, unknown> | null | undefined,
  principal: Principal,
  settings: Pick<AppConfig, 'limits' | 'introspection'>,
): void {
  // Without an operation (an unknown operationName) nothing runs: execution refuses it.
  const problem = nulByteProblem(document, variables) ?? (operation ? operationProblem(schema, document, operation, variables ?? undefined, principal, settings) : null);
  if (problem !== null) throw new GraphQLError(problem, { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
}
