/**
 * @module analysis/signals
 * Reads one segment's lexicon matches in their sentence: which hostile terms are negated, quoted or
 * asked about, which identity groups are named, which cues of advocacy or of distance (reporting,
 * condemnation, counter-speech, satire) are present. The factor scorers turn these signals into scores.
 */
import type { LexiconCategory } from '../lexicon/lexicon-schema.js';
import type { LexiconMatch } from '../lexicon/lexicon.js';
import type { Span, TargetGroup } from '../schema/result.js';
import type { Segment } from '../text/segments.js';
import { normaliseWord, type Token } from '../text/tokens.js';

/** Categories that make content hostile toward a group. */
export const HOSTILE_CATEGORIES = new Set<LexiconCategory>([
  'slur', 'dehumanisation', 'animal', 'violence', 'accusation_in_mirror', 'purity_threat', 'attack_on_women', 'traitor', 'othering',
]);
/** Categories of plain abuse. */
export const ABUSE_CATEGORIES = new Set<LexiconCategory>(['insult', 'profanity']);

/** A hostile or abusive term as read in its sentence. */
export interface TermReading {
  match: LexiconMatch;
  /** A negation word stands just before it in the same clause ("are not vermin"). */
  negated: boolean;
  /** It stands inside quotation marks. */
  quoted: boolean;
  /**
   * A violent act reported as done ("three of them were killed", Chinese "被杀"): a past passive, not a call or a
   * threat. Not when a modal governs it ("should have been killed" is a wish).
   */
  reportedAct: boolean;
  /** Its sentence is a question. */
  questioned: boolean;
  /**
   * It stands where a command's verb stands: opening its clause ("Kill them"), right after a call to action
   * ("we must kill"), or, in verb-final languages, closing its clause (Hindi "... गोली मार दो").
   */
  commandPosition: boolean;
  /**
   * It follows, in its sentence, a frame that makes it a mention of what others say: a speech verb as
   * the sentence's subject ("Saying that [group] are vermin is...") or a relative clause about third
   * parties ("People who call [group] a plague..."). Mention is not use.
   */
  framedAsMention: boolean;
  /** A group is named in the same sentence. */
  groupInSentence: boolean;
  /** Second person ("you", "your") in the same sentence and no group: aimed at the addressee. */
  addresseeOnly: boolean;
  /**
   * The term is said of a named group: "[group] are [term]" (a copula or quantifier between, at most
   * four words apart) or "[term] [group]" ("filthy immigrants"). An insult said of a group is derogation.
   */
  predicatedOfGroup: boolean;
}

export interface SegmentSignals {
  hostile: TermReading[];
  abuse: TermReading[];
  /** Identity terms (targets), incl. groups implied by slurs. */
  groups: { group: TargetGroup; term: string; span: Span; source: string }[];
  cues: Partial<Record<LexiconCategory, LexiconMatch[]>>;
  /** Quoted stretches of the segment. */
  quotes: Span[];
}

const QUOTE_PAIRS: [string, string][] = [['"', '"'], ['“', '”'], ['«', '»'], ['„', '“'], ['「', '」'], ['『', '』'], ["'", "'"], ['‘', '’']];
const SECOND_PERSON = new Set(['you', "you're", 'your', 'u', 'tu', 'toi', 'vous', 'du', 'dich', 'dir', 'ihr', 'você', 'voce', 'vocês', 'usted', 'ustedes', 'wewe', 'nyinyi', 'أنت', 'انت', 'انتم', 'أنتم', 'तुम', 'आप', 'तू', '你', '你们', 'jij', 'je', 'ty', 'wy']);

/**
 * Finds quoted stretches. Straight single quotes count only when they wrap at least two words, so
 * apostrophes ("don't") never open a quote.
 * @param text - the segment text.
 * @param offset - the segment's start in the original text.
 * @returns the spans inside the quotation marks.
 */
export function quotedSpans(text: string, offset: number): Span[] {
  const spans: Span[] = [];
  for (const [open, close] of QUOTE_PAIRS) {
    let from = 0;
    for (;;) {
      const a = text.indexOf(open, from);
      if (a < 0) break;
      const b = text.indexOf(close, a + 1);
      if (b < 0) break;
      const inner = text.slice(a + 1, b);
      const ok = open === "'" ? /\s/.test(inner.trim()) && /^\S/.test(inner) && /(^|[\s([:])$/.test(text.slice(Math.max(0, a - 1), a)) : true;
      if (ok && inner.trim().length > 0) spans.push({ start: offset + a + 1, end: offset + b });
      from = b + 1;
    }
  }
  return spans;
}

/**
 * Copulas and quantifiers that link a group to what is said of it, per language (lower case, as
 * normalised). A short, hand-written list: predication in languages without one is left to the model.
 */
const LINKS = new Set([
  'are', 'is', 'were', 'was', "they're", 'be', 'all', 'just', 'nothing', 'but', 'such', 'so', 'bunch', 'of', 'these', 'those', 'real',
  'sont', 'est', 'tous', 'toutes', 'que', 'des', 'de', 'vraiment', 'ces',
  'sind', 'ist', 'alle', 'waren', 'nur', 'doch', 'diese', 'solche',
  'son', 'es', 'todos', 'todas', 'unos', 'unas', 'solo', 'estos', 'estas', 'puros',
  'sono', 'e', 'tutti', 'tutte', 'solo', 'dei', 'degli', 'delle',
  'sao', 'são', 'e', 'todos', 'uns', 'umas', 'so', 'só',
  'zijn', 'allemaal', 'alleen',
  'sa', 'są', 'jest', 'to', 'wszyscy', 'tylko',
  'ni', 'wote', 'tu', 'kama',
  'هم', 'كلهم', 'مجرد', 'جميعهم',
  'हैं', 'है', 'सब', 'सारे', 'होते',
  '是', '都是', '都', '就是',
]);

/** A whole-word pattern in any script (JavaScript's \b knows only ASCII letters). */
const word = (alternatives: string) => `(?<![\\p{L}\\p{M}])(?:${alternatives})(?![\\p{L}\\p{M}])`;

/**
 * Negation words that do not negate what follows: exceptive ("nothing but rats", "no better than",
 * French "ne sont que", Spanish "no son más que", Portuguese "não passam de") and additive ("not only")
 * phrasings assert it. Matched on the stretch from the negation word to the term, per language.
 */
const NOT_A_NEGATION = new RegExp(
  [
    word('but|than|except|only|just|merely'), // en: nothing but, no better than, not only
    // fr: ne sont que, n'est qu'un (one word between: "ne pense pas que" stays a negation)
    `${word("n(?:e|['’])")}\\s*[\\p{L}\\p{M}]+\\s+qu(?:e(?![\\p{L}\\p{M}])|['’])`,
    word("rien\\s+(?:d['’]autre\\s+)?que|(?:mieux|plus|moins)\\s+que|seulement"), // fr
    word('nichts\\s+(?:anderes\\s+)?als|(?:besser|mehr|weniger)\\s+als|nur'), // de ("nicht als X bezeichnen" stays)
    word('m[aá]s\\s+que|sino|mejor(?:es)?\\s+que|s[oó]lo'), // es
    word("altro\\s+che|meglio\\s+d[ie]\\S*|migliori\\s+d[ie]\\S*|solo|soltanto"), // it ("non è che" stays)
    word('pass(?:am|a|avam|ava)\\s+de|mais\\s+(?:do\\s+)?que|sen[aã]o|melhor(?:es)?\\s+(?:do\\s+)?que|s[oó]|apenas'), // pt
    word('anders\\s+dan|(?:beter|meer|minder)\\s+dan|alleen'), // nl
    word('niż|innego\\s+jak|tylko'), // pl
    word('إلا|الا'), // ar: ليسوا إلا
    word('ila'), // sw: si chochote ila
  ].join('|'),
  'iu',
);

/**
 * First words of `mention` entries that speak of third parties ("people who call", "ceux qui disent",
 * "wer sagt"): these frame a mention wherever they stand. Other mention entries ("saying that", "dire
 * que") do so only at the start of a clause, where they are the sentence's subject; after "I'm" or
 * "je veux" they introduce the speaker's own claim.
 */
const THIRD_PARTY_HEADS = new Set([
  'people', 'those', 'anyone', 'whoever', 'ceux', 'celles', 'quiconque', 'gens', 'wer', 'leute', 'diejenigen', 'menschen',
  'quienes', 'quien', 'los', 'las', 'gente', 'chi', 'quelli', 'coloro', 'quem', 'os', 'aqueles', 'wie', 'mensen', 'degenen',
  'kto', 'ci', 'ludzie', 'من', 'الذين', 'जो', '那些', 'wanaosema', 'wanaowaita', 'yeyote', 'যারা',
]);

/**
 * Verb-final languages put the negation after what it denies (Hindi "मुसलमान देशद्रोही नहीं हैं", "Muslims are
 * not traitors"), so a negation word also negates a term just before it; and a command's verb closes its clause.
 */
const VERB_FINAL = new Set(['hi', 'bn', 'am']);
/** Past passive auxiliaries per language: "were [killed]", "wurden [erschossen]", "foram [mortos]". */
const PAST_PASSIVE: Record<string, ReadonlySet<string>> = wordSets({
  en: 'were was been got', fr: 'été fut furent', de: 'wurde wurden worden', es: 'fue fueron sido', pt: 'foi foram sido',
  it: 'stato stata stati state fu furono venne vennero', nl: 'werd werden', pl: 'został została zostało zostali zostały',
});
/** Modals that turn a past passive into a wish ("should have been killed", "hätten ... werden sollen"). */
const WISH_MODALS: Record<string, ReadonlySet<string>> = wordSets({
  en: 'should must ought would could deserve deserves deserved need needs needed', fr: 'devraient devrait auraient aurait mériteraient méritent doivent',
  de: 'sollten sollte müssten müssen hätten hätte', es: 'deberían debería merecen merecían tendrían', pt: 'deveriam deviam merecem mereciam',
  it: 'dovrebbero dovevano meriterebbero meritano', nl: 'moeten zouden verdienen', pl: 'powinni powinny powinien należy',
});
/** Hindi marks a done passive after the verb ("मारे गए"). */
const HI_PASSIVE_AFTER = new Set(['गया', 'गई', 'गए', 'गये']);

/** Conjunctions that chain one command to the next ("grab your weapons and drive them out"). */
const COORDINATORS: Record<string, ReadonlySet<string>> = wordSets({
  en: 'and then', fr: 'et puis', de: 'und dann', es: 'y luego', pt: 'e depois', it: 'e poi', nl: 'en dan', pl: 'i potem', sw: 'na kisha', ar: 'و ثم', hi: 'और फिर',
});

function wordSets(byLang: Record<string, string>): Record<string, ReadonlySet<string>> {
  return Object.fromEntries(Object.entries(byLang).map(([lang, words]) => [lang, new Set(words.split(' ').map(normaliseWord))]));
}

/** Negation words that open a new clause instead: Hindi "नहीं तो" ("otherwise"). */
const NOT_A_NEGATION_AFTER = /^\s*(?:नहीं|नही|ना)\s+तो(?![\p{L}\p{M}])/u;

/**
 * A denied belief scopes over the clause it introduces: "I don't think that [group] are rats" denies the
 * claim however far the term stands from "don't". Matched on the sentence before the term (normalised text:
 * lower case, accents folded); commas may intervene (German "ich glaube nicht, dass"), clause breaks may not.
 */
const BELIEF_DENIED = new RegExp(
  [
    "\\b(?:i|we) (?:don't|do not|dont|never) (?:think|believe)\\b", "\\bit is not true that\\b", "\\bit's not true that\\b",
    "\\bno (?:creo|pienso|es cierto) que\\b", "\\bje ne (?:pense|crois) pas\\b", "\\bil n'est pas vrai que\\b",
    "\\bich (?:glaube|denke) nicht\\b", "\\bes stimmt nicht\\b", "\\bnon (?:penso|credo|e vero) che\\b",
    "\\bik (?:denk|geloof) (?:niet|nooit)\\b", "\\bhet is niet waar dat\\b", "\\bnie (?:sadze|uwazam|wierze)\\b",
    "\\bto nieprawda\\b", "\\bnao (?:acho|creio|penso|e verdade) que\\b", "\\bsidhani\\b", "\\bsiamini\\b", "\\bsi kweli kwamba\\b",
    "لا (?:أعتقد|اعتقد|أظن|اظن)", "ليس صحيحا أن", "मुझे नहीं लगता", "मैं नहीं मानता", "我不(?:认为|認為|觉得|覺得|相信)",
    // Nobody holds it: "nobody says that [group] are ..." denies what follows as the first person does.
    "\\b(?:nobody|no one|no-one) (?:says|thinks|believes|claims)\\b", "\\bpersonne ne (?:dit|pense|croit|pretend) que\\b",
    "\\bniemand (?:sagt|behauptet|glaubt|denkt),? dass\\b", "\\bnadie (?:dice|piensa|cree) que\\b", "\\bnessuno (?:dice|pensa|crede) che\\b",
    "\\bninguem (?:diz|acha|pensa|acredita) que\\b", "\\bniemand (?:zegt|denkt|gelooft) dat\\b", "\\bnikt nie (?:mowi|twierdzi|uwaza),? ze\\b",
  ].join('|'),
  'u',
);
const CLAUSE_BREAK = /[.;:!?。；：！？।]/u;

const inside = (s: Span, outer: Span) => s.start >= outer.start && s.end <= outer.end;

/**
 * Reads a segment's matches.
 * @param segment - the segment (text and span in the original text).
 * @param tokens - the segment's tokens.
 * @param matches - lexicon matches in the segment.
 * @param sentenceSpans - sentence spans of the segment (original-text offsets).
 * @returns the signals.
 */
export function readSignals(segment: Segment, tokens: readonly Token[], matches: readonly LexiconMatch[], sentenceSpans: readonly Span[]): SegmentSignals {
  const quotes = quotedSpans(segment.text, segment.span.start);
  const sentenceOf = (s: Span): Span => sentenceSpans.find((x) => s.start >= x.start && s.start < x.end) ?? segment.span;
  const byCat = new Map<LexiconCategory, LexiconMatch[]>();
  for (const m of matches) {
    const list = byCat.get(m.entry.category);
    if (list) list.push(m);
    else byCat.set(m.entry.category, [m]);
  }
  const negations = byCat.get('negation') ?? [];
  const groupsMatches = [...(byCat.get('identity') ?? []), ...(byCat.get('slur') ?? []).filter((m) => m.entry.group)];

  const textBetween = (from: number, to: number) => segment.text.slice(from - segment.span.start, to - segment.span.start);
  const tokensBetween = (from: number, to: number) => tokens.filter((t) => t.span.start >= from && t.span.end <= to).length;
  /** At most `words` words between two offsets, and no clause break. */
  const sameClauseWithin = (from: number, to: number, words: number) => tokensBetween(from, to) <= words && !/[,;:.!?।]/.test(textBetween(from, to));
  /**
   * Whether negation word `n` denies term `m`: within three words before it and not across a clause
   * break, unless the phrasing asserts rather than denies ("nothing but"); in verb-final languages
   * also within two words after it.
   */
  const negates = (n: LexiconMatch, m: LexiconMatch): boolean => {
    if (n.span.start >= m.span.end) {
      if (!VERB_FINAL.has(n.lang)) return false;
      return sameClauseWithin(m.span.end, n.span.start, 2) && !NOT_A_NEGATION_AFTER.test(textBetween(n.span.start, segment.span.end));
    }
    if (n.span.end > m.span.start) return false;
    return tokensBetween(n.span.end, m.span.start) <= 3 && !/[,;:.!?]/.test(textBetween(n.span.end, m.span.start).replace(/n't/g, '')) &&
      !NOT_A_NEGATION.test(textBetween(n.span.start, m.span.start));
  };
  /** The index of a match's first token (substring matches carry none: the first token at or after it). */
  const tokenIndexOf = (m: LexiconMatch): number => (m.from >= 0 ? m.from : tokens.findIndex((t) => t.span.start >= m.span.start));
  /** The match opens its clause: first in its sentence, or after punctuation. */
  const opensClause = (m: LexiconMatch): boolean => {
    const sentence = sentenceOf(m.span);
    const tokIndex = tokenIndexOf(m);
    const prev = tokIndex > 0 ? tokens[tokIndex - 1] : undefined;
    const before = prev ? segment.text.slice(prev.span.end - segment.span.start, m.span.start - segment.span.start) : '';
    return tokIndex === 0 || !prev || prev.span.end <= sentence.start || /[,;:!.\n—–-]/.test(before);
  };
  /**
   * Coordinated with a call to act: right after "and" / "then" (or their equivalents), with a call to action or a
   * mobilisation cue earlier in the sentence ("grab your weapons and drive them out"): the second verb of a command.
   */
  const coordinatedWithCall = (m: LexiconMatch): boolean => {
    const tokIndex = tokenIndexOf(m);
    const prev = tokIndex > 0 ? tokens[tokIndex - 1] : undefined;
    if (!prev || !COORDINATORS[m.lang]?.has(prev.norm)) return false;
    const sentence = sentenceOf(m.span);
    return [...(byCat.get('call_to_action') ?? []), ...(byCat.get('mobilisation') ?? [])].some((c) => c.span.start >= sentence.start && c.span.end <= prev.span.start);
  };
  /**
   * Chinese marks a done or suffered act, not a command: 了 / 过 after the verb (then it does not close its
   * clause) or 被 before it in the same clause ("穆斯林被枪杀" is a report; `reportedAct` keeps it out of command position).
   */
  const passiveBefore = (m: LexiconMatch): boolean => {
    const sentence = sentenceOf(m.span);
    const clause = textBetween(sentence.start, m.span.start).split(/[,;:，；：、]/).pop() ?? '';
    return /[被遭]/.test(clause);
  };
  const recruitment = byCat.get('recruitment') ?? [];
  const recruits = (sentence: Span): boolean => recruitment.some((c) => inside(c.span, sentence));
  /** The act a recruiting question asks people to join: within three words after it, in the same clause. */
  const recruitedFor = (m: LexiconMatch): boolean => recruitment.some((c) => c.span.end <= m.span.start && sameClauseWithin(c.span.end, m.span.start, 3));
  /** The match closes its clause: last in its sentence, or before punctuation. */
  const closesClause = (m: LexiconMatch): boolean => {
    const sentence = sentenceOf(m.span);
    const next = tokens.find((t) => t.span.start >= m.span.end);
    if (!next || next.span.start >= sentence.end) return true;
    return /[,;:!.?।\n—–]/.test(textBetween(m.span.end, next.span.start));
  };
  /**
   * A deontic phrasing ("should be", "man sollte", "andrebbero") is a call only when it governs the violent
   * word: the word follows within four words in the same clause, or in verb-final languages precedes it
   * within two (Hindi "मार देना चाहिए"). Anywhere else in a long post it is an ordinary modal.
   */
  const deontics = byCat.get('deontic') ?? [];
  const governs = (d: LexiconMatch, m: LexiconMatch): boolean => {
    if (d.span.end <= m.span.start) return sameClauseWithin(d.span.end, m.span.start, 4);
    return VERB_FINAL.has(m.lang) && m.span.end <= d.span.start && sameClauseWithin(m.span.end, d.span.start, 2);
  };
  const reportedAct = (m: LexiconMatch): boolean => {
    if (deontics.some((d) => governs(d, m))) return false;
    if (m.lang === 'zh') return passiveBefore(m);
    const at = tokenIndexOf(m);
    if (at < 0) return false;
    if (m.lang === 'hi') {
      const next = m.to >= 0 ? m.to : at + 1;
      const after = tokens.slice(next, next + 2);
      return after.some((t) => HI_PASSIVE_AFTER.has(t.norm)) && sameClauseWithin(m.span.end, after[after.length - 1]!.span.start, 2);
    }
    const aux = PAST_PASSIVE[m.lang];
    const modals = WISH_MODALS[m.lang];
    // English "were destroying" is an act in progress by the subject, not a passive.
    if (!aux || (m.lang === 'en' && tokens[at]!.norm.endsWith('ing'))) return false;
    // German and Dutch put the participle at the clause's end, after everything else ("wurden gestern zwei ... erschossen").
    const reach = m.lang === 'de' || m.lang === 'nl' ? 8 : 3;
    for (let k = at - 1; k >= Math.max(0, at - reach - 1); k--) {
      if (!sameClauseWithin(tokens[k]!.span.end, m.span.start, reach)) return false;
      if (!aux.has(tokens[k]!.norm)) continue;
      return !tokens.slice(Math.max(0, k - 3), k).some((t) => modals?.has(t.norm));
    }
    return false;
  };
  const mentionFrames = (byCat.get('mention') ?? []).filter((c) => opensClause(c) || THIRD_PARTY_HEADS.has(c.entry.term.split(/\s+/)[0]!));

  /** A denied belief ("I don't think that...") earlier in the term's sentence, with no clause break between. */
  const beliefDenied = (sentence: Span, m: LexiconMatch): boolean => {
    const before = normaliseWord(textBetween(Math.max(sentence.start, segment.span.start), m.span.start));
    const found = BELIEF_DENIED.exec(before);
    return found !== null && !CLAUSE_BREAK.test(before.slice(found.index + found[0].length));
  };
  const read = (m: LexiconMatch): TermReading => {
    const sentence = sentenceOf(m.span);
    const sentenceText = textOf(segment, sentence);
    // Negation counts within three words before the term, not across a clause break.
    const negated = !/\b(not|no|never)\b/.test(m.entry.term) && (negations.some((n) => inside(n.span, sentence) && negates(n, m)) || beliefDenied(sentence, m));
    const reported = m.entry.category === 'violence' && reportedAct(m);
    const commandPosition = !reported && (
      opensClause(m) || coordinatedWithCall(m) || recruitedFor(m) || (byCat.get('call_to_action') ?? []).some((c) => c.span.end <= m.span.start && m.span.start - c.span.end <= 2) ||
      (VERB_FINAL.has(m.lang) && closesClause(m)) || (m.lang === 'zh' && closesClause(m)) || deontics.some((d) => governs(d, m)));
    const groupInSentence = groupsMatches.some((g) => inside(g.span, sentence));
    const predicatedOfGroup =
      !negated &&
      groupsMatches.some((g) => {
        if (!inside(g.span, sentence)) return false;
        if (g.span.end <= m.span.start) {
          const between = tokens.filter((t) => t.span.start >= g.span.end && t.span.end <= m.span.start);
          const gapText = segment.text.slice(g.span.end - segment.span.start, m.span.start - segment.span.start);
          return between.length <= 4 && !/[,;:.!?]/.test(gapText) && between.some((t) => LINKS.has(t.norm));
        }
        // Attributive: the term right before the group ("filthy immigrants").
        const gap = segment.text.slice(m.span.end - segment.span.start, g.span.start - segment.span.start);
        return g.span.start >= m.span.end && /^\s{1,2}$/.test(gap);
      });
    const addressee = tokens.some((t) => inside(t.span, sentence) && SECOND_PERSON.has(t.norm));
    return {
      match: m,
      negated,
      quoted: quotes.some((q) => inside(m.span, q)),
      reportedAct: reported,
      // A recruiting question ("who's up for ...?") asks who will act, not whether the words are true.
      questioned: /[?？؟]\s*["'”»)]*\s*$/.test(sentenceText) && !recruits(sentence),
      commandPosition,
      // A colon or dash after the frame introduces the speaker's own words ("Saying it like it is: ...").
      framedAsMention: mentionFrames.some((c) => inside(c.span, sentence) && c.span.end <= m.span.start && !/[:—–]/.test(textBetween(c.span.end, m.span.start))),
      groupInSentence,
      addresseeOnly: addressee && !groupInSentence,
      predicatedOfGroup,
    };
  };

  const hostile: TermReading[] = [];
  const abuse: TermReading[] = [];
  for (const m of dedupe(matches)) {
    if (HOSTILE_CATEGORIES.has(m.entry.category)) hostile.push(read(m));
    else if (ABUSE_CATEGORIES.has(m.entry.category)) abuse.push(read(m));
  }
  const groups = dedupe(groupsMatches).map((m) => ({ group: m.entry.group!, term: m.entry.term, span: m.span, source: m.entry.source }));
  const cues: SegmentSignals['cues'] = {};
  for (const [cat, list] of byCat) if (!HOSTILE_CATEGORIES.has(cat) && !ABUSE_CATEGORIES.has(cat)) cues[cat] = dedupe(list);
  return { hostile, abuse, groups, cues, quotes };
}

function textOf(segment: Segment, span: Span): string {
  return segment.text.slice(span.start - segment.span.start, span.end - segment.span.start);
}

/** One match per category and span: the most severe (several lexicon forms often hit one word). */
function dedupe(matches: readonly LexiconMatch[]): LexiconMatch[] {
  const best = new Map<string, LexiconMatch>();
  for (const m of matches) {
    const key = `${m.entry.category}|${m.span.start}|${m.span.end}`;
    const cur = best.get(key);
    if (!cur || m.entry.severity > cur.entry.severity || (m.entry.severity === cur.entry.severity && m.method === 'exact')) best.set(key, m);
  }
  // A match inside a longer one of the same category adds nothing ("wipe out" inside "wipe them out").
  const list = [...best.values()];
  return list.filter((m) => !list.some((o) => o !== m && o.entry.category === m.entry.category && inside(m.span, o.span) && (o.span.end - o.span.start) > (m.span.end - m.span.start)));
}
