import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import {
  DocumentNode,
  GraphQLError,
  Kind,
  OperationDefinitionNode,
  ValidationRule,
  parse,
  validate,
} from 'graphql';
import { LRUCache } from 'lru-cache';
import { PlatformMetrics } from '@pm/observability';
import { ErrorCode } from '@pm/contracts';
import { requestError } from '@pm/graphql';
import { SupergraphCosts } from './cost';

/** Per-operation limits of a deployment (gateway config.ts). */
export interface OperationLimits {
  maxCost: number;
  maxDepth: number;
  /** Aliases, `__typename` ones included: 10,000 `__typename` aliases are 10,000 fields to answer. */
  maxAliases: number;
  maxTokens: number;
  maxDirectives: number;
}

type Measured = Record<'aliases' | 'depth' | 'directives', number>;

interface Parsed {
  document: DocumentNode;
  /** In document order, with what the armor rules measured of each. */
  operations: { node: OperationDefinitionNode; measured: Measured }[];
}

export interface GraphQLRequestParts {
  query?: unknown;
  operationName?: unknown;
  variables?: unknown;
}

export interface Admitted {
  document: DocumentNode;
  operation: OperationDefinitionNode;
  cost: number;
}

/** `QUERY_TOO_COMPLEX` with what was measured and the limit it passed, before anything is planned. */
export const tooComplex = (limit: string, measured: number | string, max: number) =>
  requestError(ErrorCode.QUERY_TOO_COMPLEX, `operation ${limit} ${measured} exceeds the limit of ${max}`, {
    limit,
    measured,
    max,
  });

/**
 * Heap a parsed document takes per character of its text (graphql-js AST without locations, plus
 * the text): measured 41 bytes for 20,000 distinct operations of ~120 characters (bench/README.md).
 */
const AST_BYTES_PER_CHAR = 48;

/**
 * Checks an operation before planning: tokens while parsing (graphql-js), aliases, depth and
 * directives (graphql-armor), then our cost model with the request's variables. Parsed documents
 * and their measures are kept in an LRU bounded by the heap their ASTs take (estimated from the
 * text's length), so a repeated operation is parsed once; only its cost (variables may change
 * page sizes) is computed per request. An operation refused for its aliases, depth or directives
 * (or its cost) is not kept: fresh refused texts would otherwise push out the operations clients
 * repeat, and hold the heap of their ASTs.
 */
export class OperationGuard {
  private parsed = new LRUCache<string, Parsed>({
    maxSize: 24_000_000,
    sizeCalculation: (_v, query) => (query.length + 64) * AST_BYTES_PER_CHAR,
  });
  private rules: ValidationRule[];
  private measuring?: Partial<Measured>[];

  constructor(
    private costs: SupergraphCosts,
    private limits: OperationLimits,
    private metrics?: PlatformMetrics,
  ) {
    const record = (key: keyof Measured) => ({
      n: { aliases: limits.maxAliases, depth: limits.maxDepth, directives: limits.maxDirectives }[key],
      exposeLimits: true,
      propagateOnRejection: false,
      onAccept: [(_c: unknown, { n }: { n: number }) => this.note(key, n)],
      onReject: [
        (_c: unknown, e: GraphQLError) => this.note(key, Number(/found (\d+)/.exec(e.message)?.[1])),
      ],
    });
    this.rules = [
      maxAliasesRule({ ...record('aliases'), allowList: [] }),
      maxDepthRule({ ...record('depth'), ignoreIntrospection: true, flattenFragments: true }),
      maxDirectivesRule(record('directives')),
    ];
  }

  /** Throws QUERY_TOO_COMPLEX; answers undefined for what Apollo reports itself (no query, bad syntax). */
  check(req: GraphQLRequestParts): Admitted | undefined {
    if (typeof req.query !== 'string') return undefined;
    const parsed = this.parse(req.query);
    if (!parsed) return undefined;
    const op =
      typeof req.operationName === 'string'
        ? parsed.operations.find((o) => o.node.name?.value === req.operationName)
        : parsed.operations.length === 1
          ? parsed.operations[0]
          : undefined;
    if (!op) return undefined;
    const { aliases, depth, directives } = op.measured;
    if (aliases > this.limits.maxAliases) throw tooComplex('aliases', aliases, this.limits.maxAliases);
    if (depth > this.limits.maxDepth) throw tooComplex('depth', depth, this.limits.maxDepth);
    if (directives > this.limits.maxDirectives)
      throw tooComplex('directives', directives, this.limits.maxDirectives);
    const vars =
      req.variables && typeof req.variables === 'object' ? (req.variables as Record<string, unknown>) : {};
    const cost = this.costs.cost(parsed.document, op.node, vars);
    if (cost > this.limits.maxCost) throw tooComplex('cost', cost, this.limits.maxCost);
    if (!this.parsed.has(req.query)) this.parsed.set(req.query, parsed);
    return { document: parsed.document, operation: op.node, cost };
  }

  private parse(query: string): Parsed | undefined {
    const hit = this.parsed.get(query);
    this.metrics?.cache('operations', !!hit);
    if (hit) return hit;
    let document: DocumentNode;
    try {
      document = parse(query, { maxTokens: this.limits.maxTokens, noLocation: true });
    } catch (e) {
      if (e instanceof GraphQLError && /tokens\. Parsing aborted/.test(e.message))
        // Counting on only to report how far past the limit it went would cost more than the parse.
        throw tooComplex('tokens', `more than ${this.limits.maxTokens}`, this.limits.maxTokens);
      return undefined;
    }
    const ops = document.definitions.filter(
      (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
    );
    this.measuring = ops.map(() => ({}));
    validate(this.costs.schema, document, this.rules);
    const measured = this.measuring;
    this.measuring = undefined;
    return {
      document,
      operations: ops.map((node, i) => ({
        node,
        measured: { aliases: 0, depth: 0, directives: 0, ...measured[i] },
      })),
    };
  }

  /** The rules visit operations in document order, each reporting once per rule. */
  private note(key: keyof Measured, n: number): void {
    const slot = this.measuring?.find((m) => m[key] === undefined);
    if (slot) slot[key] = n;
  }
}
