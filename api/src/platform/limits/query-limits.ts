import { GraphQLError, Kind, type DirectiveNode, type DocumentNode, type FragmentDefinitionNode, type GraphQLSchema, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';

/** Where the expanded size stops counting: a fan-out of spreads doubles it per level. */
const sizeSaturation = Number.MAX_SAFE_INTEGER;

/** What one walk over an operation finds, each fragment definition walked once however often it is spread. */
export interface OperationMeasure {
  /** Nesting of fields, fragments expanded. */
  depth: number;
  /**
   * Fields of the operation with its fragments expanded, saturating: a lower bound of its cost, as
   * every field costs at least one more than its children (see `estimators`).
   */
  expandedSize: number;
  /** Whether it reads the schema (`__schema` or `__type`); `__typename` does not. */
  introspects: boolean;
  /** Fragment definitions walked: at most one per definition. */
  fragmentVisits: number;
}

/** An `@include`/`@skip` whose outcome is not known here (a variable not given) keeps the selection out of the size, never in. */
function certainlyIncluded(directives: readonly DirectiveNode[] | undefined, variables: Record<string, unknown> | undefined): boolean {
  for (const directive of directives ?? []) {
    if (directive.name.value !== 'include' && directive.name.value !== 'skip') continue;
    const condition = directive.arguments?.find((argument) => argument.name.value === 'if')?.value;
    const value = condition?.kind === Kind.BOOLEAN ? condition.value : condition?.kind === Kind.VARIABLE ? variables?.[condition.name.value] : undefined;
    if (value !== (directive.name.value === 'include')) return false;
  }
  return true;
}

interface Figures {
  depth: number;
  size: number;
}

const nothing: Figures = { depth: 0, size: 0 };

/** One measure of one operation: the figures of each fragment, kept once walked. */
class OperationWalk {
  readonly measure: OperationMeasure = { depth: 0, expandedSize: 0, introspects: false, fragmentVisits: 0 };
  private readonly fragments = new Map<string, FragmentDefinitionNode>();
  private readonly measured = new Map<string, Figures | 'walking'>();

  constructor(
    document: DocumentNode,
    private readonly variables: Record<string, unknown> | undefined,
  ) {
    for (const definition of document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) this.fragments.set(definition.name.value, definition);
  }

  fragmentFigures(name: string): Figures {
    const known = this.measured.get(name);
    if (known === 'walking') return nothing;
    if (known) return known;
    const fragment = this.fragments.get(name);
    if (!fragment) return nothing;
    this.measured.set(name, 'walking');
    this.measure.fragmentVisits += 1;
    const figures = this.selectionSetFigures(fragment.selectionSet);
    this.measured.set(name, figures);
    return figures;
  }

  // The cost library takes, per selection set, the most expensive of the possible types: fields
  // and fragments on the same type condition add up, fragments on different ones may exclude
  // each other, so only the largest such group counts towards the lower bound.
  selectionSetFigures(selectionSet: SelectionSetNode | undefined): Figures {
    if (!selectionSet) return nothing;
    let depth = 0;
    let untyped = 0;
    let typed: Map<string, number> | undefined;
    for (const selection of selectionSet.selections) {
      let figures: Figures;
      let typeCondition: string | undefined;
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value === '__schema' || selection.name.value === '__type') this.measure.introspects = true;
        const children = this.selectionSetFigures(selection.selectionSet);
        figures = { depth: 1 + children.depth, size: 1 + children.size };
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        figures = this.selectionSetFigures(selection.selectionSet);
        typeCondition = selection.typeCondition?.name.value;
      } else {
        figures = this.fragmentFigures(selection.name.value);
        typeCondition = this.fragments.get(selection.name.value)?.typeCondition.name.value;
      }
      depth = Math.max(depth, figures.depth);
      if (!certainlyIncluded(selection.directives, this.variables)) continue;
      if (typeCondition === undefined) untyped = Math.min(sizeSaturation, untyped + figures.size);
      else {
        typed ??= new Map();
        typed.set(typeCondition, Math.min(sizeSaturation, (typed.get(typeCondition) ?? 0) + figures.size));
      }
    }
    let largestTyped = 0;
    if (typed) for (const size of typed.values()) largestTyped = Math.max(largestTyped, size);
    return { depth, size: Math.min(sizeSaturation, untyped + largestTyped) };
  }
}

/**
 * Depth, expanded size and introspection of an operation in time linear in the document: each
 * fragment's figures are computed once and reused at every spread (spreads that fan out to the
 * next fragment twice per level would otherwise cost 2^levels). A cycle of fragments counts
 * nothing for its repeated part; validation refuses such documents.
 */
export function measureOperation(document: DocumentNode, operation: OperationDefinitionNode, variables?: Record<string, unknown>): OperationMeasure {
  const walk = new OperationWalk(document, variables);
  const figures = walk.selectionSetFigures(operation.selectionSet);
  walk.measure.depth = figures.depth;
  walk.measure.expandedSize = figures.size;
  return walk.measure;
}

// A page of `first` items costs as much as its items: the bots' way to ask for everything at once.
// Fields that scan many rows declare their own cost (`complexity` on the resolver).
const pageEstimator: ComplexityEstimator = ({ args, childComplexity }) => (typeof args.first === 'number' ? 1 + childComplexity * Math.max(1, args.first) : undefined);

/** A declared cost adds to the field's children, never replaces them: what makes the expanded size a lower bound of the cost. */
const atLeastOneMoreThanChildren =
  (estimator: ComplexityEstimator): ComplexityEstimator =>
  (args) => {
    const estimate = estimator(args);
    return typeof estimate === 'number' ? Math.max(estimate, 1 + args.childComplexity) : undefined;
  };

const estimators = [fieldExtensionsEstimator(), pageEstimator, simpleEstimator({ defaultComplexity: 1 })].map(atLeastOneMoreThanChildren);

/** Root fields one operation may ask for: aliases must not multiply a request's work unnoticed. */
export const maxRootFields = 10;

/** What an operation costs of the caller's rate budget: every root field, mutations three times. */
export function operationCost(operation: OperationDefinitionNode): number {
  return operation.selectionSet.selections.length * (operation.operation === 'mutation' ? 3 : 1);
}

/** The cost, or why it cannot be computed (variables that do not coerce, a document the library gives up on). */
export type CostOutcome = number | { refused: string };

/**
 * Costs already computed per parsed document (Apollo hands the same document object for the same
 * query text) and operation name and variables: bots poll the same few operations, and walking the
 * document with the schema's type information on every request costs more than answering from the cache.
 */
const costs = new WeakMap<DocumentNode, Map<string, CostOutcome>>();
/** Variants kept per document; bots vary their variables (dates), so the map starts over when full. */
const maxCostsPerDocument = 256;
/** Large variables (a contact form, a list of ids) are costed anew rather than kept. */
const maxCostKeyLength = 2_000;

/** The cost of an operation by graphql-query-complexity with our estimators, or why it has none. */
export function operationComplexity(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown> | undefined): CostOutcome {
  const key = `${operation.name?.value ?? ''}\u0000${JSON.stringify(variables ?? {})}`;
  let known = costs.get(document);
  if (!known) costs.set(document, (known = new Map()));
  const cached = known.get(key);
  if (cached !== undefined) return cached;
  let outcome: CostOutcome;
  try {
    outcome = getComplexity({ schema, query: document, operationName: operation.name?.value, variables, estimators });
  } catch (error) {
    // The library's own errors say what is wrong with the input; anything else stays inside.
    outcome = { refused: error instanceof GraphQLError ? error.message : 'The cost of the operation cannot be computed.' };
  }
  if (key.length > maxCostKeyLength) return outcome;
  if (known.size >= maxCostsPerDocument) known.clear();
  known.set(key, outcome);
  return outcome;
}

/**
 * Why an operation nested deeper or costing more than the limits must not run, or null: so that
 * one request cannot make the server or the database do unbounded work. The linear measure comes
 * first, so that a document whose expansion alone is over the limit never reaches the cost library,
 * whose walk expands every spread.
 */
export function queryLimitProblem(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | undefined,
  measure: OperationMeasure,
  limits: { maxQueryDepth: number; maxQueryComplexity: number },
): string | null {
  if (operation.selectionSet.selections.length > maxRootFields) return `The operation asks for ${operation.selectionSet.selections.length} root fields; at most ${maxRootFields} are allowed.`;
  // Introspection (GraphiQL and codegen ask it 15 levels deep) is exempt from the depth limit
  // only: its cost still counts, so that aliases cannot multiply it.
  const introspectionOnly = operation.selectionSet.selections.every((selection) => selection.kind === Kind.FIELD && selection.name.value.startsWith('__'));
  if (!introspectionOnly && measure.depth > limits.maxQueryDepth) return `The operation is nested ${measure.depth} levels deep; at most ${limits.maxQueryDepth} are allowed.`;
  if (measure.expandedSize > limits.maxQueryComplexity) return `The operation costs at least ${measure.expandedSize}; at most ${limits.maxQueryComplexity} are allowed. Ask for fewer fields or fragments.`;
  const complexity = operationComplexity(schema, document, operation, variables);
  if (typeof complexity !== 'number') return complexity.refused;
  if (complexity > limits.maxQueryComplexity) return `The operation costs ${complexity}; at most ${limits.maxQueryComplexity} are allowed. Ask for fewer items per page.`;
  return null;
}
