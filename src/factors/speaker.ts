/**
 * @module factors/speaker
 * Rabat factor 2, speaker: the speaker's position or standing over the audience. A head of state or a
 * candidate weighs more than an anonymous account; followers add reach of influence. Null when nothing
 * is known, so the aggregate can say so rather than guess.
 */
import type { Evidence, Factor } from '../schema/result.js';
import type { ResolvedSpeaker, SpeakerRole } from '../speakers/speaker.js';
import { audienceScale, unit } from './evidence.js';

/** Standing of each role over an audience, 0..1. */
export const ROLE_WEIGHT: Record<SpeakerRole, number> = {
  head_of_state: 0.95, official: 0.85, candidate: 0.8, religious_leader: 0.8, politician: 0.75,
  media_outlet: 0.7, influencer: 0.6, journalist: 0.5, public: 0.25, anonymous: 0.15,
};

/**
 * Scores the speaker.
 * @param speaker - the resolved speaker, or null.
 * @returns the factor.
 */
export function scoreSpeaker(speaker: ResolvedSpeaker | null): Factor {
  if (!speaker) return { score: null, evidence: [{ kind: 'undetermined', detail: 'no speaker data: standing cannot be judged' }] };
  const evidence: Evidence[] = [];
  const role = speaker.role ? ROLE_WEIGHT[speaker.role] : undefined;
  if (speaker.role) evidence.push({ kind: 'role', detail: `role ${speaker.role} (from ${speaker.sources.role})`, weight: role!, source: speaker.sources.role ?? 'record' });
  else if (speaker.roleText !== undefined) evidence.push({ kind: 'role_unmapped', detail: 'role given but not one the registry knows; treated as unknown', weight: 0 });
  const reach = speaker.followers !== undefined ? audienceScale(speaker.followers) : undefined;
  if (reach !== undefined) evidence.push({ kind: 'followers', detail: `${speaker.followers} followers (from ${speaker.sources.followers})`, weight: reach, data: { followers: speaker.followers } });
  if (speaker.confirmedFlags) evidence.push({ kind: 'history', detail: `${speaker.confirmedFlags} earlier item(s) by this speaker confirmed by moderators`, weight: 0.05 });
  if (role === undefined && reach === undefined) {
    evidence.push({ kind: 'undetermined', detail: 'speaker named but neither role nor followers known' });
    return { score: null, evidence };
  }
  const base = role !== undefined && reach !== undefined ? 0.6 * role + 0.4 * reach : (role ?? reach!);
  const history = speaker.confirmedFlags ? Math.min(0.1, 0.05 * speaker.confirmedFlags) : 0;
  return { score: unit(base + history), evidence };
}
