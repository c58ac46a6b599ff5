/**
 * What changed between two revisions of an alignment document, as entries a person can read:
 * "US-cac max: 35 → 40", "RL-guarantee terms.en: + lifetime", "H2 status: proposed → validated".
 *
 * Entries are matched the way people think of them, not by array position: entries with an `id`
 * (markets, KPIs, red lines, hypotheses, assumptions, parties ...) by id, lists of words (channels,
 * tone words, red-line terms) as sets, sign-offs by party and revision, compromises by area; anything
 * else by position or key. Pure: no DOM, no WXT.
 */

export const DIFF_SECTIONS = ['kpis', 'redLines', 'channels', 'tone', 'messaging', 'hypotheses', 'assumptions', 'parties', 'markets', 'signOff', 'other'] as const;
export type DiffSection = (typeof DIFF_SECTIONS)[number];

export interface DiffEntry {
  section: DiffSection;
  /** Where, with entries named by id: `markets[US].kpis[US-cac].max`, `redLines[RL-guarantee].terms.en`. */
  path: string;
  change: 'added' | 'removed' | 'changed';
  before?: unknown;
  after?: unknown;
  /** One line, language-neutral: `US-cac max: 35 → 40`, `US channels.primary: + tiktok`, `+ DE`. */
  label: string;
}

/** One step of a path: an object key, an array position, or an entry found by its key (id). */
type Step = { key: string } | { index: number } | { id: string };

export function diffDocuments(a: unknown, b: unknown): DiffEntry[] {
  const out: DiffEntry[] = [];
  walk(a, b, [], out);
  const order = (e: DiffEntry) => DIFF_SECTIONS.indexOf(e.section);
  // A stable sort keeps the document's own order inside each section.
  return out.map((e, i) => [e, i] as const).sort((x, y) => order(x[0]) - order(y[0]) || x[1] - y[1]).map(([e]) => e);
}

/** The entries by section, sections in DIFF_SECTIONS order, empty sections left out. */
export function groupDiff(entries: readonly DiffEntry[]): { section: DiffSection; entries: DiffEntry[] }[] {
  return DIFF_SECTIONS.map((section) => ({ section, entries: entries.filter((e) => e.section === section) })).filter((g) => g.entries.length > 0);
}

// ---------------------------------------------------------------------------------------------

function walk(a: unknown, b: unknown, path: Step[], out: DiffEntry[]): void {
  if (Object.is(a, b)) return;
  if (a === undefined) return void out.push(entry(path, 'added', undefined, b));
  if (b === undefined) return void out.push(entry(path, 'removed', a, undefined));
  if (Array.isArray(a) && Array.isArray(b)) return walkArray(a, b, path, out);
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = [...Object.keys(a), ...Object.keys(b).filter((k) => !(k in a))];
    for (const k of keys) walk(a[k], b[k], [...path, { key: k }], out);
    return;
  }
  if (JSON.stringify(a) !== JSON.stringify(b)) out.push(entry(path, 'changed', a, b));
}

function walkArray(a: unknown[], b: unknown[], path: Step[], out: DiffEntry[]): void {
  if (a.every(isText) && b.every(isText)) {
    // Lists of words: order carries no meaning, so only what came and went is a change.
    const before = new Set(a);
    const after = new Set(b);
    for (const x of b) if (!before.has(x)) out.push(entry(path, 'added', undefined, x));
    for (const x of a) if (!after.has(x)) out.push(entry(path, 'removed', x, undefined));
    return;
  }
  const keyOf = matchKey(a, b);
  if (keyOf) {
    const left = new Map(a.map((x) => [keyOf(x), x]));
    const right = new Map(b.map((x) => [keyOf(x), x]));
    for (const [k, x] of left) {
      if (right.has(k)) walk(x, right.get(k), [...path, { id: k }], out);
      else out.push(entry([...path, { id: k }], 'removed', x, undefined));
    }
    for (const [k, x] of right) if (!left.has(k)) out.push(entry([...path, { id: k }], 'added', undefined, x));
    return;
  }
  for (let i = 0; i < Math.max(a.length, b.length); i++) walk(a[i], b[i], [...path, { index: i }], out);
}

/** How entries of these arrays are told apart, when every entry on both sides has a unique key. */
function matchKey(a: unknown[], b: unknown[]): ((x: unknown) => string) | null {
  const all = [...a, ...b];
  if (all.length === 0 || !all.every(isPlainObject)) return null;
  const candidates: ((x: Record<string, unknown>) => unknown)[] = [
    (x) => x.id,
    // Sign-offs: one per party and revision.
    (x) => (isText(x.party) && typeof x.revision === 'number' ? `${x.party}@${x.revision}` : undefined),
    // Compromises: one per area.
    (x) => x.area,
    // Baselines: one per metric.
    (x) => x.metric,
  ];
  for (const get of candidates) {
    const keyed = (x: unknown) => get(x as Record<string, unknown>);
    if (!all.every((x) => isText(keyed(x)))) continue;
    if (!unique(a.map(keyed)) || !unique(b.map(keyed))) continue;
    return (x) => keyed(x) as string;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Entries and their labels

function entry(path: Step[], change: DiffEntry['change'], before: unknown, after: unknown): DiffEntry {
  const e: DiffEntry = { section: sectionOf(path), path: pathText(path), change, label: label(path, change, before, after) };
  if (before !== undefined) e.before = before;
  if (after !== undefined) e.after = after;
  return e;
}

function sectionOf(path: Step[]): DiffSection {
  const keys = path.map((s) => ('key' in s ? s.key : null));
  const top = keys[0];
  if (top === 'markets') {
    // markets[<id>].<field>: a market's own parts have sections of their own.
    const field = keys[2];
    if (field === 'kpis' || field === 'baselines') return 'kpis';
    if (field === 'channels') return 'channels';
    if (field === 'tone') return 'tone';
    if (field === 'messaging') return 'messaging';
    return 'markets';
  }
  switch (top) {
    case 'redLines':
      return 'redLines';
    case 'channels':
      return 'channels';
    case 'hypotheses':
      return 'hypotheses';
    case 'assumptions':
      return 'assumptions';
    case 'parties':
      return 'parties';
    case 'signOff':
      return 'signOff';
    default:
      return 'other';
  }
}

/** `markets[US].kpis[US-cac].max` */
function pathText(path: Step[]): string {
  let out = '';
  for (const s of path) {
    if ('key' in s) out += out ? `.${s.key}` : s.key;
    else if ('index' in s) out += `[${s.index}]`;
    else out += `[${s.id}]`;
  }
  return out;
}

/**
 * The subject is the innermost entry named by id (`US-cac`), the field is what follows it (`max`):
 * "US-cac max: 35 → 40". A whole entry that came or went is "+ DE" / "− H2" under its list's name.
 */
function label(path: Step[], change: DiffEntry['change'], before: unknown, after: unknown): string {
  const last = path[path.length - 1];
  if (last !== undefined && 'id' in last) {
    // The list it belongs to, named by its own parent entry when there is one: "US kpis: + US-ltv".
    const sign = change === 'added' ? '+' : change === 'removed' ? '−' : '~';
    return `${subjectAndField(path.slice(0, -1))}: ${sign} ${last.id}`;
  }
  const where = subjectAndField(path);
  if (change === 'changed') return `${where}: ${show(before)} → ${show(after)}`;
  if (change === 'added') return `${where}: + ${show(after)}`;
  return `${where}: − ${show(before)}`;
}

function subjectAndField(path: Step[]): string {
  let at = -1;
  for (let i = path.length - 1; i >= 0; i--) {
    if ('id' in (path[i] as Step)) {
      at = i;
      break;
    }
  }
  if (at < 0) return pathText(path) || '(document)';
  const subject = (path[at] as { id: string }).id;
  const field = pathText(path.slice(at + 1));
  return field ? `${subject} ${field}` : subject;
}

function show(v: unknown): string {
  if (typeof v === 'string') return truncate(v, 80);
  if (typeof v === 'number' || typeof v === 'boolean' || v === null) return String(v);
  if (isPlainObject(v) && isText(v.id)) return v.id;
  return truncate(JSON.stringify(v) ?? String(v), 80);
}

function truncate(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, max - 1)}…`;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isText(v: unknown): v is string {
  return typeof v === 'string';
}

function unique(xs: unknown[]): boolean {
  return new Set(xs).size === xs.length;
}
