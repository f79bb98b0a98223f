/**
 * Table-driven scenarios for the Rabat reasoning layer: the same words must move the six factors the
 * right way with speaker, reach, context and framing. Lexicons only (no transformer), so the
 * reasoning is tested on its own.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { isAppError } from '../../src/errors.js';
import { runPipeline } from '../../src/pipeline/pipeline.js';
import type { Runtime } from '../../src/runtime.js';
import type { InputRecord } from '../../src/schema/input.js';
import type { TriageResult } from '../../src/schema/result.js';
import { testRuntime } from '../helpers/runtime.js';

let rt: Runtime;
beforeAll(async () => {
  rt = await testRuntime({ noStore: true });
});

async function score(...records: InputRecord[]): Promise<TriageResult[]> {
  const out = await runPipeline(records, rt.deps);
  return out.map((r) => {
    if (isAppError(r)) throw r;
    return r;
  });
}

const CALL = 'We must drive the Wakanu out of Ward 9 tonight at the market. They are cockroaches. Bring your machetes.';
const EVE = { published_at: '2027-08-09T18:00:00Z', context: 'ke-2027-election', lang: 'en' } as const;
const MINISTER = { speaker: { id: 'min-1', name: 'A. Minister', role: 'minister', followers: 1_000_000 }, reach: { views: 800_000, shares: 20_000 }, medium: 'broadcast' };
const ANON = { speaker: { role: 'anonymous', followers: 10 }, reach: { views: 15 }, medium: 'social' };

describe('Rabat factors move the right way', () => {
  it('the same call scores higher from a minister with a million followers on the eve of polling than from an anonymous account', async () => {
    const [min, anon] = await score({ text: CALL, ...EVE, ...MINISTER }, { text: CALL, ...EVE, ...ANON });
    expect(min!.level).toBe('incitement');
    expect(anon!.level).not.toBe('incitement');
    expect(min!.factors.speaker.score!).toBeGreaterThan(anon!.factors.speaker.score! + 0.4);
    expect(min!.factors.extent.score!).toBeGreaterThan(anon!.factors.extent.score! + 0.3);
    expect(min!.priority).toBeGreaterThan(anon!.priority);
    expect(min!.factors.content.score).toBe(anon!.factors.content.score);
    expect(min!.decision.checks.every((c) => c.outcome === 'pass')).toBe(true);
    expect(anon!.decision.checks.find((c) => c.factor === 'speaker')!.outcome).toBe('fail');
    expect(min!.review.reasons.join(' ')).toContain('two moderators');
  });

  it('a call to attack a group tonight at the market has a likelihood score with the resolved time as evidence', async () => {
    const [r] = await score({ text: CALL, ...EVE, ...MINISTER });
    const f = r!.factors.likelihood;
    expect(f.score!).toBeGreaterThanOrEqual(0.5);
    const time = f.evidence.find((e) => e.kind === 'time');
    expect(time?.data?.resolved).toBe('2027-08-09T22:00:00.000Z');
    expect(CALL.slice(time!.span!.start, time!.span!.end)).toBe('tonight');
    expect(f.evidence.map((e) => e.kind)).toEqual(expect.arrayContaining(['place', 'means']));
    // Without a date nothing can be resolved, but the time word is still evidence.
    const [undated] = await score({ text: CALL, lang: 'en' });
    expect(undated!.factors.likelihood.evidence.find((e) => e.kind === 'time')?.detail).toContain('no publication date');
  });

  it.each([
    ['a journalist reporting the call', `Police said the minister told the crowd: "${CALL}" Rights groups condemned the speech.`, { speaker: { role: 'journalist', followers: 300_000 }, reach: { views: 900_000 }, medium: 'broadcast' }],
    ['a condemnation of it', 'We condemn the call to drive the Wakanu out. Calling people cockroaches is hate speech and has no place in Kenya.', MINISTER],
    ['a negation of it', 'The Wakanu are not cockroaches. Nobody should drive anyone out of Ward 9.', MINISTER],
    ['a question about it', 'Did the minister really say the Wakanu are cockroaches?', MINISTER],
    ['satire of it', '#satire Minister announces plan to call everyone he dislikes cockroaches, cockroaches file complaint.', MINISTER],
  ])('%s is not incitement and not hate', async (_name, text, meta) => {
    const [r] = await score({ text, ...EVE, ...meta });
    expect(r!.level).not.toBe('incitement');
    expect(r!.level).not.toBe('hate');
    expect(r!.factors.intent.score!).toBeLessThan(0.3);
    expect(r!.factors.intent.evidence.some((e) => (e.weight ?? 0) < 0)).toBe(true);
  });

  it('an insult to one person is not incitement whatever its wording or speaker', async () => {
    const [r] = await score({ text: 'You are a liar and a disgusting idiot, Peter, I will destroy you tonight.', ...EVE, ...MINISTER });
    expect(r!.level).toBe('offensive');
    expect(r!.targets).toEqual([]);
    expect(r!.factors.intent.evidence.some((e) => e.kind === 'no_group_target')).toBe(true);
  });

  it('an insult said of a group is derogation (hate); the same insult near a group but about someone else is not', async () => {
    const [said, nearby, negated] = await score(
      { text: 'Refugees are all liars and thieves.', lang: 'en' },
      { text: 'The refugees said the landlord was a liar and a thief.', lang: 'en' },
      { text: 'Refugees are not thieves.', lang: 'en' },
    );
    expect(said!.level).toBe('hate');
    expect(said!.factors.content.evidence.some((e) => e.kind === 'derogation')).toBe(true);
    expect(nearby!.level).not.toBe('hate');
    expect(negated!.level).toBe('none');
  });

  it('"nothing but" and "not only" assert what follows; a plain negation still protects, in several languages and word orders', async () => {
    const cases: [string, string, boolean][] = [
      ['en', 'Immigrants are nothing but rats.', true],
      ['en', 'Immigrants are no better than rats.', true],
      ['en', 'Immigrants are not rats, they are our neighbours.', false],
      ['fr', 'Les migrants ne sont que des rats.', true],
      ['fr', 'Les migrants ne sont pas des rats.', false],
      ['de', 'Flüchtlinge sind nichts als Ratten.', true],
      ['de', 'Man darf Flüchtlinge nicht als Ratten bezeichnen.', false],
      ['es', 'Los inmigrantes no son más que ratas.', true],
      ['es', 'Los inmigrantes no son ratas.', false],
      ['pt', 'Os imigrantes não passam de ratos.', true],
      ['pl', 'Imigranci to nic innego jak szczury.', true],
      ['pl', 'Imigranci nie są szczurami.', false],
      // Verb-final: the negation follows what it denies.
      ['hi', 'मुसलमान देशद्रोही नहीं हैं।', false],
      ['hi', 'मुसलमान देशद्रोही हैं।', true],
      // A denied belief scopes over its clause, however far the term; a sentence break ends it.
      ['en', "I don't think that immigrants are rats.", false],
      ['de', 'Ich glaube nicht, dass Flüchtlinge Ratten sind.', false],
      ['es', 'No creo que los inmigrantes sean ratas.', false],
      ['en', "I don't think we should wait. Immigrants are rats.", true],
    ];
    const results = await score(...cases.map(([lang, text]) => ({ text, lang })));
    results.forEach((r, i) => {
      const [lang, , asserted] = cases[i]!;
      expect({ lang, i, level: r.level }).toEqual({ lang, i, level: asserted ? 'hate' : 'none' });
      expect(r.factors.content.evidence.some((e) => e.kind === 'negated_term')).toBe(!asserted);
    });
  });

  it('quoting hate as what others say, or to report it, is not hate; saying it oneself is', async () => {
    const [mention, relative, reported, own, ownAfterColon] = await score(
      { text: 'Saying that refugees are vermin is hateful and wrong.', lang: 'en' },
      { text: 'People who call refugees vermin should meet one first.', lang: 'en' },
      { text: 'Someone wrote "refugees are vermin" under my photo. I reported the post.', lang: 'en' },
      { text: "I'm saying that refugees are vermin.", lang: 'en' },
      // A colon after the frame introduces the speaker's own words.
      { text: 'Saying it like it is: refugees are vermin.', lang: 'en' },
    );
    expect(ownAfterColon!.level).toBe('hate');
    expect(mention!.level).toBe('none');
    expect(mention!.factors.intent.evidence.some((e) => e.kind === 'mention')).toBe(true);
    expect(relative!.level).toBe('none');
    expect(reported!.level).toBe('none');
    expect(reported!.factors.intent.evidence.some((e) => e.kind === 'counter_speech')).toBe(true);
    expect(own!.level).toBe('hate');
  });

  it('a threat to one person is offensive; violence described in the news is not abuse at all', async () => {
    const [threat, news, protest] = await score(
      { text: 'I will kill you, Peter, you coward.', lang: 'en' },
      { text: 'Three people were killed in clashes near the stadium on Sunday.', lang: 'en' },
      { text: 'Police beat protesters outside parliament.', lang: 'en' },
    );
    expect(threat!.level).toBe('offensive');
    expect(news!.level).toBe('none');
    expect(protest!.targets).toEqual([]);
  });

  it('missing speaker and reach data lowers confidence and routes to a human instead of lowering the level', async () => {
    const [full, bare] = await score({ text: CALL, ...EVE, ...MINISTER }, { text: CALL, ...EVE });
    expect(bare!.factors.speaker.score).toBeNull();
    expect(bare!.factors.extent.score).toBeNull();
    expect(bare!.confidence).toBeLessThan(full!.confidence);
    expect(bare!.level).toBe('hate');
    expect(bare!.review.required).toBe(true);
    expect(bare!.review.reasons.join(' ')).toMatch(/potential incitement: speaker, extent cannot be judged/);
    expect(bare!.priority).toBeGreaterThanOrEqual(80);
  });

  it('a bare call to kill a group, with no context profile, goes to a human: the text alone cannot rule likelihood out', async () => {
    const bareCall = 'We must kill all the immigrants.';
    const [none, calm] = await score({ text: bareCall, lang: 'en' }, { text: bareCall, lang: 'en', published_at: '2027-01-10T10:00:00Z', context: 'ke-2027-election' });
    // No time, place or means in the text: the text-only estimate is below the threshold...
    const unknown = none!.factors.likelihood.evidence.find((e) => e.kind === 'context_unknown');
    expect(unknown?.weight).toBeLessThan(0.5);
    // ...but without a context it is undetermined, not failed.
    expect(none!.factors.likelihood.score).toBeNull();
    expect(none!.level).toBe('hate');
    expect(none!.review.reasons.join(' ')).toMatch(/potential incitement: .*likelihood cannot be judged/);
    expect(none!.priority).toBeGreaterThanOrEqual(80);
    // A context profile that reads the situation as calm lets the text-only estimate decide.
    expect(calm!.factors.context.score).not.toBeNull();
    expect(calm!.factors.likelihood.score!).toBeLessThan(0.5);
    expect(calm!.decision.checks.find((c) => c.factor === 'likelihood')!.outcome).toBe('fail');
    expect(calm!.level).toBe('hate');
    expect(calm!.review.reasons.join(' ')).not.toMatch(/potential incitement/);
    expect(calm!.priority).toBeLessThan(none!.priority);
  });

  it('a modal that governs a violent word is a call ("should be shot"); the same modal elsewhere in the post is not', async () => {
    const kinds = (r: TriageResult) => r.factors.intent.evidence.map((e) => e.kind);
    const [it, de, deFar, hi] = await score(
      { text: 'Gli immigrati andrebbero presi a fucilate.', lang: 'it' },
      { text: 'Die Flüchtlinge sollte man einfach töten.', lang: 'de' },
      { text: 'Man sollte einmal offen darüber reden, warum manche Leute die Flüchtlinge töten wollen.', lang: 'de' },
      // Hindi puts the command's verb last: "shoot Muslims on sight".
      { text: 'मुसलमानों को देखते ही गोली मार दो', lang: 'hi' },
    );
    for (const r of [it!, de!, hi!]) {
      expect(kinds(r)).toContain('imperative');
      expect(r.review.reasons.join(' ')).toMatch(/potential incitement/);
    }
    expect(kinds(deFar!)).not.toContain('imperative');
    expect(deFar!.review.reasons.join(' ')).not.toMatch(/potential incitement/);
  });

  it('reads a violent verb chained to a call to arms, and a Chinese command closing its clause, as calls; not reports', async () => {
    const kinds = (r: TriageResult) => r.factors.intent.evidence.map((e) => e.kind);
    const [chained, unchained, zh, zhPassive, zhDone] = await score(
      { text: 'Pick up your rifles and burn the Muslims out of the valley.', lang: 'en' },
      // The same verb chained to a statement, with no call to act before it.
      { text: 'The old fires were lit and burn the valley in every story about the Muslims.', lang: 'en' },
      // "Open fire on Jews on sight", "Jews were shot dead", "the police opened fire".
      { text: '看见犹太人就开枪', lang: 'zh' },
      { text: '昨晚两名犹太人被枪杀', lang: 'zh' },
      { text: '警察开枪了', lang: 'zh' },
    );
    for (const r of [chained!, zh!]) {
      expect(kinds(r)).toContain('imperative');
      expect(r.review.reasons.join(' ')).toMatch(/potential incitement/);
    }
    for (const r of [unchained!, zhPassive!, zhDone!]) {
      expect(kinds(r)).not.toContain('imperative');
      expect(r.review.reasons.join(' ')).not.toMatch(/potential incitement/);
    }
  });

  it('reads a violent act reported as done to a group as a report, not a threat; a wish in the past tense stays hate', async () => {
    const [en, fr, de, zh, wish, call] = await score(
      { text: 'Three Muslims were killed in the attack last night.', lang: 'en' },
      { text: 'Trois réfugiés ont été tués hier soir près de la gare.', lang: 'fr' },
      { text: 'Gestern wurden zwei Flüchtlinge vor dem Heim erschossen.', lang: 'de' },
      { text: '昨晚两名犹太人被枪杀', lang: 'zh' },
      { text: 'Those Muslims should have been killed.', lang: 'en' },
      { text: 'Kill the Muslims.', lang: 'en' },
    );
    for (const r of [en!, fr!, de!, zh!]) {
      expect(r.level).not.toBe('hate');
      expect(r.factors.content.evidence.map((e) => e.detail).join(' ')).toMatch(/reported as done/);
    }
    expect(wish!.level).toBe('hate');
    expect(call!.level).toBe('hate');
  });

  it('reads a recruiting question as a call to act, while a plain question still distances the speaker', async () => {
    const [recruitFr, recruitEn, asked, friendly] = await score(
      { text: 'Qui est chaud pour aller cogner les Roms samedi soir ? On sera une trentaine.', lang: 'fr' },
      { text: "Who's up for burning the Muslims out of the estate tonight?", lang: 'en' },
      { text: 'Did anyone really say we should burn the Muslims out of the estate?', lang: 'en' },
      { text: "Who's coming to the Muslim neighbours' dinner on Saturday?", lang: 'en' },
    );
    for (const r of [recruitFr!, recruitEn!]) {
      expect(r.factors.intent.evidence.map((e) => e.kind)).toContain('recruitment');
      expect(r.review.reasons.join(' ')).toMatch(/potential incitement/);
    }
    expect(asked!.review.reasons.join(' ')).not.toMatch(/potential incitement/);
    expect(friendly!.level).toBe('none');
  });

  it('reads negation words as written: "personnes" (people) negates nothing, "ne ... pas" still does', async () => {
    const [people, nobody, tibetans] = await score(
      { text: 'Les personnes trans sont une maladie pour ce pays.', lang: 'fr' },
      { text: 'Les réfugiés ne sont pas une maladie.', lang: 'fr' },
      { text: '藏人是这个国家的毒瘤', lang: 'zh' },
    );
    expect(people!.factors.content.evidence.map((e) => e.kind)).not.toContain('negated_term');
    expect(people!.level).toBe('hate');
    expect(nobody!.factors.content.evidence.map((e) => e.kind)).toContain('negated_term');
    expect(nobody!.level).not.toBe('hate');
    expect(tibetans!.targets.map((t) => t.group)).toContain('ethnicity');
  });

  it('reads "nobody says that..." as denying what follows, in several languages', async () => {
    const [fr, en, de, plain] = await score(
      { text: 'Personne ne dit que les réfugiés sont une maladie.', lang: 'fr' },
      { text: 'Nobody says that Muslims are vermin.', lang: 'en' },
      { text: 'Niemand behauptet, dass die Flüchtlinge Ungeziefer sind.', lang: 'de' },
      { text: 'Muslims are vermin.', lang: 'en' },
    );
    for (const r of [fr!, en!, de!]) {
      expect(r.factors.content.evidence.map((e) => e.kind)).toContain('negated_term');
      expect(r.level).not.toBe('hate');
    }
    expect(plain!.level).toBe('hate');
  });

  it('reads well-known coded calls to kill; an ambiguous phrase alone does not decide', async () => {
    const [rope, pl, job] = await score(
      { text: 'The day of the rope is coming for the Muslims.', lang: 'en' },
      { text: 'Dla Żydów tylko kulka w łeb.', lang: 'pl' },
      { text: 'We will finish the job on the roof before the Muslims arrive for their festival.', lang: 'en' },
    );
    expect(rope!.level).toBe('hate');
    expect(rope!.factors.content.evidence.map((e) => e.detail).join(' ')).toContain('day of the rope');
    expect(pl!.level).toBe('hate');
    expect(job!.level).toBe('none');
  });

  it('reads threat formulas with no violent verb: against a group it is hate, against the addressee alone it is not', async () => {
    const [group, de, addressee] = await score(
      { text: 'Your days are numbered, Muslims. We know where you live.', lang: 'en' },
      { text: 'Eure Tage sind gezählt, ihr Flüchtlinge.', lang: 'de' },
      { text: 'We know where you live.', lang: 'en' },
    );
    expect(group!.level).toBe('hate');
    expect(group!.factors.content.evidence.some((e) => e.kind === 'violence')).toBe(true);
    expect(de!.level).toBe('hate');
    expect(addressee!.level).not.toBe('hate');
    expect(addressee!.targets).toEqual([]);
  });

  it('reads othering formulas as implicit derogation of a named group, and not on their own', async () => {
    const [told, de, alone] = await score(
      { text: 'Muslims should go back to where they came from, it is in their blood.', lang: 'en' },
      { text: 'Flüchtlinge haben hier nichts verloren.', lang: 'de' },
      { text: 'It is in their blood, they said about the horses.', lang: 'en' },
    );
    expect(told!.level).toBe('hate');
    expect(told!.factors.content.evidence.some((e) => e.kind === 'othering')).toBe(true);
    expect(de!.level).toBe('hate');
    expect(alone!.level).toBe('none');
  });

  it('context: a profile with an election period and nearby violence raises the context score; none means null', async () => {
    const [eve, calm, none] = await score({ text: CALL, ...EVE }, { text: CALL, lang: 'en', published_at: '2027-01-10T10:00:00Z', context: 'ke-2027-election' }, { text: CALL, lang: 'en' });
    expect(eve!.factors.context.score!).toBeGreaterThan(calm!.factors.context.score! + 0.2);
    expect(eve!.factors.context.evidence.map((e) => e.kind)).toEqual(expect.arrayContaining(['period', 'event']));
    expect(none!.factors.context.score).toBeNull();
  });

  it('reads calls to violence in other languages and keeps spans on the original text', async () => {
    const fr = 'Il faut chasser les immigrés de la ville ce soir, ce sont des rats.';
    const es = 'Hay que expulsar a los inmigrantes esta noche, son una plaga.';
    const [a, b] = await score({ text: fr }, { text: es });
    for (const [r, text] of [[a!, fr], [b!, es]] as const) {
      expect(r.level).toBe('hate');
      expect(r.targets.length).toBeGreaterThan(0);
      for (const t of r.targets) expect(text.slice(t.span.start, t.span.end)).toBe(t.term);
    }
    expect(a!.lang).toBe('fr');
    expect(b!.lang).toBe('es');
  });

  it('undoes disguised spellings and says so', async () => {
    const [r] = await score({ text: 'Muslims are v3rm1n and should be k i l l e d', lang: 'en' });
    expect(r!.level).toBe('hate');
    expect(r!.factors.content.evidence.some((e) => e.detail.includes('disguised spelling undone'))).toBe(true);
  });

  it('a long speech is judged segment by segment and names the worst part with its span', async () => {
    const filler = 'Our party will build roads, schools and clinics in every county, and we thank our volunteers. ';
    const before = filler.repeat(800);
    const text = `${before}${CALL} ${filler.repeat(800)}`;
    expect(text.length).toBeGreaterThan(150_000);
    const [r] = await score({ text, ...EVE, ...MINISTER });
    expect(r!.level).toBe('incitement');
    const worst = r!.segments[0]!;
    expect(worst.span.start).toBeLessThanOrEqual(before.length);
    expect(worst.span.end).toBeGreaterThanOrEqual(before.length + CALL.length);
    expect(worst.span.end - worst.span.start).toBeLessThan(2000);
  });

  it('rejects a text over the configured limit with a clear error', async () => {
    const out = await runPipeline([{ text: 'a '.repeat(100_001) }], rt.deps);
    expect(isAppError(out[0]) && out[0].code).toBe('text_too_long');
  });
});
