// @ts-check
/**
 * @module http/public/app
 * The moderators' page: sign in with an API key, claim a batch, read an item with its evidence spans
 * highlighted and the six factors explained, decide (buttons or keys), see the history and the
 * agreement between moderators.
 *
 * Post text and everything else that comes from the API is hostile input: it only ever reaches the
 * page through textContent / text nodes, never innerHTML. The server's Content-Security-Policy forbids
 * inline script as a second line of defence.
 */

const KEY_STORE = 'rabat-triage.key';
const FACTORS = ['context', 'speaker', 'intent', 'content', 'extent', 'likelihood'];
const LEVELS = ['none', 'offensive', 'hate', 'incitement'];

/** @type {{ me: any, tab: 'mine' | 'queue', list: any[], selected: string | null, item: any }} */
const state = { me: null, tab: 'mine', list: [], selected: null, item: null };

/** @param {string} id */
const $ = (id) => /** @type {HTMLElement} */ (document.getElementById(id));

/**
 * Builds an element; children that are strings become text nodes (never markup).
 * @param {string} tag
 * @param {Record<string, string | boolean | ((e: Event) => void)>} [attrs]
 * @param {...(Node | string | null | undefined | false)} children
 * @returns {HTMLElement}
 */
function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (typeof v === 'function') node.addEventListener(k.replace(/^on/, ''), v);
    else if (k === 'class') node.className = String(v);
    else if (v === true) node.setAttribute(k, '');
    else if (v !== false) node.setAttribute(k, String(v));
  }
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    node.append(typeof c === 'string' ? document.createTextNode(c) : c);
  }
  return node;
}

/** @param {Node} node */
function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
}

class ApiError extends Error {
  /** @param {number} status @param {string} code @param {string} message */
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

/**
 * Calls the API with the stored key.
 * @param {string} method
 * @param {string} path
 * @param {unknown} [body]
 * @param {string} [key]
 */
async function api(method, path, body, key = sessionStorage.getItem(KEY_STORE) ?? '') {
  /** @type {Record<string, string>} */
  const headers = { authorization: `Bearer ${key}` };
  if (body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const data = await res.json().catch(() => ({}));
  if (!res.ok) {
    if (res.status === 401 && key === sessionStorage.getItem(KEY_STORE)) signOut();
    throw new ApiError(res.status, data?.error?.code ?? 'error', data?.error?.message ?? `HTTP ${res.status}`);
  }
  return data;
}

// ---------- sign in ----------

async function signIn(/** @type {string} */ key) {
  const me = await api('GET', '/api/me', undefined, key);
  // An ingest key may only submit items: there is nothing for it to read here.
  if (me.role === 'ingest') throw new ApiError(403, 'forbidden', 'This is an ingest key: it can submit items over the API but not review them.');
  sessionStorage.setItem(KEY_STORE, key);
  state.me = me;
  $('who-name').textContent = me.name;
  $('who-role').textContent = me.role;
  $('who').hidden = false;
  $('signin').hidden = true;
  $('workspace').hidden = false;
  const reviewer = me.role === 'admin' || me.role === 'moderator';
  /** @type {HTMLButtonElement} */ ($('claim')).disabled = !reviewer;
  /** @type {HTMLButtonElement} */ ($('release')).disabled = !reviewer;
  if (!reviewer) state.tab = 'queue';
  await refreshList();
  await refreshAgreement();
}

function signOut() {
  sessionStorage.removeItem(KEY_STORE);
  state.me = null;
  state.item = null;
  state.selected = null;
  $('who').hidden = true;
  $('workspace').hidden = true;
  $('signin').hidden = false;
}

// ---------- lists ----------

function filters() {
  /** @type {Record<string, string>} */
  const f = {};
  const level = /** @type {HTMLSelectElement} */ ($('f-level')).value;
  const lang = /** @type {HTMLInputElement} */ ($('f-lang')).value.trim();
  const target = /** @type {HTMLSelectElement} */ ($('f-target')).value;
  const from = /** @type {HTMLInputElement} */ ($('f-from')).value;
  const to = /** @type {HTMLInputElement} */ ($('f-to')).value;
  if (level) f.level = level;
  if (lang) f.lang = lang;
  if (target) f.target = target;
  if (from) f.from = from;
  if (to) f.to = to;
  return f;
}

async function refreshList() {
  const reviewer = state.me && (state.me.role === 'admin' || state.me.role === 'moderator');
  const mine = reviewer ? await api('GET', '/api/queue/mine') : { items: [] };
  const qs = new URLSearchParams({ limit: '100', ...filters() });
  const queue = await api('GET', `/api/queue?${qs}`);
  $('mine-count').textContent = `(${mine.items.length})`;
  $('queue-count').textContent = `(${queue.total})`;
  state.list = state.tab === 'mine' ? mine.items : queue.items;
  $('tab-mine').classList.toggle('active', state.tab === 'mine');
  $('tab-queue').classList.toggle('active', state.tab === 'queue');
  renderList();
}

function renderList() {
  const list = $('list');
  clear(list);
  $('list-empty').hidden = state.list.length > 0;
  for (const e of state.list) {
    const ev = e.top_evidence[0];
    const li = el(
      'li',
      { 'data-id': e.id, class: e.id === state.selected ? 'selected' : '', onclick: () => void openItem(e.id) },
      el(
        'div',
        { class: 'meta' },
        el('span', { class: 'prio', title: 'priority' }, String(e.priority)),
        el('span', { class: `badge ${e.level}` }, e.level),
        el('span', { class: `state ${e.review_state}` }, e.review_state.replace('_', ' ')),
        el('span', { class: 'lang' }, e.lang),
        e.targets.length ? el('span', { class: 'targets' }, [...new Set(e.targets.map((/** @type {any} */ t) => t.group))].join(', ')) : null,
        el('span', { class: 'muted' }, e.id),
      ),
      ev ? el('div', { class: 'ev' }, `${ev.factor}: ${ev.detail}`) : null,
    );
    list.append(li);
  }
}

async function claim() {
  const n = Number(/** @type {HTMLInputElement} */ ($('claim-n')).value) || 10;
  const out = await api('POST', '/api/queue/claim', { n, filters: filters(), lease_seconds: 900 });
  state.tab = 'mine';
  await refreshList();
  flash(`Claimed ${out.items.length} item(s) until ${new Date(out.expires_at).toLocaleTimeString()}`);
  if (out.items[0] && !state.selected) await openItem(out.items[0].id);
}

async function release() {
  const out = await api('POST', '/api/queue/release', {});
  flash(`Released ${out.released.length} item(s)`);
  await refreshList();
}

// ---------- the item ----------

/**
 * Splits the text into plain and highlighted pieces. Spans are UTF-16 offsets, the unit of JS string
 * indexes, so slicing needs no conversion. Overlapping spans are merged into one highlight that lists
 * every reason.
 * @param {string} text
 * @param {{ start: number, end: number, label: string, target: boolean }[]} spans
 * @returns {Node[]}
 */
function highlighted(text, spans) {
  const valid = spans.filter((s) => s.start >= 0 && s.end > s.start && s.end <= text.length).sort((a, b) => a.start - b.start || b.end - a.end);
  /** @type {{ start: number, end: number, labels: string[], target: boolean }[]} */
  const merged = [];
  for (const s of valid) {
    const last = merged[merged.length - 1];
    if (last && s.start < last.end) {
      last.end = Math.max(last.end, s.end);
      if (!last.labels.includes(s.label)) last.labels.push(s.label);
      last.target = last.target && s.target;
    } else merged.push({ start: s.start, end: s.end, labels: [s.label], target: s.target });
  }
  /** @type {Node[]} */
  const out = [];
  let at = 0;
  for (const m of merged) {
    if (m.start > at) out.push(document.createTextNode(text.slice(at, m.start)));
    out.push(el('mark', { class: m.target ? 'span target' : 'span', title: m.labels.join('\n'), 'data-start': String(m.start), 'data-end': String(m.end) }, text.slice(m.start, m.end)));
    at = m.end;
  }
  if (at < text.length) out.push(document.createTextNode(text.slice(at)));
  return out;
}

/** @param {string} id */
async function openItem(id) {
  state.selected = id;
  renderList();
  state.item = await api('GET', `/api/items/${encodeURIComponent(id)}`);
  renderItem();
}

function renderItem() {
  const it = state.item;
  const box = $('item');
  clear(box);
  if (!it) return;
  const r = it.result;
  /** @type {{ start: number, end: number, label: string, target: boolean }[]} */
  const spans = [];
  for (const f of FACTORS) {
    for (const e of r?.factors?.[f]?.evidence ?? []) if (e.span) spans.push({ start: e.span.start, end: e.span.end, label: `${f}: ${e.detail}`, target: false });
  }
  for (const t of r?.targets ?? []) spans.push({ start: t.span.start, end: t.span.end, label: `target (${t.group}): ${t.term}`, target: true });

  const review = it.review;
  const canDecide = state.me && (state.me.role === 'admin' || state.me.role === 'moderator');
  const lease = review.lease ? (review.lease.mine ? `claimed by you until ${new Date(review.lease.expires_at).toLocaleTimeString()}` : 'claimed by another moderator') : 'not claimed';

  box.append(
    el(
      'div',
      { class: 'head' },
      el('h2', {}, it.id),
      r ? el('span', { class: `badge ${r.level}` }, r.level) : null,
      r ? el('span', { class: 'prio' }, `priority ${r.priority}`) : null,
      el('span', { class: `state ${review.state}`, id: 'review-state' }, review.state.replace('_', ' ') + (review.level ? ` · ${review.level}` : '')),
      el('span', { class: 'muted' }, `${r?.lang ?? ''} · ${lease}`),
    ),
    el('div', { class: 'text', id: 'item-text' }, ...highlighted(it.text, spans)),
    r && r.decision ? el('p', { class: 'muted' }, `Why: ${r.decision.rule}`) : null,
    el(
      'div',
      { class: 'factors' },
      ...FACTORS.map((f) => {
        const fac = r?.factors?.[f];
        const score = fac?.score;
        return el(
          'section',
          { class: 'factor', 'data-factor': f },
          el('h4', {}, el('span', {}, f), el('span', {}, score === null || score === undefined ? 'n/a' : score.toFixed(2))),
          score === null || score === undefined ? null : el('meter', { min: '0', max: '1', value: String(score) }),
          el('ul', {}, ...(fac?.evidence ?? []).slice(0, 6).map((/** @type {any} */ e) => el('li', {}, `${e.kind}: ${e.detail}`))),
          canDecide
            ? el('label', { class: 'override' }, 'Override ', el('input', { type: 'number', min: '0', max: '1', step: '0.05', 'data-override': f, placeholder: '0–1', title: 'Your score for this factor, sent with a relabel' }))
            : null,
        );
      }),
    ),
  );

  if (canDecide) {
    const note = el('textarea', { id: 'note', placeholder: 'Note (optional): why' });
    const level = el('select', { id: 'relabel-level' }, ...LEVELS.map((l) => el('option', { value: l }, l)));
    box.append(
      el(
        'div',
        { class: 'decide' },
        el('button', { type: 'button', id: 'btn-confirm', onclick: () => void decide('confirm') }, 'Confirm (c)'),
        el('button', { type: 'button', id: 'btn-reject', onclick: () => void decide('reject') }, 'Reject (r)'),
        el('button', { type: 'button', id: 'btn-escalate', onclick: () => void decide('escalate') }, 'Escalate (e)'),
        el('label', {}, 'Relabel as ', level),
        el('button', { type: 'button', id: 'btn-relabel', onclick: () => void decide('relabel', /** @type {HTMLSelectElement} */ (level).value) }, 'Relabel'),
        note,
        el('span', { id: 'flash', class: 'flash', role: 'status' }),
      ),
    );
  }

  box.append(
    el('h3', {}, `History (${it.decisions.length})`),
    it.decisions.length === 0
      ? el('p', { class: 'muted' }, 'No decisions yet.')
      : el(
          'ol',
          { class: 'history', id: 'history' },
          ...it.decisions.map((/** @type {any} */ d) =>
            el(
              'li',
              {},
              el('strong', {}, d.action + (d.level ? ` → ${d.level}` : '')),
              ` by ${d.actor_name ?? d.actor} at ${new Date(d.created_at).toLocaleString()}`,
              d.note ? el('div', { class: 'muted' }, d.note) : null,
              d.factor_overrides ? el('div', { class: 'muted' }, `overrides: ${Object.entries(d.factor_overrides).map(([k, v]) => `${k}=${/** @type {any} */ (v).score}`).join(', ')}`) : null,
            ),
          ),
        ),
  );
}

/**
 * @param {'confirm' | 'reject' | 'escalate' | 'relabel'} action
 * @param {string} [level]
 */
async function decide(action, level) {
  if (!state.item) return;
  const noteEl = /** @type {HTMLTextAreaElement | null} */ (document.getElementById('note'));
  const note = noteEl?.value.trim();
  /** @type {Record<string, unknown>} */
  const body = { action };
  if (level) body.level = level;
  if (note) body.note = note;
  if (action === 'relabel') {
    /** @type {Record<string, { score: number }>} */
    const overrides = {};
    for (const input of /** @type {NodeListOf<HTMLInputElement>} */ (document.querySelectorAll('input[data-override]'))) {
      if (input.value.trim() !== '') overrides[/** @type {string} */ (input.dataset.override)] = { score: Number(input.value) };
    }
    if (Object.keys(overrides).length > 0) body.factor_overrides = overrides;
  }
  try {
    const out = await api('POST', `/api/items/${encodeURIComponent(state.item.id)}/decisions`, body);
    state.item = await api('GET', `/api/items/${encodeURIComponent(state.item.id)}`);
    renderItem();
    flash(`${action} recorded · ${out.review.state.replace('_', ' ')}`);
    await refreshList();
    await refreshAgreement();
  } catch (e) {
    flash(e instanceof Error ? e.message : String(e), true);
  }
}

/** @param {number} step */
async function move(step) {
  if (state.list.length === 0) return;
  const at = state.list.findIndex((e) => e.id === state.selected);
  const next = at < 0 ? 0 : Math.min(state.list.length - 1, Math.max(0, at + step));
  await openItem(state.list[next].id);
}

/** @param {string} message @param {boolean} [bad] */
function flash(message, bad = false) {
  const f = document.getElementById('flash');
  if (!f) return;
  f.textContent = message;
  f.classList.toggle('bad', bad);
}

async function refreshAgreement() {
  const a = await api('GET', '/api/agreement');
  const fmt = (/** @type {number | null} */ x) => (x === null ? 'n/a' : x.toFixed(3));
  $('agreement-overall').textContent = `Krippendorff's α (nominal) over ${a.items} item(s) with two or more moderators: ${fmt(a.overall)}`;
  const body = /** @type {HTMLTableElement} */ ($('agreement-table')).tBodies[0];
  clear(body);
  for (const l of LEVELS) body.append(el('tr', {}, el('td', {}, l), el('td', {}, fmt(a.per_level[l].alpha)), el('td', {}, String(a.per_level[l].judgements))));
}

// ---------- wiring ----------

function onKey(/** @type {KeyboardEvent} */ ev) {
  if (!state.me || ev.ctrlKey || ev.metaKey || ev.altKey) return;
  const t = /** @type {HTMLElement} */ (ev.target);
  if (t && (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.tagName === 'SELECT')) return;
  const actions = { c: 'confirm', r: 'reject', e: 'escalate' };
  if (ev.key in actions) {
    ev.preventDefault();
    void decide(/** @type {any} */ (actions)[ev.key]);
  } else if (ev.key === 'j') {
    ev.preventDefault();
    void move(1);
  } else if (ev.key === 'k') {
    ev.preventDefault();
    void move(-1);
  }
}

function report(/** @type {unknown} */ e) {
  const msg = e instanceof Error ? e.message : String(e);
  const f = document.getElementById('flash');
  if (f) flash(msg, true);
  else $('signin-error').textContent = msg;
}

document.addEventListener('DOMContentLoaded', () => {
  $('signin-form').addEventListener('submit', (ev) => {
    ev.preventDefault();
    const input = /** @type {HTMLInputElement} */ ($('key'));
    $('signin-error').textContent = '';
    signIn(input.value.trim())
      .then(() => {
        input.value = '';
      })
      .catch((e) => {
        $('signin-error').textContent = e instanceof ApiError && e.status === 401 ? 'That key is not valid (unknown, mistyped or revoked).' : String(e.message ?? e);
      });
  });
  $('sign-out').addEventListener('click', signOut);
  $('claim-form').addEventListener('submit', (ev) => {
    ev.preventDefault();
    claim().catch(report);
  });
  $('release').addEventListener('click', () => release().catch(report));
  $('tab-mine').addEventListener('click', () => {
    state.tab = 'mine';
    refreshList().catch(report);
  });
  $('tab-queue').addEventListener('click', () => {
    state.tab = 'queue';
    refreshList().catch(report);
  });
  document.addEventListener('keydown', onKey);
  const saved = sessionStorage.getItem(KEY_STORE);
  if (saved) signIn(saved).catch(() => signOut());
});
