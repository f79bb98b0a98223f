/**
 * Runs the real CLI (bin/rabat-triage.js, built by `npm run build`) as a child process.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs the CLI with arguments, environment and optional stdin.
 * @param args - arguments.
 * @param opts - env overrides and stdin bytes.
 * @returns exit code and output.
 */
export function runCli(args: string[], opts: { env?: Record<string, string>; stdin?: Buffer | string } = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(PROJECT_ROOT, 'bin', 'rabat-triage.js'), ...args], {
      env: { PATH: process.env.PATH ?? '', TZ: 'UTC', RABAT_CONTENT_MODEL: '', RABAT_LOG_LEVEL: 'warn', ...opts.env },
      cwd: PROJECT_ROOT,
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => err.push(d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
    if (opts.stdin !== undefined) child.stdin.end(opts.stdin);
    else child.stdin.end();
  });
}
