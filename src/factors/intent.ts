/**
 * @module factors/intent
 * Rabat factor 3, intent: advocacy needs intent, not mere passing-on. Separates the speaker's own
 * hostile words from words they report, quote to condemn, negate, ask about or mock, and detects calls
 * to action addressed to an audience (imperatives, "we must", "let's", mobilisation). The score is
 * advocacy times endorsement: high only when the speaker urges and owns the hostility.
 */
import type { Evidence } from '../schema/result.js';
import type { SegmentSignals } from '../analysis/signals.js';
import type { ContentReading, IntentReading } from '../pipeline/types.js';
import { anyOf, matchEvidence, unit } from './evidence.js';

/** Cues that address an audience to act, and how much advocacy each carries (at most two of each count). */
const CALL_CUES = [
  { cat: 'call_to_action', weight: 0.6, why: ': addresses the audience with a call to act' },
  { cat: 'recruitment', weight: 0.6, why: ': asks who will join an act' },
  { cat: 'mobilisation', weight: 0.5, why: undefined },
] as const;

/** How strongly each cue distances the speaker from hostile words in the same segment. */
const DISTANCE = { reporting: 0.45, reportedQuote: 0.75, quote: 0.5, condemnation: 0.8, counter_speech: 0.6, mention: 0.6, satire: 0.6, question: 0.5 } as const;

/**
 * Scores one segment's intent.
 * @param signals - the segment's signals.
 * @param content - the segment's content reading.
 * @returns advocacy, distancing, endorsement and the factor with evidence.
 */
export function scoreIntent(signals: SegmentSignals, content: ContentReading): IntentReading {
  const evidence: Evidence[] = [];
  const owned = signals.hostile.filter((r) => !r.negated);
  const hostility = Math.max(content.hate, content.violence);

  // Distance: cues anywhere in the segment, plus how the hostile words themselves stand.
  const distances: number[] = [];
  const reporting = signals.cues.reporting ?? [];
  for (const m of reporting.slice(0, 3)) evidence.push(matchEvidence(m, 'reporting', -DISTANCE.reporting, ': news or reporting style'));
  if (reporting.length > 0) distances.push(DISTANCE.reporting);
  const quotedHostile = owned.filter((r) => r.quoted);
  if (quotedHostile.length > 0 && quotedHostile.length === owned.length) {
    const d = reporting.length > 0 ? DISTANCE.reportedQuote : DISTANCE.quote;
    distances.push(d);
    evidence.push({ kind: 'quotation', detail: reporting.length > 0 ? 'hostile words stand inside a reported quotation' : 'hostile words stand inside quotation marks', span: quotedHostile[0]!.match.span, weight: -d });
  }
  const mentioned = owned.filter((r) => r.framedAsMention);
  if (mentioned.length > 0 && mentioned.length === owned.length) {
    distances.push(DISTANCE.mention);
    evidence.push({ kind: 'mention', detail: 'the hostile words are framed as what others say ("saying that...", "people who call...")', span: mentioned[0]!.match.span, weight: -DISTANCE.mention });
  }
  for (const cat of ['condemnation', 'counter_speech', 'satire'] as const) {
    const cues = signals.cues[cat] ?? [];
    if (cues.length === 0) continue;
    distances.push(DISTANCE[cat]);
    for (const m of cues.slice(0, 2)) evidence.push(matchEvidence(m, cat, -DISTANCE[cat]));
  }
  if (owned.length > 0 && owned.every((r) => r.questioned)) {
    distances.push(DISTANCE.question);
    evidence.push({ kind: 'question', detail: 'the hostile words are asked about, not asserted', span: owned[0]!.match.span, weight: -DISTANCE.question });
  }
  const negated = signals.hostile.filter((r) => r.negated);
  if (negated.length > 0 && owned.length === 0) {
    evidence.push({ kind: 'negation', detail: 'every hostile term is negated ("are not ...")', span: negated[0]!.match.span, weight: -0.9 });
    distances.push(0.9);
  }
  const distancing = anyOf(distances);

  // Advocacy: calls to action, imperatives of violence, mobilisation, the triangle with a group.
  const parts: number[] = [];
  for (const { cat, weight, why } of CALL_CUES) {
    for (const m of (signals.cues[cat] ?? []).slice(0, 2)) {
      parts.push(m.entry.severity * weight);
      evidence.push(matchEvidence(m, cat, m.entry.severity * weight, why));
    }
  }
  const imperative = owned.find((r) => r.match.entry.category === 'violence' && r.commandPosition && !r.questioned);
  if (imperative) {
    parts.push(0.55);
    evidence.push(matchEvidence(imperative.match, 'imperative', 0.55, ': violent verb where a command puts it (opening its clause, after a call to act, or closing it in a verb-final language)'));
  }
  // The content model's `violence` label is a threat of or call to violence: at or above its operating
  // point it is a reading of advocacy that no cue list has (a call phrased without "we must" or an imperative).
  const modelViolence = content.model?.violence ?? 0;
  if (modelViolence >= 0.5) {
    parts.push(modelViolence * 0.6);
    evidence.push({ kind: 'model_call_to_violence', detail: `the content model reads a threat of or call to violence (${modelViolence.toFixed(2)}; 0.5 = its operating point)`, weight: unit(modelViolence * 0.6) });
  }
  if (hostility > 0) parts.push(hostility * 0.45);
  const groupTargeted = signals.groups.length > 0;
  if (parts.length > 0 && hostility > 0) {
    evidence.push(
      groupTargeted
        ? { kind: 'triangle', detail: `speaker, audience and a target group (${[...new Set(signals.groups.map((g) => g.group))].join(', ')})`, weight: 0 }
        : { kind: 'no_group_target', detail: 'no protected group named: hostility aimed at a person, an institution or nobody in particular is not incitement', weight: 0 },
    );
  }
  const advocacy = unit(anyOf(parts) * (groupTargeted ? 1 : 0.6));
  const endorsement = unit(1 - distancing);
  const score = unit(advocacy * endorsement);
  if (evidence.length === 0) evidence.push({ kind: 'no_advocacy', detail: 'no call to action and no hostility to advocate' });
  return { advocacy, distancing: unit(distancing), endorsement, factor: { score, evidence } };
}
