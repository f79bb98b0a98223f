/**
 * @module factors/content
 * Rabat factor 4, content and form: how provocative and direct the speech is. Per segment, lexicon
 * terms read in their sentence (a dehumanising word counts fully only when a group is named near it),
 * the dangerous-speech hallmarks, and the content model's probabilities when a model is loaded.
 * Negated terms do not count. Distance (reporting, condemnation) is weighed by the intent factor, not
 * here: quoting a slur still quotes a slur.
 */
import type { ContentScores, OperatingPoints } from '../model/content-model.js';
import type { Evidence, ModelRef, TargetGroup } from '../schema/result.js';
import type { SegmentSignals, TermReading } from '../analysis/signals.js';
import type { ContentReading } from '../pipeline/types.js';
import { matchEvidence, unit } from './evidence.js';

const HALLMARK: Record<string, string> = {
  dehumanisation: 'dehumanisation: the group likened to vermin, disease, filth or animals',
  accusation_in_mirror: 'accusation in a mirror: the group said to be about to attack "us"',
  purity_threat: 'threat to group purity or integrity',
  attack_on_women: 'assertion of attacks on the in-group\'s women and girls',
  traitor: 'questioning in-group loyalty: dissenters called traitors',
};

/**
 * Piecewise-linear map that puts a label's operating point t on 0.5: [0, t] → [0, 0.5], [t, 1] → [0.5, 1].
 * @param p - the model's probability.
 * @param t - the operating point (0.5 leaves p unchanged).
 * @returns the rescaled score.
 */
export function rescale(p: number, t: number | undefined): number {
  if (t === undefined || t <= 0 || t >= 1) return p;
  return p <= t ? (0.5 * p) / t : 0.5 + (0.5 * (p - t)) / (1 - t);
}

function onProductScale(m: ContentScores, ops: OperatingPoints): ContentScores {
  return { ...m, hate: rescale(m.hate, ops.hate), offensive: rescale(m.offensive, ops.offensive), violence: rescale(m.violence, ops.violence) };
}

/**
 * A group the model must be at least this sure of before it stands in for a group the text does not
 * name. Fixed beforehand (a coin-flip or better), not tuned.
 */
const IMPLIED_TARGET_MIN = 0.5;

/**
 * The group the content model reads as attacked, when the segment names no group the lexicons know
 * and the model reads hate at or above its operating point. Implicit hate rarely names its target in
 * dictionary words ("they should all be sent back where they came from"); on the development split,
 * posts with no named group and model hate at its operating point were labelled hate 84% of the time,
 * more often than the level `hate` was right overall.
 * @param scores - the model's scores on the product scale (operating point = 0.5); targets are raw.
 * @param groupsNamed - how many identity terms the segment names.
 * @returns the group and its probability, or null.
 */
function impliedTarget(scores: ContentScores, groupsNamed: number): ContentReading['impliedGroup'] {
  if (groupsNamed > 0 || scores.hate < 0.5) return null;
  let best: ContentReading['impliedGroup'] = null;
  for (const [group, p] of Object.entries(scores.targets) as [TargetGroup, number][]) {
    if (p >= IMPLIED_TARGET_MIN && p > (best?.p ?? 0)) best = { group, p };
  }
  return best;
}

/** How much a term weighs given its reading: full when aimed at a named group, less when not. */
function termWeight(r: TermReading): number {
  const s = r.match.entry.severity * (r.match.method === 'fuzzy' ? 0.85 : 1);
  switch (r.match.entry.category) {
    case 'slur':
      return s;
    case 'animal':
      return r.groupInSentence ? s : 0;
    case 'violence':
      // Reported as done to them ("were killed"): described, not called for, whoever it names.
      if (r.reportedAct) return s * 0.5;
      return r.groupInSentence ? s : r.addresseeOnly ? s * 0.5 : s * 0.6;
    default:
      return r.groupInSentence ? s : s * 0.55;
  }
}

/**
 * Scores one segment's content.
 * @param signals - the segment's signals.
 * @param model - the content model's scores for the segment, if a model ran.
 * @param modelRef - the model's id and version, for the evidence.
 * @returns hate, violence and abuse sub-scores, and the factor with evidence.
 */
export function scoreContent(
  signals: SegmentSignals,
  model: ContentScores | undefined,
  modelRef: ModelRef | undefined,
  operatingPoints: OperatingPoints = {},
): ContentReading {
  const evidence: Evidence[] = [];
  let hate = 0;
  let violence = 0;
  let abuse = 0;
  /** Hostile terms from the context profile: coded language the monitors know and the model cannot. */
  let profileTerms = 0;
  for (const r of signals.hostile) {
    const cat = r.match.entry.category;
    if (r.negated) {
      evidence.push(matchEvidence(r.match, 'negated_term', 0, ': negated, not counted'));
      continue;
    }
    const w = termWeight(r);
    if (r.match.entry.source.startsWith('context:')) profileTerms = Math.max(profileTerms, w);
    if (cat === 'violence') {
      violence = Math.max(violence, w);
      // A threat aimed at the addressee ("I will kill you") is abuse of that person, not of a group.
      if (r.addresseeOnly) abuse = Math.max(abuse, r.match.entry.severity * 0.8);
      evidence.push(matchEvidence(r.match, 'violence', w, r.reportedAct ? ': reported as done (past passive), not called for' : r.groupInSentence ? ': aimed at a named group' : ''));
    } else {
      hate = Math.max(hate, w);
      const label = HALLMARK[cat] ?? (cat === 'othering' ? 'othering: the group told it does not belong, or its traits called innate' : cat);
      evidence.push(matchEvidence(r.match, HALLMARK[cat] ? `hallmark:${cat}` : cat, w, `: ${label}${r.groupInSentence || cat === 'slur' ? '' : ' (no group named nearby)'}`));
    }
  }
  for (const r of signals.abuse) {
    if (r.negated) continue;
    // An insult said of a group ("[group] are liars") attacks people for who they are: derogation.
    // Only our curated lists count here; HurtLex's machine-translated entries stay plain abuse.
    if (r.predicatedOfGroup && r.match.entry.source !== 'hurtlex-1.2-conservative') {
      const d = Math.min(1, 0.55 + 0.5 * r.match.entry.severity);
      hate = Math.max(hate, d);
      evidence.push(matchEvidence(r.match, 'derogation', d, ': said of a named group (derogation)'));
      continue;
    }
    const w = r.match.entry.severity * (r.match.entry.group && r.groupInSentence ? 1.2 : 1);
    abuse = Math.max(abuse, w);
    evidence.push(matchEvidence(r.match, r.match.entry.category, w));
  }
  // Hallmarks add up: a text that dehumanises AND accuses in a mirror is more dangerous than either.
  const hallmarks = new Set(signals.hostile.filter((r) => !r.negated && HALLMARK[r.match.entry.category] && r.groupInSentence).map((r) => r.match.entry.category));
  if (hallmarks.size >= 2) {
    hate = Math.min(1, hate + 0.1 * (hallmarks.size - 1));
    evidence.push({ kind: 'hallmarks_combined', detail: `${hallmarks.size} dangerous-speech hallmarks together: ${[...hallmarks].join(', ')}`, weight: 0.1 * (hallmarks.size - 1) });
  }
  // A threat of violence against a named group is an attack on it for who it is.
  // A violent act reported as done to the group is not a threat against it (docs/decisions/session-15.md, change 50).
  if (violence > 0 && signals.hostile.some((r) => r.match.entry.category === 'violence' && r.groupInSentence && !r.negated && !r.reportedAct)) hate = Math.max(hate, violence * 0.9);

  const lexicalHate = hate;
  // Without a model, the lexicons are all there is to order by.
  let severity = Math.max(hate, violence);
  let modelSide: ContentReading['model'] = null;
  let impliedGroup: ContentReading['impliedGroup'] = null;
  if (model && modelRef) {
    const raw = model;
    const m = onProductScale(raw, operatingPoints);
    const r3 = (x: number) => Math.round(x * 1000) / 1000;
    const data = {
      hate: r3(m.hate), violence: r3(m.violence), offensive: r3(m.offensive),
      raw: { hate: r3(raw.hate), violence: r3(raw.violence), offensive: r3(raw.offensive) },
      operating_points: operatingPoints,
      targets: Object.fromEntries(Object.entries(raw.targets).map(([k, v]) => [k, r3(v)])),
    };
    evidence.push({ kind: 'model', detail: `content model: hate ${m.hate.toFixed(2)}, violence ${m.violence.toFixed(2)}, offensive ${m.offensive.toFixed(2)} (0.5 = the model's operating point)`, weight: unit(Math.max(m.hate, m.violence, m.offensive * 0.75)), source: `${modelRef.id}@${modelRef.version}`, data });
    impliedGroup = impliedTarget(m, signals.groups.length);
    if (impliedGroup) {
      evidence.push({
        kind: 'implied_target',
        detail: `no group named in words the lexicons know; the content model reads an attack on a group: ${impliedGroup.group} (${impliedGroup.p.toFixed(2)})`,
        weight: 0,
        source: `${modelRef.id}@${modelRef.version}`,
        data: { group: impliedGroup.group, p: r3(impliedGroup.p) },
      });
    }
    model = m;
    // The queue's order inside a level follows the model, which ranks posts far better than the
    // general lexicons (dev, inside the hate band: AP 0.81 vs 0.54); a context profile's own terms keep
    // their full weight.
    severity = Math.max(m.hate, m.violence, profileTerms);
    modelSide = { hate: unit(m.hate), violence: unit(m.violence) };
    hate = Math.max(hate, model.hate);
    violence = Math.max(violence, model.violence);
    abuse = Math.max(abuse, model.offensive);
  }
  const score = unit(Math.max(hate, violence, abuse * 0.75));
  if (evidence.length === 0) evidence.push({ kind: 'no_hostile_content', detail: 'no hostile, abusive or violent terms found' });
  return { hate: unit(hate), violence: unit(violence), abuse: unit(abuse), lexicalHate: unit(lexicalHate), severity: unit(severity), model: modelSide, impliedGroup, factor: { score, evidence } };
}
