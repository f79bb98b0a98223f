/**
 * @module language/detect
 * Language identification with franc (trigram models, ISO 639-3), restricted to the languages the
 * product has lexicons or training data for plus their common neighbours, and mapped to the two-letter
 * codes used everywhere else. Short texts are unreliable: below the minimum the caller's hint wins.
 */
import { franc } from 'franc';

/** ISO 639-3 → ISO 639-1 for the languages we consider. */
const ISO3_TO_1: Record<string, string> = {
  eng: 'en', fra: 'fr', deu: 'de', spa: 'es', ita: 'it', por: 'pt', nld: 'nl', pol: 'pl', arb: 'ar',
  hin: 'hi', swh: 'sw', cmn: 'zh', amh: 'am', ben: 'bn', rus: 'ru', ukr: 'uk', tur: 'tr', ron: 'ro',
  swe: 'sv', dan: 'da', nob: 'no', ces: 'cs', hun: 'hu', ell: 'el', heb: 'he', pes: 'fa', urd: 'ur',
  ind: 'id', vie: 'vi', tha: 'th', jpn: 'ja', kor: 'ko', tgl: 'tl', hau: 'ha', yor: 'yo', som: 'so',
  kin: 'rw', lug: 'lg', zul: 'zu', cat: 'ca', hrv: 'hr', srp: 'sr', bul: 'bg', fin: 'fi',
};
const CANDIDATES = Object.keys(ISO3_TO_1);

/** Texts shorter than this (in letters) are not identified: trigram statistics need material. */
export const MIN_DETECT_LETTERS = 12;

/** Scripts that settle the language on their own for our purposes, checked before franc. */
const SCRIPT_LANG: [RegExp, string][] = [
  [/\p{Script=Han}/u, 'zh'],
  [/\p{Script=Ethiopic}/u, 'am'],
  [/\p{Script=Bengali}/u, 'bn'],
  [/\p{Script=Hangul}/u, 'ko'],
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/u, 'ja'],
];

export interface Detection {
  /** Two-letter code, or 'und' when the text is too short or unknown. */
  lang: string;
  /** How it was decided. */
  method: 'hint' | 'script' | 'franc' | 'undetermined';
}

/**
 * Identifies the language of a text.
 * @param text - the text (a segment or the whole record).
 * @param hint - the record's own `lang`, used when the text is too short to tell.
 * @returns the detected language and how it was decided.
 */
export function detectLanguage(text: string, hint?: string): Detection {
  const letters = text.replace(/[^\p{L}]/gu, '');
  for (const [re, lang] of SCRIPT_LANG) {
    const count = (letters.match(new RegExp(re.source, 'gu')) ?? []).length;
    // Kana means Japanese even with Han; Han alone means Chinese.
    if (count > 0 && count >= letters.length * 0.3) {
      if (lang === 'zh' && /[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(letters)) return { lang: 'ja', method: 'script' };
      return { lang, method: 'script' };
    }
  }
  if (letters.length < MIN_DETECT_LETTERS) {
    return hint ? { lang: normaliseLangCode(hint), method: 'hint' } : { lang: 'und', method: 'undetermined' };
  }
  const iso3 = franc(text, { only: CANDIDATES, minLength: MIN_DETECT_LETTERS });
  const lang = ISO3_TO_1[iso3];
  if (!lang) return hint ? { lang: normaliseLangCode(hint), method: 'hint' } : { lang: 'und', method: 'undetermined' };
  return { lang, method: 'franc' };
}

/**
 * Reduces a language tag ("en-GB", "EN", "eng") to the two-letter code used here.
 * @param tag - a BCP 47 tag or ISO code.
 * @returns the lower-case primary subtag, mapped from ISO 639-3 when it is one we know.
 */
export function normaliseLangCode(tag: string): string {
  const primary = tag.toLowerCase().split(/[-_]/)[0] ?? tag.toLowerCase();
  return ISO3_TO_1[primary] ?? primary;
}
