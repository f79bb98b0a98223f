/**
 * @module factors/context
 * Rabat factor 1, context: the social and political situation when the speech was made. From the
 * item's context profile: standing tension, a period of heightened risk (an election), and dated events
 * (violence, polling day, a curfew) whose weight falls off with distance in days from `published_at`.
 * Null when no profile applies: the product does not invent a context.
 */
import type { ContextProfile } from '../context/context-profile.js';
import type { Evidence, Factor, Target } from '../schema/result.js';
import { anyOf, unit } from './evidence.js';

const DAY = 86_400_000;
/** Days over which an event's weight halves. */
const EVENT_HALF_LIFE_DAYS = 7;

/**
 * Scores the context.
 * @param profile - the context profile, or null.
 * @param publishedAt - when the speech was made (ISO 8601), if known.
 * @param targets - groups the text targets (a group the profile lists as at risk raises the score).
 * @returns the factor.
 */
export function scoreContext(profile: ContextProfile | null, publishedAt: string | undefined, targets: readonly Target[]): Factor {
  if (!profile) return { score: null, evidence: [{ kind: 'undetermined', detail: 'no context profile: the situation cannot be judged' }] };
  const evidence: Evidence[] = [{ kind: 'baseline', detail: `${profile.name}: baseline tension ${profile.baseline_tension}`, weight: profile.baseline_tension, source: `context:${profile.id}` }];
  const parts = [profile.baseline_tension];
  const when = publishedAt ? Date.parse(publishedAt) : Number.NaN;
  if (Number.isNaN(when)) {
    evidence.push({ kind: 'no_date', detail: 'no publication date: period and events not weighed' });
  } else {
    const p = profile.period;
    if (p && when >= Date.parse(p.start) && when <= Date.parse(p.end) + DAY) {
      parts.push(p.tension);
      evidence.push({ kind: 'period', detail: `inside the ${p.kind} period ${p.start} to ${p.end}`, weight: p.tension, source: `context:${profile.id}` });
    }
    let best: { w: number; e: Evidence } | undefined;
    for (const ev of profile.events) {
      const days = (Date.parse(ev.date) - when) / DAY;
      const w = ev.severity * Math.pow(0.5, Math.abs(days) / EVENT_HALF_LIFE_DAYS);
      const rel = Math.abs(days) < 1 ? 'the same day as' : days > 0 ? `${Math.round(days)} day(s) before` : `${Math.round(-days)} day(s) after`;
      if (w > 0.05 && (!best || w > best.w)) {
        best = { w, e: { kind: 'event', detail: `${rel} ${ev.kind}: ${ev.description}`, weight: unit(w), source: `context:${profile.id}`, data: { date: ev.date, days: Math.round(days * 10) / 10 } } };
      }
    }
    if (best) {
      parts.push(best.w);
      evidence.push(best.e);
    }
  }
  const atRisk = profile.groups_at_risk.filter((g) => targets.some((t) => t.group === g.group));
  if (atRisk.length > 0) {
    parts.push(0.2);
    evidence.push({ kind: 'group_at_risk', detail: `targets a group this context lists as at risk (${atRisk.map((g) => g.group).join(', ')})`, weight: 0.2 });
  }
  return { score: unit(anyOf(parts)), evidence };
}
