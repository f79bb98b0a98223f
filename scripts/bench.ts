/**
 * @module scripts/bench
 * `npm run bench`: scores generated corpora end to end (read JSONL → pipeline → SQLite → results file),
 * each run in its own process so peak RSS is that run's alone, and prints posts/s, peak RSS and the
 * ratios that show memory does not grow with file size.
 *
 * Targets (a laptop with 2 cores): >= 150 posts/s with the bundled model, peak RSS < 1.5 GiB, and peak
 * RSS for 4x the posts within 1.25x.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PassThrough } from 'node:stream';
import { loadConfig } from '../src/config.js';
import { runScore } from '../src/cli/score-command.js';
import { createLogger } from '../src/log.js';

const TEMPLATES = [
  'We must drive the {g} out of {p} tonight, they are vermin.',
  'The {g} in {p} are our neighbours and we stand with them.',
  'Police said a man shouted that the {g} are cockroaches; rights groups condemned it.',
  'Polling stations in {p} open at six tomorrow morning, bring your ID.',
  'You are a stupid liar, {n}, and everyone in {p} knows it.',
  'Les {g} de {p} sont des rats, il faut les chasser.',
  'Die {g} in {p} sind eine Plage für unser Land.',
  'Los {g} de {p} son bienvenidos en nuestra comunidad.',
  'Wakanu wa {p} ni madoadoa, lazima waondoke kabla ya uchaguzi.',
  'The new bridge in {p} opened today after three years of work; traffic is expected to ease.',
  'Is it true the {g} control the banks in {p}? I doubt it.',
  'Match report: {p} United won 2-1 after a late goal, fans celebrated in the square.',
];
const GROUPS = ['immigrants', 'Muslims', 'Jews', 'refugees', 'Christians', 'migrants'];
const PLACES = ['Ward 9', 'Mto Safi', 'Riverside', 'the old town', 'Nairobi', 'Lyon'];
const NAMES = ['Peter', 'Amina', 'Jon', 'Wanjiru'];

function corpus(n: number, file: string): void {
  const fd = fs.openSync(file, 'w');
  for (let i = 0; i < n; i++) {
    const t = TEMPLATES[i % TEMPLATES.length]!.replace('{g}', GROUPS[i % GROUPS.length]!).replace('{p}', PLACES[(i * 7) % PLACES.length]!).replace('{n}', NAMES[i % NAMES.length]!);
    // Every 50th post is a long column, to exercise segmentation.
    const text = i % 50 === 0 ? `${t} ${'Our party will build roads, schools and clinics in every county. '.repeat(60)}` : `${t} #${i}`;
    const rec = { id: `bench-${i}`, text, published_at: '2027-08-09T18:00:00Z', speaker: { id: `s${i % 300}`, role: i % 3 === 0 ? 'politician' : 'public', followers: (i * 37) % 200000 }, reach: { views: (i * 101) % 1000000 }, medium: 'social', context: i % 2 ? 'ke-2027-election' : undefined };
    fs.writeSync(fd, `${JSON.stringify(rec)}\n`);
  }
  fs.closeSync(fd);
}

async function child(file: string, db: string): Promise<void> {
  const config = loadConfig({ ...process.env, RABAT_DB: db, RABAT_LOG_LEVEL: 'warn' });
  const sink = new PassThrough();
  sink.resume();
  const summary = await runScore(config, createLogger('warn'), { input: file, out: path.join(path.dirname(db), 'results.jsonl'), noStore: false, stdin: process.stdin, stdout: sink, stderr: process.stderr });
  process.stdout.write(`${JSON.stringify({ ...summary, maxRssMiB: process.resourceUsage().maxRSS / 1024 })}\n`);
}

function run(n: number): { n: number; seconds: number; rate: number; rss: number; levels: Record<string, number> } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rabat-bench-'));
  const file = path.join(dir, 'posts.jsonl');
  corpus(n, file);
  const self = fileURLToPath(import.meta.url);
  const res = spawnSync(process.execPath, [self, '--child', file, path.join(dir, 'triage.db')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 24 });
  if (res.status !== 0) throw new Error(`bench child failed with status ${res.status}`);
  const s = JSON.parse(res.stdout.trim().split('\n').pop()!) as { lines: number; seconds: number; maxRssMiB: number; levels: Record<string, number> };
  fs.rmSync(dir, { recursive: true, force: true });
  return { n, seconds: s.seconds, rate: s.lines / s.seconds, rss: s.maxRssMiB, levels: s.levels };
}

async function main(): Promise<void> {
  if (process.argv[2] === '--child') {
    await child(process.argv[3]!, process.argv[4]!);
    return;
  }
  const sizes = process.argv.includes('--quick') ? [1000, 4000] : [5000, 20000];
  const config = loadConfig();
  console.log(`rabat-triage bench: ${os.cpus().length} cores, node ${process.version}, content model: ${config.contentModel || '(none)'}`);
  const results = sizes.map((n) => {
    const r = run(n);
    console.log(`  ${String(n).padStart(6)} posts: ${r.seconds.toFixed(1)} s, ${r.rate.toFixed(0)} posts/s, peak RSS ${r.rss.toFixed(0)} MiB, levels ${JSON.stringify(r.levels)}`);
    return r;
  });
  const [a, b] = [results[0]!, results[1]!];
  console.log(`  size ratio ${(b.n / a.n).toFixed(1)}x -> time ratio ${(b.seconds / a.seconds).toFixed(2)}x, peak RSS ratio ${(b.rss / a.rss).toFixed(2)}x`);
  const ok = b.rate >= 150 && b.rss < 1536 && b.rss / a.rss <= 1.25;
  console.log(`  targets (>= 150 posts/s, peak RSS < 1536 MiB, RSS ratio <= 1.25): ${ok ? 'met' : 'NOT met'}`);
}

await main();
