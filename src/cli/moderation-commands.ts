/**
 * @module cli/moderation-commands
 * `rabat-triage keys create|list|revoke`, `audit verify` and `export`. They open the database file
 * directly (no server needed): this is how the first admin key is made.
 */
import fs from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { RoleSchema } from '../db/repositories/api-keys.repository.js';
import { AppError } from '../errors.js';
import type { Runtime } from '../runtime.js';
import { verifyAudit } from '../services/audit-verify.js';

/** The actor recorded for changes made from the command line. */
export const CLI_ACTOR = 'cli';

export interface ModerationArgs {
  positionals: string[];
  role?: string | undefined;
  name?: string | undefined;
  format?: string | undefined;
  out?: string | undefined;
  expectHead?: string | undefined;
  json?: boolean | undefined;
}

/**
 * `keys create --role R [--name N]`, `keys list`, `keys revoke <id>`.
 * @param rt - the runtime (with a database).
 * @param a - arguments.
 * @param stdout - where results go.
 * @returns the exit code.
 */
export function runKeys(rt: Runtime, a: ModerationArgs, stdout: Writable): number {
  const keys = rt.moderation!.keys;
  const [sub, id] = a.positionals;
  if (sub === 'create') {
    const role = RoleSchema.safeParse(a.role);
    if (!role.success) throw new AppError('usage', `keys create needs --role admin|moderator|ingest|viewer${a.role ? ` (not "${a.role}")` : ''}`);
    const { key, secret } = keys.create(role.data, a.name ?? role.data, CLI_ACTOR);
    stdout.write(`${JSON.stringify({ id: key.id, name: key.name, role: key.role, key: secret })}\n`);
    stdout.write(`# Keep this key now: it is shown once and stored only as a hash.\n`);
    return 0;
  }
  if (sub === 'list') {
    for (const k of keys.list()) stdout.write(`${JSON.stringify({ id: k.id, name: k.name, role: k.role, prefix: k.prefix, created_at: k.createdAt, revoked_at: k.revokedAt })}\n`);
    return 0;
  }
  if (sub === 'revoke' && id) {
    const k = keys.revoke(id, CLI_ACTOR);
    stdout.write(`${JSON.stringify({ id: k.id, name: k.name, role: k.role, revoked_at: k.revokedAt })}\n`);
    return 0;
  }
  throw new AppError('usage', 'keys takes "create --role R [--name N]", "list" or "revoke <id>"');
}

/**
 * `audit verify [--expect-head HASH]`: exit 0 when the chain holds, 1 with every problem otherwise.
 * @param rt - the runtime.
 * @param a - arguments.
 * @param stdout - where the report goes.
 * @returns the exit code.
 */
export function runAudit(rt: Runtime, a: ModerationArgs, stdout: Writable): number {
  if (a.positionals[0] !== 'verify') throw new AppError('usage', 'audit takes "verify [--expect-head HASH]"');
  const v = verifyAudit(rt.moderation!.audit, a.expectHead);
  if (a.json) stdout.write(`${JSON.stringify(v)}\n`);
  else {
    for (const p of v.problems) stdout.write(`problem${p.id !== null ? ` at entry ${p.id}` : ''}: ${p.problem}\n`);
    stdout.write(
      v.ok
        ? `audit log OK: ${v.entries} entries, head ${v.head ? `${v.head.id} ${v.head.hash}` : '(empty)'}\n`
        : `audit log BROKEN: ${v.problems.length} problem(s) in ${v.entries} entries\n`,
    );
  }
  return v.ok ? 0 : 1;
}

/**
 * `export --format csv|jsonl [--out F]`: the evidence package (stdout by default).
 * @param rt - the runtime.
 * @param a - arguments.
 * @param stdout - the default output.
 * @param stderr - where the summary goes.
 * @returns the exit code.
 */
export async function runExport(rt: Runtime, a: ModerationArgs, stdout: Writable, stderr: Writable): Promise<number> {
  const format = a.format ?? 'jsonl';
  if (format !== 'jsonl' && format !== 'csv') throw new AppError('usage', `--format must be jsonl or csv, not "${format}"`);
  const toFile = a.out !== undefined && a.out !== '-';
  let out: Writable = stdout;
  if (toFile) {
    try {
      out = fs.createWriteStream(a.out!, { flags: 'w' });
      await once(out, 'open');
    } catch (e) {
      throw new AppError('io_error', `cannot write ${a.out}: ${(e as Error).message}`, undefined, { cause: e });
    }
  }
  const sink = async (chunk: string) => {
    if (!out.write(chunk)) await once(out, 'drain');
  };
  const { items, auditHead } = await rt.moderation!.exports.write(format, sink, CLI_ACTOR);
  if (toFile) {
    out.end();
    await once(out, 'finish');
  }
  stderr.write(`rabat-triage: exported ${items} items (${format}); audit head ${auditHead.id} ${auditHead.hash}\n`);
  return 0;
}
