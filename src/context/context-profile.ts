/**
 * @module context/context-profile
 * Context profiles: what a monitor knows about the place and time a speech was made (Rabat factor 1).
 * Loaded from data/contexts/*.json (and, later, the API); validated with zod.
 */
import { z } from 'zod';
import { TargetGroupSchema } from '../schema/result.js';

const DateString = z.string().refine((s) => !Number.isNaN(Date.parse(s)), { message: 'must be an ISO 8601 date' });

/** A dated event that raises tension around it: violence, a curfew, polling day, a commemoration. */
export const ContextEventSchema = z.object({
  date: DateString,
  kind: z.enum(['election', 'polling_day', 'violence', 'curfew', 'commemoration', 'religious_event', 'attack_on_leader', 'protest', 'other']),
  description: z.string().max(2000),
  /** 0..1: how much this event alone raises tension near its date. */
  severity: z.number().min(0).max(1).default(0.7),
});

/** A term the monitors of this context know to be coded or inflammatory. */
export const ContextTermSchema = z.object({
  term: z.string().min(1),
  lang: z.string().min(2).optional(),
  category: z.enum(['identity', 'slur', 'dehumanisation', 'violence', 'call_to_action']),
  group: TargetGroupSchema.optional(),
  severity: z.number().min(0).max(1).default(0.8),
});

export const ContextProfileSchema = z.object({
  id: z.string().min(1).max(128).regex(/^[A-Za-z0-9._-]+$/),
  name: z.string().max(512),
  country: z.string().max(128).optional(),
  region: z.string().max(256).optional(),
  languages: z.array(z.string()).default([]),
  /** Standing tension of the situation, 0 (calm) to 1 (ongoing mass violence). */
  baseline_tension: z.number().min(0).max(1).default(0.3),
  /** A period of heightened risk, such as an election campaign. */
  period: z
    .object({
      kind: z.enum(['election', 'conflict', 'transition', 'other']),
      start: DateString,
      end: DateString,
      /** Tension added inside the period. */
      tension: z.number().min(0).max(1).default(0.3),
    })
    .optional(),
  events: z.array(ContextEventSchema).default([]),
  /** Groups at risk here, with a note why. */
  groups_at_risk: z.array(z.object({ group: TargetGroupSchema, name: z.string(), note: z.string().optional() })).default([]),
  terms: z.array(ContextTermSchema).default([]),
  /** Per-context overrides of the aggregate's thresholds. */
  thresholds: z
    .object({
      content: z.number().min(0).max(1),
      intent: z.number().min(0).max(1),
      speaker: z.number().min(0).max(1),
      context: z.number().min(0).max(1),
      extent: z.number().min(0).max(1),
      likelihood: z.number().min(0).max(1),
      hate: z.number().min(0).max(1),
      offensive: z.number().min(0).max(1),
    })
    .partial()
    .optional(),
});
export type ContextProfile = z.infer<typeof ContextProfileSchema>;
export type ContextEvent = z.infer<typeof ContextEventSchema>;
