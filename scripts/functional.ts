/**
 * @module scripts/functional
 * `npm run functional [-- --write-floors]`: prints the functional suite's accuracy per functionality
 * and language with the bundled model. --write-floors records the measured accuracies (less a margin
 * of 0.02) in test/functional/floors.json, which the test suite asserts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT, loadConfig } from '../src/config.js';
import { createLogger } from '../src/log.js';
import { createRuntime } from '../src/runtime.js';
import { type Tally, accuracy, loadCases, runSuite } from './functional-suite.js';

const pct = (t: Tally) => `${(accuracy(t) * 100).toFixed(1).padStart(5)}% (${t.correct}/${t.n})`;

const config = loadConfig();
const rt = await createRuntime(config, createLogger('warn'), { noStore: true });
const report = await runSuite(rt.deps, loadCases());
const model = rt.deps.model?.ref;
console.log(`functional suite: ${report.overall.n} cases, model ${model ? `${model.id}@${model.version}` : '(none: lexicons only)'}, lexicons ${rt.deps.lexicons.ref.version}`);
console.log(`overall ${pct(report.overall)}`);
console.log('\nby functionality');
for (const [k, t] of Object.entries(report.byFunctionality).sort()) console.log(`  ${k.padEnd(28)} ${pct(t)}`);
console.log('\nby language');
for (const [k, t] of Object.entries(report.byLanguage).sort()) console.log(`  ${k.padEnd(28)} ${pct(t)}`);
if (process.argv.includes('--write-floors')) {
  const floor = (t: Tally) => Math.max(0, Math.floor((accuracy(t) - 0.02) * 100) / 100);
  const floors = {
    measured_with: { model: model ?? null, lexicons: rt.deps.lexicons.ref },
    overall: floor(report.overall),
    byFunctionality: Object.fromEntries(Object.entries(report.byFunctionality).map(([k, t]) => [k, floor(t)])),
    byLanguage: Object.fromEntries(Object.entries(report.byLanguage).map(([k, t]) => [k, floor(t)])),
  };
  const target = path.join(PROJECT_ROOT, 'test', 'functional', 'floors.json');
  fs.writeFileSync(target, `${JSON.stringify(floors, null, 2)}\n`);
  console.log(`\nfloors written to ${target}`);
}
await rt.close();
await rt.deps.model?.close();
