/**
 * @module http/openapi
 * The OpenAPI 3.1 document of the API, generated from the zod schemas the routes validate with (zod 4's
 * `z.toJSONSchema`, JSON Schema 2020-12, which OpenAPI 3.1 uses as is). The route table here also names
 * each operation's roles; a test checks it against the roles the routes enforce.
 */
import { z } from 'zod';
import { SpeakerProfileSchema } from '../speakers/speaker.js';
import { TriageResultSchema } from '../schema/result.js';
import type { Role } from '../db/repositories/api-keys.repository.js';
import {
  AgreementResponseSchema,
  AuditEntrySchema,
  AuditQuerySchema,
  ClaimBodySchema,
  ClaimResponseSchema,
  CreatedKeySchema,
  CreateKeyBodySchema,
  DecisionBodySchema,
  DecisionResponseSchema,
  ErrorBodySchema,
  ExportQuerySchema,
  ItemParamsSchema,
  ItemResponseSchema,
  KeyParamsSchema,
  KeySchema,
  MeResponseSchema,
  PostItemsBodySchema,
  QueueEntrySchema,
  QueueQuerySchema,
  QueueResponseSchema,
  ReleaseBodySchema,
} from './routes/schemas.js';

/** One documented operation. */
export interface Operation {
  method: 'get' | 'post' | 'put' | 'delete';
  /** Express-style path under /api (`:id` parameters). */
  path: string;
  summary: string;
  /** Roles allowed; empty for public operations. */
  roles: readonly Role[];
  params?: z.ZodType;
  query?: z.ZodType;
  body?: z.ZodType;
  response?: z.ZodType;
  /** Status of a success. */
  status?: number;
  /** Non-JSON success body (exports). */
  produces?: string[];
}

const READ: readonly Role[] = ['admin', 'moderator', 'viewer'];
const REVIEW: readonly Role[] = ['admin', 'moderator'];
const ADMIN: readonly Role[] = ['admin'];
const IdParams = z.object({ id: z.string().min(1).max(512) });

/** Every operation of the API. */
export const OPERATIONS: readonly Operation[] = [
  { method: 'get', path: '/health', summary: 'Liveness, item count, model and lexicon versions', roles: [] },
  { method: 'get', path: '/openapi.json', summary: 'This document', roles: [] },
  { method: 'get', path: '/me', summary: 'The calling key: id, name, role', roles: ['admin', 'moderator', 'ingest', 'viewer'], response: MeResponseSchema },
  { method: 'post', path: '/items', summary: 'Score and store a batch of records (all or nothing)', roles: ['admin', 'moderator', 'ingest'], body: PostItemsBodySchema, response: z.object({ results: z.array(TriageResultSchema.extend({ stored: z.string().optional() })) }) },
  { method: 'get', path: '/queue', summary: 'The review queue by priority; items leased to others are left out', roles: READ, query: QueueQuerySchema, response: QueueResponseSchema },
  { method: 'get', path: '/items/:id', summary: 'An item: text, scores with evidence, review state, decision history', roles: READ, params: ItemParamsSchema, response: ItemResponseSchema },
  { method: 'post', path: '/items/:id/decisions', summary: 'Decide: confirm, reject, escalate or relabel (four-eyes on incitement)', roles: REVIEW, params: ItemParamsSchema, body: DecisionBodySchema, response: DecisionResponseSchema, status: 201 },
  { method: 'post', path: '/queue/claim', summary: 'Claim up to n items under a lease (renews those already held)', roles: REVIEW, body: ClaimBodySchema, response: ClaimResponseSchema },
  { method: 'get', path: '/queue/mine', summary: "The caller's leased items", roles: REVIEW, response: z.object({ items: z.array(QueueEntrySchema) }) },
  { method: 'post', path: '/queue/release', summary: "Release the caller's leases (some or all)", roles: REVIEW, body: ReleaseBodySchema, response: z.object({ released: z.array(z.string()) }) },
  { method: 'get', path: '/agreement', summary: "Krippendorff's alpha between moderators, overall and per level; counts per review state", roles: READ, response: AgreementResponseSchema },
  { method: 'get', path: '/export', summary: 'Evidence package: every item with scores, evidence and decisions (JSONL or CSV)', roles: REVIEW, query: ExportQuerySchema, produces: ['application/x-ndjson', 'text/csv'] },
  { method: 'get', path: '/audit', summary: 'The latest audit entries', roles: ADMIN, query: AuditQuerySchema, response: z.object({ entries: z.array(AuditEntrySchema) }) },
  { method: 'get', path: '/audit/verify', summary: 'Verify the hash chain of the audit log', roles: ADMIN, response: z.object({ ok: z.boolean(), entries: z.number(), head: z.object({ id: z.number(), hash: z.string() }).nullable(), problems: z.array(z.object({ id: z.number().nullable(), problem: z.string() })) }) },
  { method: 'get', path: '/keys', summary: 'API keys (never the secrets)', roles: ADMIN, response: z.object({ keys: z.array(KeySchema) }) },
  { method: 'post', path: '/keys', summary: 'Create an API key; the secret is in this response only', roles: ADMIN, body: CreateKeyBodySchema, response: CreatedKeySchema, status: 201 },
  { method: 'delete', path: '/keys/:id', summary: 'Revoke an API key', roles: ADMIN, params: KeyParamsSchema, response: KeySchema },
  { method: 'get', path: '/speakers', summary: 'The speaker registry', roles: READ },
  { method: 'get', path: '/speakers/:id', summary: 'A speaker', roles: READ, params: IdParams },
  { method: 'put', path: '/speakers/:id', summary: 'Add or replace a speaker', roles: ADMIN, params: IdParams, body: SpeakerProfileSchema.omit({ id: true }) },
  { method: 'get', path: '/contexts', summary: 'Context profiles', roles: READ },
  { method: 'get', path: '/contexts/:id', summary: 'A context profile', roles: READ, params: IdParams },
  { method: 'put', path: '/contexts/:id', summary: 'Add or replace a context profile', roles: ADMIN, params: IdParams, body: z.record(z.string(), z.unknown()) },
];

type JsonSchema = Record<string, unknown>;

function schemaOf(s: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const j = z.toJSONSchema(s, { io, unrepresentable: 'any', target: 'draft-2020-12' }) as JsonSchema;
  delete j.$schema;
  return j;
}

function parametersOf(s: z.ZodType, where: 'path' | 'query'): JsonSchema[] {
  const j = schemaOf(s, 'input');
  const props = (j.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((j.required ?? []) as string[]);
  return Object.entries(props).map(([name, schema]) => ({ name, in: where, required: where === 'path' || required.has(name), schema }));
}

const ERRORS: Record<string, string> = {
  '400': 'validation_failed / invalid_json',
  '401': 'unauthorized: no key, or an unknown, malformed or revoked key',
  '403': 'forbidden: the key has another role',
  '404': 'not_found',
  '409': 'conflict / lease_conflict / four_eyes_required / id_conflict',
};

/**
 * Builds the document.
 * @param version - the product version.
 * @returns the OpenAPI 3.1 document.
 */
export function openApiDocument(version: string): JsonSchema {
  const paths: Record<string, Record<string, unknown>> = {};
  const errorSchema = schemaOf(ErrorBodySchema, 'output');
  for (const op of OPERATIONS) {
    const path = `/api${op.path.replace(/:([A-Za-z_]+)/g, '{$1}')}`;
    const responses: Record<string, unknown> = {
      [String(op.status ?? 200)]: op.produces
        ? { description: 'OK', content: Object.fromEntries(op.produces.map((t) => [t, { schema: { type: 'string' } }])) }
        : { description: 'OK', content: { 'application/json': { schema: op.response ? schemaOf(op.response, 'output') : {} } } },
    };
    for (const [code, description] of Object.entries(ERRORS)) {
      if (op.roles.length === 0 && (code === '401' || code === '403')) continue;
      responses[code] = { description, content: { 'application/json': { schema: errorSchema } } };
    }
    paths[path] ??= {};
    paths[path][op.method] = {
      summary: op.summary,
      operationId: `${op.method}${op.path.replace(/[/:.]+(\w)/g, (_m, c: string) => c.toUpperCase())}`,
      ...(op.roles.length > 0 ? { security: [{ apiKey: [] }], 'x-roles': op.roles } : { security: [] }),
      parameters: [...(op.params ? parametersOf(op.params, 'path') : []), ...(op.query ? parametersOf(op.query, 'query') : [])],
      ...(op.body ? { requestBody: { required: true, content: { 'application/json': { schema: schemaOf(op.body, 'input') } } } } : {}),
      responses,
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'rabat-triage',
      version,
      description: 'Hate-speech and incitement triage against the Rabat Plan of Action six-part test: ingest, review queue, decisions, audit. Authenticate with `Authorization: Bearer <key>`; each operation lists its roles in `x-roles`.',
    },
    servers: [{ url: '/' }],
    components: { securitySchemes: { apiKey: { type: 'http', scheme: 'bearer', description: 'An API key from `rabat-triage keys create`' } } },
    security: [{ apiKey: [] }],
    paths,
  };
}
