/**
 * @module moderation/canonical-json
 * Canonical JSON for hashing: object keys sorted at every depth, no whitespace, undefined dropped.
 * The same value always gives the same bytes, whatever order its keys were built in.
 */

/**
 * Serialises a JSON-compatible value canonically.
 * @param value - the value (objects, arrays, strings, finite numbers, booleans, null).
 * @returns the canonical JSON text.
 * @throws Error on a non-finite number or a value JSON cannot hold.
 */
export function canonicalJson(value: unknown): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) throw new Error('canonicalJson: non-finite number');
      return JSON.stringify(value);
    case 'object': {
      if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
      const entries = Object.entries(value as Record<string, unknown>)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
    }
    default:
      throw new Error(`canonicalJson: cannot serialise a ${typeof value}`);
  }
}
