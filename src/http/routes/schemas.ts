/**
 * @module http/routes/schemas
 * Request and response schemas of the API (the OpenAPI document is generated from these).
 */
import { z } from 'zod';
import { RoleSchema } from '../../db/repositories/api-keys.repository.js';
import { DecisionActionSchema } from '../../db/repositories/decisions.repository.js';
import { REVIEW_STATES } from '../../moderation/review-state.js';
import { EvidenceSchema, FACTOR_KEYS, LevelSchema, TargetGroupSchema, TargetSchema, TriageResultSchema } from '../../schema/result.js';

/** Most records one POST /api/items may carry. */
export const MAX_BATCH = 1000;

/** A batch of raw records; each is validated on its own so the error can name its index. */
export const PostItemsBodySchema = z.union([
  z.array(z.unknown()).min(1).max(MAX_BATCH),
  z.object({ items: z.array(z.unknown()).min(1).max(MAX_BATCH) }).transform((b) => b.items),
]);

const IsoDate = z
  .string()
  .max(64)
  .refine((s) => /^\d{4}-\d{2}-\d{2}/.test(s) && !Number.isNaN(Date.parse(s)), { message: 'must be an ISO 8601 date or date-time' });

/** An item's review state. */
export const ReviewStateSchema = z.enum(REVIEW_STATES);

/** Filters shared by the queue listing and claims. */
export const ReviewFilterSchema = z.object({
  /** The scored level. */
  level: LevelSchema.optional(),
  /** The detected (or given) language. */
  lang: z.string().min(2).max(16).optional(),
  /** A protected group the item targets. */
  target: TargetGroupSchema.optional(),
  /** A context profile id. */
  context: z.string().min(1).max(128).optional(),
  /** A speaker id. */
  speaker: z.string().min(1).max(512).optional(),
  /** Published on or after (ISO 8601). */
  from: IsoDate.optional(),
  /** Published on or before (ISO 8601; a bare date covers the day). */
  to: IsoDate.optional(),
});

/** GET /api/queue query. */
export const QueueQuerySchema = ReviewFilterSchema.extend({
  /** Review states to list: `open` (default) is unreviewed and pending_second; `all` is every state. */
  state: z.union([ReviewStateSchema, z.literal('open'), z.literal('all')]).default('open'),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
export type QueueQuery = z.infer<typeof QueueQuerySchema>;

/** `:id` of an item. */
export const ItemParamsSchema = z.object({ id: z.string().min(1).max(512) });

/** A moderator's override of one factor. */
export const FactorOverrideSchema = z.object({
  /** The score the moderator gives this factor, 0..1, or null for "cannot be judged". */
  score: z.number().min(0).max(1).nullable(),
  /** Why. */
  reason: z.string().max(2000).optional(),
});

/** POST /api/items/:id/decisions body. */
export const DecisionBodySchema = z
  .object({
    action: DecisionActionSchema,
    /** The level judged (confirm: defaults to the level on the table; relabel: required). */
    level: LevelSchema.optional(),
    note: z.string().max(10_000).optional(),
    /** Per-factor overrides (relabel only). */
    factor_overrides: z.partialRecord(z.enum(FACTOR_KEYS), FactorOverrideSchema).optional(),
  })
  .strict()
  .refine((d) => d.action !== 'relabel' || d.level !== undefined, { message: 'relabel needs a level', path: ['level'] })
  .refine((d) => d.factor_overrides === undefined || d.action === 'relabel', { message: 'factor overrides go with a relabel', path: ['factor_overrides'] });
export type DecisionBody = z.infer<typeof DecisionBodySchema>;

/** POST /api/queue/claim body. */
export const ClaimBodySchema = z
  .object({
    /** How many items to hold (the ones already held count first). */
    n: z.number().int().min(1).max(200).default(10),
    filters: ReviewFilterSchema.strict().default({}),
    /** How long the lease lasts. */
    lease_seconds: z.number().int().min(1).max(86_400).default(900),
  })
  .strict();
export type ClaimBody = z.infer<typeof ClaimBodySchema>;

/** POST /api/queue/release body. */
export const ReleaseBodySchema = z
  .object({
    /** Items to release; all the caller holds when omitted. */
    ids: z.array(z.string().min(1).max(512)).max(1000).optional(),
  })
  .strict();

/** GET /api/export query. */
export const ExportQuerySchema = z.object({ format: z.enum(['jsonl', 'csv']).default('jsonl') });

/** POST /api/keys body. */
export const CreateKeyBodySchema = z.object({ role: RoleSchema, name: z.string().min(1).max(200) }).strict();
/** `:id` of a key. */
export const KeyParamsSchema = z.object({ id: z.string().min(1).max(64) });

/** GET /api/audit query. */
export const AuditQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(1000).default(100),
  subject: z.string().min(1).max(600).optional(),
});

// ---- Responses (documented in the OpenAPI document; presenters are tested against them). ----

/** Every error response. */
export const ErrorBodySchema = z.object({
  error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }),
});

/** A lease as the caller sees it (null when none is live). */
export const LeaseSchema = z.object({ holder: z.string(), expires_at: z.string(), mine: z.boolean() }).nullable();

/** One entry of the queue. */
export const QueueEntrySchema = z.object({
  id: z.string(),
  level: LevelSchema,
  priority: z.number(),
  lang: z.string(),
  review_required: z.boolean(),
  review_state: ReviewStateSchema,
  targets: z.array(TargetSchema),
  top_evidence: z.array(EvidenceSchema.extend({ factor: z.string() })),
  created_at: z.string(),
  lease: LeaseSchema,
});

/** GET /api/queue response. */
export const QueueResponseSchema = z.object({ total: z.number(), limit: z.number(), offset: z.number(), items: z.array(QueueEntrySchema) });
/** POST /api/queue/claim response. */
export const ClaimResponseSchema = z.object({ expires_at: z.string(), items: z.array(QueueEntrySchema) });

/** A decision as the API shows it. */
export const DecisionSchema = z.object({
  id: z.number(),
  action: DecisionActionSchema,
  level: LevelSchema.nullable(),
  note: z.string().nullable(),
  actor: z.string(),
  actor_name: z.string().nullable(),
  factor_overrides: z.partialRecord(z.enum(FACTOR_KEYS), FactorOverrideSchema).nullable(),
  score_id: z.number().nullable(),
  created_at: z.string(),
});

/** An item's review status. */
export const ReviewSchema = z.object({
  state: ReviewStateSchema,
  /** The level moderators settled on, or the one awaiting a second confirmation. */
  level: LevelSchema.nullable(),
  pending_actor: z.string().nullable(),
  lease: LeaseSchema,
});

/** GET /api/items/:id response. */
export const ItemResponseSchema = z.object({
  id: z.string(),
  text: z.string(),
  record: z.record(z.string(), z.unknown()),
  content_hash: z.string(),
  created_at: z.string(),
  result: TriageResultSchema.nullable(),
  scores: z.array(z.object({ id: z.number(), scorer_version: z.string(), created_at: z.string(), level: LevelSchema, priority: z.number() })),
  decisions: z.array(DecisionSchema),
  review: ReviewSchema,
});

/** POST /api/items/:id/decisions response. */
export const DecisionResponseSchema = z.object({ decision: DecisionSchema, decisions: z.array(DecisionSchema), review: ReviewSchema });

const AlphaSchema = z.number().nullable();
/** GET /api/agreement response. */
export const AgreementResponseSchema = z.object({
  items: z.number(),
  judgements: z.number(),
  overall: AlphaSchema,
  per_level: z.record(LevelSchema, z.object({ alpha: AlphaSchema, judgements: z.number() })),
  states: z.record(ReviewStateSchema, z.number()),
});

/** A key as the API shows it (never the secret). */
export const KeySchema = z.object({ id: z.string(), name: z.string(), role: RoleSchema, prefix: z.string(), created_at: z.string(), revoked_at: z.string().nullable() });
/** POST /api/keys response: the only time the secret is shown. */
export const CreatedKeySchema = KeySchema.extend({ key: z.string().describe('the secret: shown once, never stored') });

/** GET /api/me response. */
export const MeResponseSchema = z.object({ key_id: z.string(), name: z.string(), role: RoleSchema });

/** An audit entry as GET /api/audit shows it. */
export const AuditEntrySchema = z.object({
  id: z.number(),
  at: z.string(),
  actor: z.string(),
  action: z.string(),
  subject: z.string().nullable(),
  data: z.unknown(),
  prev_hash: z.string(),
  hash: z.string(),
});
