/**
 * @module speakers/speaker
 * Speaker roles and the merge of what a record says about its speaker with the registry (Rabat factor 2).
 */
import { z } from 'zod';
import type { SpeakerInput } from '../schema/input.js';

/** Registry roles, roughly from most to least standing over an audience. */
export const SPEAKER_ROLES = [
  'head_of_state', 'official', 'candidate', 'religious_leader', 'politician', 'media_outlet', 'influencer',
  'journalist', 'public', 'anonymous',
] as const;
export const SpeakerRoleSchema = z.enum(SPEAKER_ROLES);
export type SpeakerRole = z.infer<typeof SpeakerRoleSchema>;

/** A registry entry (CLI and API write these). */
export const SpeakerProfileSchema = z.object({
  id: z.string().min(1).max(512),
  name: z.string().max(512).optional(),
  role: SpeakerRoleSchema.optional(),
  followers: z.number().int().nonnegative().optional(),
  region: z.string().max(256).optional(),
  notes: z.string().max(4000).optional(),
});
export type SpeakerProfile = z.infer<typeof SpeakerProfileSchema>;

/** The speaker as the pipeline judges it, each field with where it came from. */
export interface ResolvedSpeaker {
  id?: string;
  name?: string;
  role?: SpeakerRole;
  /** The role string as given when it did not map to a registry role. */
  roleText?: string;
  followers?: number;
  region?: string;
  sources: { role?: 'record' | 'registry'; followers?: 'record' | 'registry' };
  /** Decisions moderators confirmed on this speaker's earlier items (history). */
  confirmedFlags?: number;
}

export interface SpeakerDirectory {
  get(id: string): (SpeakerProfile & { confirmedFlags?: number }) | undefined;
}

/** An empty directory, for runs without a database. */
export const NO_SPEAKERS: SpeakerDirectory = { get: () => undefined };

const ROLE_SYNONYMS: [RegExp, SpeakerRole][] = [
  [/head[ _-]?of[ _-]?state|president|prime[ _-]?minister|king|monarch|chancellor|premier/i, 'head_of_state'],
  [/candidate|running for|contender/i, 'candidate'],
  [/minister|governor|official|mayor|police|commissioner|senator|mp\b|member of parliament|judge|military|general|army|spokes/i, 'official'],
  [/imam|priest|pastor|bishop|rabbi|cleric|sheikh|religious|monk|preacher|mullah|guru/i, 'religious_leader'],
  [/politic|party|activist leader|councillor|councilor/i, 'politician'],
  [/outlet|newspaper|broadcaster|station|channel|media|radio|tv\b|television/i, 'media_outlet'],
  [/influencer|celebrity|artist|musician|athlete|blogger|youtuber|streamer/i, 'influencer'],
  [/journalist|reporter|editor|correspondent|columnist/i, 'journalist'],
  [/anonymous|unknown|anon\b|pseudonym/i, 'anonymous'],
  [/public|citizen|user|individual|private/i, 'public'],
];

/**
 * Maps a free-text role ("Minister of Interior", "pastor") to a registry role.
 * @param text - the role as given.
 * @returns the role, or undefined when nothing fits.
 */
export function normaliseRole(text: string): SpeakerRole | undefined {
  const direct = SpeakerRoleSchema.safeParse(text.trim().toLowerCase().replace(/[ -]/g, '_'));
  if (direct.success) return direct.data;
  return ROLE_SYNONYMS.find(([re]) => re.test(text))?.[1];
}

/**
 * Merges the record's speaker with the registry: the record's own figures win for followers (they are
 * as of the post), the registry wins for role (it is curated).
 * @param input - the record's `speaker`, if any.
 * @param directory - the registry.
 * @returns the resolved speaker, or null when nothing at all is known.
 */
export function resolveSpeaker(input: SpeakerInput | undefined, directory: SpeakerDirectory): ResolvedSpeaker | null {
  const reg = input?.id ? directory.get(input.id) : undefined;
  if (!input && !reg) return null;
  const recordRole = input?.role ? normaliseRole(input.role) : undefined;
  const out: ResolvedSpeaker = { sources: {} };
  const id = input?.id ?? reg?.id;
  const name = input?.name ?? reg?.name;
  if (id) out.id = id;
  if (name) out.name = name;
  if (reg?.role) {
    out.role = reg.role;
    out.sources.role = 'registry';
  } else if (recordRole) {
    out.role = recordRole;
    out.sources.role = 'record';
  } else if (input?.role) {
    out.roleText = input.role;
  }
  if (input?.followers !== undefined) {
    out.followers = input.followers;
    out.sources.followers = 'record';
  } else if (reg?.followers !== undefined) {
    out.followers = reg.followers;
    out.sources.followers = 'registry';
  }
  if (reg?.region) out.region = reg.region;
  if (reg?.confirmedFlags !== undefined) out.confirmedFlags = reg.confirmedFlags;
  if (!out.role && !out.roleText && out.followers === undefined && !out.id && !out.name) return null;
  return out;
}
