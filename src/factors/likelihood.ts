/**
 * @module factors/likelihood
 * Rabat factor 6, likelihood including imminence: a reasonable probability that the speech leads to
 * action against the group, soon. Starts from how far the speaker urges violence (violent content
 * times intent) and rises with concreteness: a time (resolved against `published_at` with chrono-node
 * where it parses the language, from the lexicon's time words elsewhere), a place, means (weapons,
 * fire), mobilisation, and the context's tension.
 */
import * as chrono from 'chrono-node';
import type { Evidence, Factor } from '../schema/result.js';
import type { SegmentSignals } from '../analysis/signals.js';
import type { ContentReading, IntentReading } from '../pipeline/types.js';
import { anyOf, matchEvidence, unit } from './evidence.js';

type ChronoParser = { parse: typeof chrono.parse };
const CHRONO: Record<string, ChronoParser> = {
  en: chrono.en, de: chrono.de, es: chrono.es, fr: chrono.fr, it: chrono.it, ja: chrono.ja, nl: chrono.nl,
  pt: chrono.pt, ru: chrono.ru, sv: chrono.sv, uk: chrono.uk, zh: chrono.zh, fi: chrono.fi, vi: chrono.vi, id: chrono.id,
};
const HOUR = 3_600_000;

export interface LikelihoodInput {
  signals: SegmentSignals;
  segmentText: string;
  segmentStart: number;
  lang: string;
  content: ContentReading;
  intent: IntentReading;
  publishedAt: string | undefined;
  /** The context factor's score, or null when no context profile applies. */
  tension: number | null;
  /** The likelihood threshold in force: below it, and with no context, a call to violence stays undetermined. */
  threshold: number;
}

/**
 * Scores likelihood and imminence for the worst segment.
 * @param input - the segment's signals, readings and the item's date and tension.
 * @returns the factor; resolved times are in the evidence's `data`.
 */
export function scoreLikelihood(input: LikelihoodInput): Factor {
  const { signals, content, intent } = input;
  const evidence: Evidence[] = [];
  // Geometric mean of violence and advocacy: a clear call needs both, but multiplying two sub-1 scores
  // would push every real call under the threshold before concreteness is even weighed.
  const urging = Math.sqrt(content.violence * Math.max(intent.advocacy, 0.2)) * intent.endorsement;
  if (urging < 0.05) {
    const weak = unit(Math.max(content.hate, content.violence) * intent.endorsement * 0.15);
    evidence.push({ kind: 'no_call_to_violence', detail: 'no call to or threat of violence that the speaker owns: harm is not likely to follow from this text', weight: weak });
    return { score: weak, evidence };
  }
  evidence.push({ kind: 'urging', detail: `violence urged with intent (violence ${content.violence.toFixed(2)}, advocacy ${intent.advocacy.toFixed(2)}, endorsement ${intent.endorsement.toFixed(2)})`, weight: unit(urging) });
  const concrete: number[] = [];

  const ref = input.publishedAt ? new Date(input.publishedAt) : undefined;
  const parser = CHRONO[input.lang];
  let resolved = false;
  if (parser && ref) {
    for (const r of parser.parse(input.segmentText, ref, { forwardDate: true }).slice(0, 3)) {
      const at = r.start.date();
      const hours = (at.getTime() - ref.getTime()) / HOUR;
      if (hours < -12) continue;
      const w = hours <= 72 ? 0.6 : hours <= 24 * 14 ? 0.35 : 0.15;
      concrete.push(w);
      resolved = true;
      evidence.push({
        kind: 'time',
        detail: `time expression resolves to ${at.toISOString()} (${Math.round(hours)} h after publication)${hours <= 72 ? ': imminent' : ''}`,
        span: { start: input.segmentStart + r.index, end: input.segmentStart + r.index + r.text.length },
        weight: w,
        source: 'chrono-node',
        data: { resolved: at.toISOString(), hours_after_publication: Math.round(hours) },
      });
    }
  }
  if (!resolved) {
    const t = signals.cues.time?.[0];
    if (t) {
      concrete.push(0.45);
      evidence.push(matchEvidence(t, 'time', 0.45, ref ? ': time word (not resolved for this language)' : ': time word (no publication date to resolve it against)'));
    }
  }
  const place = signals.cues.place?.[0];
  if (place) {
    concrete.push(0.35);
    evidence.push(matchEvidence(place, 'place', 0.35));
  }
  const means = signals.cues.means?.[0];
  if (means) {
    concrete.push(0.45);
    evidence.push(matchEvidence(means, 'means', 0.45, ': means of violence named'));
  }
  const mob = signals.cues.mobilisation?.[0];
  if (mob) {
    concrete.push(0.3);
    evidence.push(matchEvidence(mob, 'instructions', 0.3, ': concrete instruction or mobilisation'));
  }
  if (input.tension !== null) {
    concrete.push(input.tension * 0.5);
    evidence.push({ kind: 'tension', detail: `context tension ${input.tension.toFixed(2)}`, weight: unit(input.tension * 0.5) });
  }
  const score = unit(urging * (0.4 + 0.6 * anyOf(concrete)));
  // Likelihood rests on the context (tension, audience) as much as on the text. With no context profile the
  // text can establish it (a concrete, imminent call) but cannot rule it out for a call that concreteness or
  // tension could still lift over the threshold (concreteness multiplies by at most 1, so urging bounds it):
  // the factor is then undetermined, and the item goes to a human as potential incitement.
  if (input.tension === null && score < input.threshold && urging >= input.threshold) {
    evidence.push({
      kind: 'context_unknown',
      detail: `text alone gives ${score.toFixed(2)}, below ${input.threshold.toFixed(2)}, but no context profile says how tense the situation is or who can act: likelihood cannot be ruled out`,
      weight: score,
    });
    return { score: null, evidence };
  }
  return { score, evidence };
}
