import { GraphQLError, Kind, type DocumentNode, type FragmentDefinitionNode, type GraphQLSchema, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';

function depthOf(selectionSet: SelectionSetNode | undefined, fragments: Map<string, FragmentDefinitionNode>, seen: Set<string>): number {
  if (!selectionSet) return 0;
  let deepest = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) deepest = Math.max(deepest, 1 + depthOf(selection.selectionSet, fragments, seen));
    else if (selection.kind === Kind.INLINE_FRAGMENT) deepest = Math.max(deepest, depthOf(selection.selectionSet, fragments, seen));
    else if (!seen.has(selection.name.value)) {
      const fragment = fragments.get(selection.name.value);
      deepest = Math.max(deepest, depthOf(fragment?.selectionSet, fragments, new Set([...seen, selection.name.value])));
    }
  }
  return deepest;
}

// A page of `first` items costs as much as its items: the bots' way to ask for everything at once.
// Fields that scan many rows declare their own cost (`complexity` on the resolver).
const pageEstimator: ComplexityEstimator = ({ args, childComplexity }) =>
  typeof args.first === 'number' ? 1 + childComplexity * Math.max(1, args.first) : undefined;

/** Root fields one operation may ask for: aliases must not multiply a request's work unnoticed. */
export const maxRootFields = 10;

/** What an operation costs of the caller's rate budget: every root field, mutations three times. */
export function operationCost(operation: OperationDefinitionNode): number {
  return operation.selectionSet.selections.length * (operation.operation === 'mutation' ? 3 : 1);
}

/**
 * Costs already computed per parsed document (Apollo hands the same document object for the same
 * query text) and operation name and variables: bots poll the same few operations, and walking the
 * document with the schema's type information on every request costs more than answering from the cache.
 */
const costs = new WeakMap<DocumentNode, Map<string, number | null>>();
/** Variants kept per document; bots vary their variables (dates), so the map starts over when full. */
const maxCostsPerDocument = 256;
/** Large variables (a contact form, a list of ids) are costed anew rather than kept. */
const maxCostKeyLength = 2_000;

function complexityOf(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown> | undefined): number | null {
  const key = `${operation.name?.value ?? ''}\u0000${JSON.stringify(variables ?? {})}`;
  let known = costs.get(document);
  if (!known) costs.set(document, (known = new Map()));
  const cached = known.get(key);
  if (cached !== undefined) return cached;
  let complexity: number | null;
  try {
    complexity = getComplexity({ schema, query: document, operationName: operation.name?.value, variables, estimators: [fieldExtensionsEstimator(), pageEstimator, simpleEstimator({ defaultComplexity: 1 })] });
  } catch {
    complexity = null;
  }
  if (key.length > maxCostKeyLength) return complexity;
  if (known.size >= maxCostsPerDocument) known.clear();
  known.set(key, complexity);
  return complexity;
}

/**
 * Refuses operations nested deeper or costing more than the limits, before they run, so that one
 * request cannot make the server or the database do unbounded work.
 */
export function checkQueryLimits(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown> | undefined, limits: { maxQueryDepth: number; maxQueryComplexity: number }): void {
  if (operation.selectionSet.selections.length > maxRootFields) {
    throw new GraphQLError(`The operation asks for ${operation.selectionSet.selections.length} root fields; at most ${maxRootFields} are allowed.`, { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
  }
  // Introspection (GraphiQL and codegen ask it 15 levels deep) is exempt from the depth limit
  // only: its cost still counts, so that aliases cannot multiply it.
  const introspection = operation.selectionSet.selections.every((selection) => selection.kind === Kind.FIELD && selection.name.value.startsWith('__'));
  const fragments = new Map(document.definitions.filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION).map((fragment) => [fragment.name.value, fragment]));
  const depth = depthOf(operation.selectionSet, fragments, new Set());
  if (!introspection && depth > limits.maxQueryDepth) {
    throw new GraphQLError(`The operation is nested ${depth} levels deep; at most ${limits.maxQueryDepth} are allowed.`, { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
  }
  const complexity = complexityOf(schema, document, operation, variables);
  // null: variables that do not coerce; execution refuses the operation with BAD_USER_INPUT before any work.
  if (complexity !== null && complexity > limits.maxQueryComplexity) {
    throw new GraphQLError(`The operation costs ${complexity}; at most ${limits.maxQueryComplexity} are allowed. Ask for fewer items per page.`, { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
  }
}
