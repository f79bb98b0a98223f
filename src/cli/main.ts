/**
 * @module cli/main
 * The `rabat-triage` command line: score, serve, speakers, keys, audit verify, export. Usage and I/O problems exit 2 with one
 * sentence on stderr; a run where some records could not be read exits 1.
 */
import { parseArgs } from 'node:util';
import type { Readable, Writable } from 'node:stream';
import { loadConfig } from '../config.js';
import { AppError, isAppError } from '../errors.js';
import { createLogger } from '../log.js';
import { createRuntime } from '../runtime.js';
import { SpeakerProfileSchema } from '../speakers/speaker.js';
import { CLI_ACTOR, type ModerationArgs, runAudit, runExport, runKeys } from './moderation-commands.js';
import { runScore } from './score-command.js';
import { runServe } from './serve-command.js';

const USAGE = `usage:
  rabat-triage score <input.jsonl|input.csv|-> [--out FILE|-] [--format jsonl|csv] [--db PATH | --no-store]
  rabat-triage serve [--db PATH] [--port N] [--host HOST] [--seed-samples]
  rabat-triage speakers add <id> [--name N] [--role ROLE] [--followers N] [--region R] [--db PATH]
  rabat-triage speakers list [--db PATH]
  rabat-triage keys create --role admin|moderator|ingest|viewer [--name N] [--db PATH]
  rabat-triage keys list [--db PATH]
  rabat-triage keys revoke <id> [--db PATH]
  rabat-triage audit verify [--expect-head HASH] [--json] [--db PATH]
  rabat-triage export [--format jsonl|csv] [--out FILE|-] [--db PATH]
`;

export interface Io {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
  env: Record<string, string | undefined>;
}

const defaultIo = (): Io => ({ stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env });

/**
 * Runs the CLI.
 * @param argv - arguments after the program name.
 * @param io - streams and environment (tests pass their own).
 * @returns the exit code.
 */
export async function main(argv: string[], io: Io = defaultIo()): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (e) {
    const msg = isAppError(e) ? e.message : `unexpected failure (${(e as Error)?.name ?? 'error'})`;
    io.stderr.write(`rabat-triage: ${msg}\n`);
    if (!isAppError(e) || e.code === 'internal_error') io.stderr.write(`${(e as Error)?.stack ?? ''}\n`);
    return 2;
  }
}

async function dispatch(argv: string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    (command ? io.stdout : io.stderr).write(USAGE);
    return command ? 0 : 2;
  }
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: rest,
      allowPositionals: true,
      options: {
        out: { type: 'string', short: 'o' },
        format: { type: 'string' },
        db: { type: 'string' },
        'no-store': { type: 'boolean' },
        port: { type: 'string' },
        host: { type: 'string' },
        'seed-samples': { type: 'boolean' },
        name: { type: 'string' },
        role: { type: 'string' },
        followers: { type: 'string' },
        region: { type: 'string' },
        'expect-head': { type: 'string' },
        json: { type: 'boolean' },
      },
    });
  } catch (e) {
    throw new AppError('usage', `${(e as Error).message}\n${USAGE}`);
  }
  const { values: v, positionals } = parsed;
  const env = { ...io.env };
  if (typeof v.db === 'string') env.RABAT_DB = v.db;
  if (typeof v.port === 'string') env.RABAT_PORT = v.port;
  if (typeof v.host === 'string') env.RABAT_HOST = v.host;
  let config;
  try {
    config = loadConfig(env);
  } catch (e) {
    throw new AppError('usage', (e as Error).message);
  }
  const logger = createLogger(config.logLevel, (l) => io.stderr.write(l));

  switch (command) {
    case 'score': {
      if (positionals.length !== 1) throw new AppError('usage', `score takes one input file (or - for stdin)\n${USAGE}`);
      if (v['no-store'] && typeof v.db === 'string') throw new AppError('usage', '--db and --no-store cannot be used together');
      if (v.format !== undefined && v.format !== 'jsonl' && v.format !== 'csv') throw new AppError('usage', `--format must be jsonl or csv, not "${String(v.format)}"`);
      const summary = await runScore(config, logger, {
        input: positionals[0]!,
        out: typeof v.out === 'string' ? v.out : '-',
        ...(v.format ? { format: v.format as 'jsonl' | 'csv' } : {}),
        noStore: v['no-store'] === true,
        stdin: io.stdin,
        stdout: io.stdout,
        stderr: io.stderr,
      });
      const levels = Object.entries(summary.levels).map(([k, n]) => `${k} ${n}`).join(', ');
      const stored = Object.entries(summary.stored).map(([k, n]) => `${k} ${n}`).join(', ');
      io.stderr.write(
        `rabat-triage: ${summary.lines} records in ${summary.seconds.toFixed(1)} s: ${summary.scored} scored (${levels || 'none'}), ${summary.errors} error(s)${stored ? `; stored: ${stored}` : ''}\n`,
      );
      return summary.errors > 0 ? 1 : 0;
    }
    case 'serve': {
      const { rt, server } = await runServe(config, logger, { seed: v['seed-samples'] === true, stdout: io.stdout });
      await new Promise<void>((resolve) => {
        const stop = () => server.close(() => resolve());
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
      await rt.close();
      return 0;
    }
    case 'speakers': {
      const [sub, id] = positionals;
      const rt = await createRuntime(config, logger, { model: null });
      try {
        if (sub === 'list') {
          for (const s of rt.repos!.speakers.list()) io.stdout.write(`${JSON.stringify(s)}\n`);
          return 0;
        }
        if (sub === 'add' && id) {
          const p = SpeakerProfileSchema.safeParse({
            id,
            ...(v.name ? { name: v.name } : {}),
            ...(v.role ? { role: v.role } : {}),
            ...(v.followers !== undefined ? { followers: Number(v.followers) } : {}),
            ...(v.region ? { region: v.region } : {}),
          });
          if (!p.success) throw new AppError('usage', `invalid speaker: ${p.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
          const saved = rt.db!.transaction(() => {
            const sp = rt.repos!.speakers.upsert(p.data);
            rt.moderation!.audit.append({ actor: CLI_ACTOR, action: 'speaker.upserted', subject: `speaker:${sp.id}`, data: { profile: sp } });
            return sp;
          }).immediate();
          io.stdout.write(`${JSON.stringify(saved)}\n`);
          return 0;
        }
        throw new AppError('usage', `speakers takes "add <id> ..." or "list"\n${USAGE}`);
      } finally {
        await rt.close();
      }
    }
    case 'keys':
    case 'audit':
    case 'export': {
      const rt = await createRuntime(config, logger, { model: null });
      try {
        const a: ModerationArgs = {
          positionals,
          role: typeof v.role === 'string' ? v.role : undefined,
          name: typeof v.name === 'string' ? v.name : undefined,
          format: typeof v.format === 'string' ? v.format : undefined,
          out: typeof v.out === 'string' ? v.out : undefined,
          expectHead: typeof v['expect-head'] === 'string' ? v['expect-head'] : undefined,
          json: v.json === true,
        };
        if (command === 'keys') return runKeys(rt, a, io.stdout);
        if (command === 'audit') return runAudit(rt, a, io.stdout);
        return await runExport(rt, a, io.stdout, io.stderr);
      } finally {
        await rt.close();
      }
    }
    default:
      throw new AppError('usage', `unknown command "${command}"\n${USAGE}`);
  }
}
