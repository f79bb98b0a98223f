/**
 * @module log
 * Structured JSON logs on stderr. Callers pass ids, hashes, counts and scores: never the text of a post.
 * The `fields` type has no free-text slot on purpose.
 */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';
type Field = string | number | boolean | null | undefined | readonly (string | number)[];

const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };

export interface Logger {
  debug(event: string, fields?: Record<string, Field>): void;
  info(event: string, fields?: Record<string, Field>): void;
  warn(event: string, fields?: Record<string, Field>): void;
  error(event: string, fields?: Record<string, Field>): void;
}

/**
 * Creates a logger writing one JSON object per line.
 * @param level - the lowest level written.
 * @param write - the sink (stderr by default).
 * @returns the logger.
 */
export function createLogger(level: LogLevel, write: (line: string) => void = (l) => process.stderr.write(l)): Logger {
  const at = (lvl: Exclude<LogLevel, 'silent'>) => (event: string, fields: Record<string, Field> = {}) => {
    if (ORDER[lvl] < ORDER[level]) return;
    write(`${JSON.stringify({ t: new Date().toISOString(), level: lvl, event, ...fields })}\n`);
  };
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

/** A logger that drops everything (tests). */
export const silentLogger: Logger = createLogger('silent');
