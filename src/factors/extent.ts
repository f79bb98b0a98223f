/**
 * @module factors/extent
 * Rabat factor 5, extent of the speech act: reach and public nature (views, shares, a live audience,
 * the speaker's followers as the potential audience) and the medium (broadcast and rallies reach many
 * at once; closed messaging reaches a restricted circle). Null when no reach data and no medium.
 */
import type { InputRecord } from '../schema/input.js';
import type { Evidence, Factor } from '../schema/result.js';
import type { ResolvedSpeaker } from '../speakers/speaker.js';
import { audienceScale, unit } from './evidence.js';

const MEDIUM_WEIGHT: [RegExp, number, string][] = [
  [/broadcast|tv|television|radio/i, 0.9, 'broadcast: mass audience at once'],
  [/rally|speech|crowd|meeting|sermon|live/i, 0.8, 'rally or live speech: an audience present and able to act'],
  [/print|newspaper|press|leaflet|poster/i, 0.6, 'print'],
  [/social|twitter|x\.com|facebook|tiktok|youtube|instagram|post|telegram channel/i, 0.5, 'public social media'],
  [/web|site|blog|forum/i, 0.45, 'website'],
  [/messag|whatsapp|sms|signal|chat|private|closed|dm\b/i, 0.3, 'closed messaging: a restricted circle'],
];

/**
 * Scores the extent of the speech act.
 * @param record - the input record (reach, medium).
 * @param speaker - the resolved speaker (followers).
 * @returns the factor.
 */
export function scoreExtent(record: InputRecord, speaker: ResolvedSpeaker | null): Factor {
  const evidence: Evidence[] = [];
  const sizes: number[] = [];
  const r = record.reach;
  if (r?.views !== undefined) {
    sizes.push(r.views);
    evidence.push({ kind: 'views', detail: `${r.views} views`, weight: audienceScale(r.views), data: { views: r.views } });
  }
  if (r?.audience !== undefined) {
    sizes.push(r.audience);
    evidence.push({ kind: 'audience', detail: `audience of ${r.audience}`, weight: audienceScale(r.audience), data: { audience: r.audience } });
  }
  if (r?.shares !== undefined) {
    // Each share carries the text to a new audience: count it as about twenty readers.
    sizes.push(r.shares * 20);
    evidence.push({ kind: 'shares', detail: `${r.shares} shares`, weight: audienceScale(r.shares * 20), data: { shares: r.shares } });
  }
  if (speaker?.followers !== undefined) {
    // Followers are a potential audience, not a measured one: they count for half.
    sizes.push(speaker.followers / 2);
    evidence.push({ kind: 'potential_audience', detail: `${speaker.followers} followers as potential audience`, weight: audienceScale(speaker.followers / 2) });
  }
  const medium = record.medium ? MEDIUM_WEIGHT.find(([re]) => re.test(record.medium!)) : undefined;
  if (medium) evidence.push({ kind: 'medium', detail: `medium: ${medium[2]}`, weight: medium[1], data: { medium: record.medium } });
  else if (record.medium) evidence.push({ kind: 'medium_unknown', detail: 'medium given but not recognised', weight: 0 });

  if (sizes.length === 0 && !medium) {
    evidence.push({ kind: 'undetermined', detail: 'no reach data and no medium: extent cannot be judged' });
    return { score: null, evidence };
  }
  const reach = sizes.length > 0 ? audienceScale(Math.max(...sizes)) : undefined;
  const score = reach !== undefined && medium ? 0.7 * reach + 0.3 * medium[1] : reach !== undefined ? reach : medium![1] * 0.6;
  return { score: unit(score), evidence };
}
