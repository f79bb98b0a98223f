/**
 * @module moderation/actor-context
 * Who is acting, carried through async calls, so layers that have no request in hand (the items
 * repository storing a scored batch) can still name the actor in the audit log.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

const store = new AsyncLocalStorage<string>();

/**
 * Runs a function (and everything it awaits) as an actor.
 * @param actor - the actor id (a key id, `cli`).
 * @param fn - the function.
 * @returns what fn returns.
 */
export function runAsActor<T>(actor: string, fn: () => T): T {
  return store.run(actor, fn);
}

/**
 * The current actor.
 * @param fallback - what to return outside any {@link runAsActor} (the command line).
 * @returns the actor id.
 */
export function currentActor(fallback = 'cli'): string {
  return store.getStore() ?? fallback;
}
