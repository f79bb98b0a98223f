/**
 * The moderators' page in a real browser (Debian's chromium driven by playwright-core, headless, no
 * sandbox, no background networking): sign in, claim a batch, open an item, see its evidence span
 * highlighted, decide with a keyboard shortcut, see the history; and a post carrying `<script>` and
 * `<img onerror>` is shown as text and runs nothing.
 *
 * Skips only when /usr/bin/chromium is absent and CI is not set; in CI a missing browser fails.
 * RABAT_SCREENSHOTS=1 saves the main screens under docs/screenshots/. The test program has no DOM
 * types (tsconfig's lib is ES only), so it waits through locators; the page's CSP would refuse string
 * evaluation anyway.
 */
import fs from 'node:fs';
import path from 'node:path';
import { type Browser, type Page, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { CONTENT_SECURITY_POLICY } from '../../src/http/app.js';
import type { Runtime } from '../../src/runtime.js';
import { createKey } from '../helpers/auth.js';
import { type LiveServer, call, listen } from '../helpers/live-server.js';
import { reviewPosts, storePosts } from '../helpers/review-fixtures.js';
import { testRuntime } from '../helpers/runtime.js';

const CHROMIUM = '/usr/bin/chromium';
const skip = !fs.existsSync(CHROMIUM) && !process.env.CI;
const SHOTS = process.env.RABAT_SCREENSHOTS === '1' ? path.join(PROJECT_ROOT, 'docs', 'screenshots') : null;

const HOSTILE = '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2;alert(1)"> Those vermin must be driven out tonight, grab your weapons.';

let rt: Runtime;
let srv: LiveServer;
let browser: Browser;
let moderator: string;
let other: string;

async function shot(page: Page, name: string): Promise<void> {
  if (SHOTS) await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
}

async function signIn(page: Page, key: string): Promise<void> {
  await page.goto(`${srv.url}/`);
  await page.fill('#key', key);
  await page.click('#signin-form button[type=submit]');
  await page.waitForSelector('#workspace:not([hidden])');
}

describe.skipIf(skip)('the review page in chromium', () => {
  beforeAll(async () => {
    rt = await testRuntime();
    await storePosts(rt, [...reviewPosts(6, 'wp'), { id: 'hostile-1', text: HOSTILE, lang: 'en', speaker: { id: 'spk-x', followers: 50000 } }]);
    srv = await listen(rt);
    moderator = createKey(rt, 'moderator', 'Amina');
    other = createKey(rt, 'moderator', 'Bruno');
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
  });
  afterAll(async () => {
    await browser?.close();
    await srv?.close();
    await rt?.close();
  });

  it('serves the page with a strict Content-Security-Policy', async () => {
    const res = await fetch(`${srv.url}/`);
    expect(res.status).toBe(200);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toBe(CONTENT_SECURITY_POLICY);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/unsafe-(inline|eval)/);
    expect(await res.text()).not.toMatch(/<script>(?!<\/script>)|\son\w+=/);
  });

  it('signs in, claims a batch, shows the highlighted span, decides with a shortcut and shows the history', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 950 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.goto(`${srv.url}/`);
    await page.waitForSelector('#signin:not([hidden])');
    await shot(page, '1-sign-in');

    // A wrong key is refused with a message; the right one signs in.
    await page.fill('#key', `rbt_${'x'.repeat(43)}`);
    await page.click('#signin-form button[type=submit]');
    await page.locator('#signin-error:not(:empty)').waitFor();
    expect(await page.textContent('#signin-error')).toMatch(/not valid/);
    await page.fill('#key', moderator);
    await page.click('#signin-form button[type=submit]');
    await page.waitForSelector('#workspace:not([hidden])');
    expect(await page.textContent('#who-name')).toBe('Amina');
    // The refused key above logged its 401; from here on the page must run clean.
    errors.length = 0;
    expect(await page.evaluate(() => (globalThis as unknown as { sessionStorage: { length: number } }).sessionStorage.length)).toBe(1);

    await page.fill('#claim-n', '5');
    await page.click('#claim');
    await page.locator('#list li').nth(4).waitFor();
    expect(await page.locator('#list li').count()).toBe(5);
    const claimed = await page.$$eval('#list li', (lis) => lis.map((li) => li.getAttribute('data-id')!));
    const held = await call<{ items: { id: string }[] }>(srv.url, moderator, 'GET', '/api/queue/mine');
    expect(claimed.sort()).toEqual(held.body.items.map((e) => e.id).sort());
    // Sorted by priority, highest first.
    const prios = await page.$$eval('#list li .prio', (els) => els.map((e) => Number(e.textContent)));
    expect(prios).toEqual([...prios].sort((a, b) => b - a));
    await shot(page, '2-queue-claimed');

    // Open the hostile-language item (it is in the batch: highest priority) and check its highlight.
    expect(claimed).toContain('hostile-1');
    await page.click('#list li[data-id="hostile-1"]');
    await page.waitForSelector('#item-text mark.span');
    const item = (await call<{ text: string; result: { factors: Record<string, { evidence: { span?: { start: number; end: number } }[] }> } }>(srv.url, moderator, 'GET', '/api/items/hostile-1')).body;
    const marks = await page.$$eval('#item-text mark.span', (ms) => ms.map((m) => ({ text: m.textContent, start: Number(m.getAttribute('data-start')), end: Number(m.getAttribute('data-end')) })));
    expect(marks.length).toBeGreaterThan(0);
    for (const m of marks) expect(m.text).toBe(item.text.slice(m.start, m.end));
    const spans = Object.values(item.result.factors).flatMap((f) => f.evidence.flatMap((e) => (e.span ? [e.span] : [])));
    for (const s of spans) expect(marks.some((m) => m.start <= s.start && m.end >= s.end)).toBe(true);
    expect(marks.map((m) => m.text).join(' ')).toContain('vermin');
    // The whole text is there, as text.
    expect(await page.textContent('#item-text')).toBe(item.text);
    // Six factors, each with its score or n/a.
    expect(await page.$$eval('.factor', (fs) => fs.map((f) => f.getAttribute('data-factor')))).toEqual(['context', 'speaker', 'intent', 'content', 'extent', 'likelihood']);
    await shot(page, '3-item-evidence');

    // Decide with the keyboard: c confirms.
    await page.fill('#note', 'dehumanising, calls for expulsion');
    await page.click('#item h2');
    await page.keyboard.press('c');
    await page.waitForSelector('#history li');
    expect(await page.textContent('#history')).toContain('confirm');
    expect(await page.textContent('#history')).toContain('Amina');
    expect(await page.textContent('#history')).toContain('dehumanising, calls for expulsion');
    const after = await call<{ decisions: { action: string; actor_name: string }[] }>(srv.url, other, 'GET', '/api/items/hostile-1');
    expect(after.body.decisions.map((d) => [d.action, d.actor_name])).toEqual([['confirm', 'Amina']]);
    await page.locator('#list li[data-id="hostile-1"]').waitFor({ state: 'detached' });
    await shot(page, '4-decided-history');

    // j moves to the next item in the batch; r rejects it.
    await page.keyboard.press('j');
    await page.locator('#list li.selected:not([data-id="hostile-1"])').waitFor();
    await page.locator('#item h2', { hasNotText: 'hostile-1' }).waitFor();
    const next = await page.textContent('#item h2');
    await page.keyboard.press('r');
    await page.waitForSelector('#history li');
    const d2 = await call<{ decisions: { action: string }[] }>(srv.url, other, 'GET', `/api/items/${next}`);
    expect(d2.body.decisions.map((d) => d.action)).toEqual(['reject']);
    expect(await page.textContent('#agreement-overall')).toMatch(/Krippendorff/);

    // A relabel with a factor override from the page is stored with it.
    await page.keyboard.press('j');
    await page.locator('#list li.selected').waitFor();
    await page.locator('#item h2', { hasNotText: next ?? '' }).waitFor();
    const third = await page.textContent('#item h2');
    await page.selectOption('#relabel-level', 'hate');
    await page.fill('input[data-override="intent"]', '0.7');
    await page.click('#btn-relabel');
    await page.locator('#history li').first().waitFor();
    const d3 = await call<{ decisions: { action: string; level: string; factor_overrides: unknown }[] }>(srv.url, other, 'GET', `/api/items/${third}`);
    expect(d3.body.decisions).toEqual([expect.objectContaining({ action: 'relabel', level: 'hate', factor_overrides: { intent: { score: 0.7 } } })]);

    // k and j move through what is left of the batch; e escalates. The list refreshes after a
    // decision: read it only once the decided item has left it.
    await page.locator(`#list li[data-id="${third}"]`).waitFor({ state: 'detached' });
    const remaining = await page.$$eval('#list li', (lis) => lis.map((li) => li.getAttribute('data-id')!));
    expect(remaining.length).toBeGreaterThanOrEqual(2);
    await page.click(`#list li[data-id="${remaining[1]}"]`);
    await page.locator(`#list li.selected[data-id="${remaining[1]}"]`).waitFor();
    await page.locator('#item h2', { hasText: remaining[1]! }).waitFor();
    await page.click('#item h2');
    await page.keyboard.press('k');
    await page.locator(`#list li.selected[data-id="${remaining[0]}"]`).waitFor();
    // Wait for the item itself, not just the list: a key pressed while it loads has no item to act on.
    await page.locator('#item h2', { hasText: remaining[0]! }).waitFor();
    await page.keyboard.press('e');
    await page.locator('#history li').first().waitFor();
    const d4 = await call<{ review: { state: string } }>(srv.url, other, 'GET', `/api/items/${remaining[0]}`);
    expect(d4.body.review.state).toBe('escalated');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows a post with <script> and <img onerror> as text and runs nothing', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 950 } });
    const dialogs: string[] = [];
    const requests: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    // A fresh copy of the post, unreviewed, so it is in the open queue.
    await call(srv.url, createKey(rt, 'ingest'), 'POST', '/api/items', [{ id: 'hostile-2', text: HOSTILE, lang: 'en' }]);
    await signIn(page, other);
    await page.click('#tab-queue');
    await page.waitForSelector('#list li[data-id="hostile-2"]');
    await page.click('#list li[data-id="hostile-2"]');
    await page.waitForSelector('#item-text');
    expect(await page.textContent('#item-text')).toBe(HOSTILE);
    expect(await page.$$eval('#item-text script, #item-text img, #item script, #item img', (n) => n.length)).toBe(0);
    expect(await page.$$eval('script', (s) => s.map((x) => x.getAttribute('src')))).toEqual(['/app.js']);
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => typeof (globalThis as unknown as { __pwned?: unknown }).__pwned)).toBe('undefined');
    expect(dialogs).toEqual([]);
    expect(requests).not.toContain('/x');
    await shot(page, '5-hostile-text');
    await page.close();
  });
});
