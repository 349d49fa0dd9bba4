/**
 * Walk every path of a story and report its shape and its faults.
 *
 * Used by the test suite (every story, every path), by `npm run stories:check`
 * and by the story map. Paths that meet again in the same ink state are
 * explored once and counted by multiplication, which keeps branching stories
 * with re-converging scenes fast; a bound on depth and on explored states
 * stops stories that loop forever, and the report says when it did.
 */
import { StoryEngine, StoryRuntimeError, type ChoiceView, type Turn } from '../engine/StoryEngine.ts';
import { AXES, type Axis, type ChoiceScore } from '../engine/tags.ts';
import { addChoice, EMPTY_TOTALS, mirrorIntoStory, type ScoreTotals } from '../scoring/score.ts';

export interface ExploreOptions {
  /** Longest playthrough to follow, in choices. */
  readonly maxDepth?: number;
  /** Most distinct ink states (at choice points) to expand before stopping. */
  readonly maxStates?: number;
  /**
   * Watch which knots and stitches are reached. The JSON must then be
   * compiled with `countAllVisits`; `counted` (from `countedContainers` of
   * the game's own JSON) says which visit counts the story itself reads, so
   * the others do not split states that behave the same.
   */
  readonly track?: { readonly flows: readonly string[]; readonly counted: ReadonlySet<string> };
}

export type ProblemKind = 'dead-end' | 'runtime-error' | 'untagged-choice' | 'runtime-warning';

/** A fault found on some path, with the choices that lead to it. */
export interface Problem {
  readonly kind: ProblemKind;
  readonly message: string;
  /** Choice texts from the start to where the problem shows. */
  readonly path: readonly string[];
  /** Source path of the choice involved (the untagged one, or the last one taken). */
  readonly choice?: string;
  /** The last line of story text printed before the problem, if any. */
  readonly lastLine?: string;
}

export interface AxisRange {
  readonly min: number;
  readonly max: number;
}

/** A place where the story offers choices, identified by where its choices are written. */
export interface ChoicePointInfo {
  readonly key: string;
  /** Source paths of every choice ever offered here. */
  readonly choices: readonly string[];
  /** True when some visit carried a `# discuss:` prompt. */
  readonly discuss: boolean;
  /** Choice texts of the first path found to it. */
  readonly path: readonly string[];
}

/** A choice as the walk saw it offered. */
export interface OfferedChoice {
  readonly sourcePath: string;
  readonly text: string;
  readonly score: ChoiceScore;
}

/** Where taking a choice (or starting the story) leads. */
export type Destination =
  | { readonly kind: 'choices'; readonly key: string; readonly choices: readonly string[] }
  | { readonly kind: 'ending'; readonly id: string }
  | { readonly kind: 'dead-end' }
  | { readonly kind: 'error' };

/** One observed step: a choice (or the start, `from` = '') and where it led. */
export interface Transition {
  /** Source path of the choice taken; '' for the start of the story. */
  readonly from: string;
  readonly to: Destination;
  /** Knots and stitches entered on the way (only when tracking), in no particular order. */
  readonly via: readonly string[];
}

export interface ExploreReport {
  /** Complete playthroughs found (a path that hit a bound is not counted). */
  readonly paths: number;
  /** Distinct choice points (places in the source that offer choices). */
  readonly choicePoints: number;
  /** Distinct ink states at choice points that were expanded. */
  readonly states: number;
  /** Distinct choices seen, by source path. */
  readonly distinctChoices: number;
  /** Ending id → number of playthroughs that reach it. */
  readonly endings: ReadonlyMap<string, number>;
  readonly shortest: number;
  readonly longest: number;
  /** Words in all distinct lines that can be reached (story and debrief text). */
  readonly words: number;
  /** Total range of each axis over complete playthroughs. */
  readonly axes: Readonly<Record<Axis, AxisRange>>;
  /** True when any scoring tag was seen: then every choice must carry one. */
  readonly scored: boolean;
  /** Choice points that carry a `# discuss:` prompt. */
  readonly discussPoints: number;
  readonly choicePointInfo: readonly ChoicePointInfo[];
  /** Every choice offered on some path, by source path. */
  readonly offered: ReadonlyMap<string, OfferedChoice>;
  readonly transitions: readonly Transition[];
  /** Knots and stitches reached (only when `track` was given). */
  readonly reachedFlows: ReadonlySet<string> | undefined;
  readonly problems: readonly Problem[];
  /** Set when a bound was hit: the counts above cover only what was explored. */
  readonly stoppedEarly: string | undefined;
}

/** Summary of everything below one state, independent of how it was reached. */
interface Subtree {
  paths: number;
  endings: Map<string, number>;
  shortest: number;
  longest: number;
  /** Extra axis points collected from here to an ending. */
  gain: Record<Axis, AxisRange>;
}

/** The bounds used unless told otherwise; generous enough for every story in stories/. */
export const EXPLORE_DEFAULTS = { maxDepth: 200, maxStates: 60_000 } as const;

type VisitCounts = Readonly<Record<string, number>>;

/** Explore `compiledJson` exhaustively (within the bounds). */
export function explore(compiledJson: string, options: ExploreOptions = {}): ExploreReport {
  const maxDepth = options.maxDepth ?? EXPLORE_DEFAULTS.maxDepth;
  const maxStates = options.maxStates ?? EXPLORE_DEFAULTS.maxStates;
  const track = options.track;
  const trackedFlows = new Set(track?.flows ?? []);
  const engine = new StoryEngine(compiledJson);
  const memo = new Map<string, Subtree>();
  const lines = new Set<string>();
  const offered = new Map<string, OfferedChoice>();
  const points = new Map<string, { choices: Set<string>; discuss: boolean; path: readonly string[] }>();
  const transitions = new Map<string, Transition>();
  const reached = new Set<string>();
  const untagged = new Map<string, Problem>();
  const problems: Problem[] = [];
  const problemKeys = new Set<string>();
  let scored = false;
  let stoppedEarly: string | undefined;
  let expanded = 0;

  const report = (p: Problem) => {
    const key = `${p.kind}|${p.message}|${p.choice ?? ''}`;
    if (problemKeys.has(key)) return;
    problemKeys.add(key);
    problems.push(p);
  };

  const note = (from: string, to: Destination, before: VisitCounts, after: VisitCounts) => {
    const via: string[] = [];
    if (track) {
      for (const [path, n] of Object.entries(after)) {
        if (!trackedFlows.has(path) || n <= 0) continue;
        reached.add(path);
        if (n > (before[path] ?? 0)) via.push(path);
      }
    }
    const toKey = to.kind === 'choices' ? `c:${to.key}` : to.kind === 'ending' ? `e:${to.id}` : to.kind;
    const key = `${from}→${toKey}`;
    const known = transitions.get(key);
    if (!known) transitions.set(key, { from, to, via: via.sort() });
    else if (via.some((v) => !known.via.includes(v))) {
      transitions.set(key, { ...known, via: [...new Set([...known.via, ...via])].sort() });
    }
  };

  const visit = (turn: Turn, totals: ScoreTotals, path: string[], from: string, before: VisitCounts): Subtree | undefined => {
    for (const p of turn.paragraphs) if (p.text.trim()) lines.add(p.text.trim());
    for (const w of engine.warnings.splice(0)) report({ kind: 'runtime-warning', message: w, path: [...path], choice: from || undefined });
    if (turn.ended) {
      // Visit counts only matter here when tracking which knots are reached.
      const visits = track ? ((JSON.parse(engine.saveState()) as InkState).visitCounts ?? {}) : before;
      if (turn.endingId === undefined) {
        report({ kind: 'dead-end', message: 'The story stops here without an `# ending:` tag.', path: [...path], choice: from || undefined, lastLine: lastLine(turn) });
      }
      note(from, turn.endingId === undefined ? { kind: 'dead-end' } : { kind: 'ending', id: turn.endingId }, before, visits);
      const endings = new Map<string, number>([[turn.endingId ?? '(untagged end)', 1]]);
      return { paths: 1, endings, shortest: 0, longest: 0, gain: zeroGain() };
    }
    const saved = engine.saveState();
    const state = JSON.parse(saved) as InkState;
    const visits = state.visitCounts ?? {};
    const pointKey = choicePointKey(turn.choices);
    note(from, { kind: 'choices', key: pointKey, choices: turn.choices.map((c) => c.sourcePath) }, before, visits);
    let point = points.get(pointKey);
    if (!point) {
      point = { choices: new Set(), discuss: false, path: [...path] };
      points.set(pointKey, point);
    }
    if (turn.discuss !== undefined) point.discuss = true;
    for (const choice of turn.choices) {
      point.choices.add(choice.sourcePath);
      if (!offered.has(choice.sourcePath)) offered.set(choice.sourcePath, { sourcePath: choice.sourcePath, text: choice.text, score: choice.score });
    }
    if (path.length >= maxDepth) {
      stoppedEarly ??= `stopped following paths longer than ${maxDepth} choices (the story may loop)`;
      return undefined;
    }
    const key = stateKey(state, track?.counted);
    const known = memo.get(key);
    if (known) return known;
    if (expanded >= maxStates) {
      stoppedEarly ??= `stopped after exploring ${maxStates} distinct story states`;
      return undefined;
    }
    expanded++;
    let subtree: Subtree | undefined;
    for (const choice of turn.choices) {
      if (choice.score.tagged) scored = true;
      else if (!untagged.has(choice.sourcePath)) {
        untagged.set(choice.sourcePath, {
          kind: 'untagged-choice',
          message: `Choice "${choice.text}" has no scoring tag (#intervene, #rescue, #abandon or #neutral).`,
          path: [...path],
          choice: choice.sourcePath,
        });
      }
      engine.loadState(saved);
      let child: Subtree | undefined;
      const nextPath = [...path, choice.text];
      try {
        engine.choose(choice.index);
        const nextTotals = addChoice(totals, choice.score);
        mirrorIntoStory(nextTotals, engine);
        child = visit(engine.continueTurn(), nextTotals, nextPath, choice.sourcePath, visits);
      } catch (error) {
        const message = error instanceof StoryRuntimeError ? error.message : String(error);
        report({ kind: 'runtime-error', message, path: nextPath, choice: choice.sourcePath });
        note(choice.sourcePath, { kind: 'error' }, visits, visitsAfterError(engine, visits));
        continue;
      }
      if (!child) continue;
      subtree = merge(subtree, shift(child, choice.score));
    }
    engine.loadState(saved);
    // A subtree cut short by a bound is cached too, so a looping story does not
    // re-walk it; the report's `stoppedEarly` already says the counts are partial.
    if (subtree) memo.set(key, subtree);
    return subtree;
  };

  let root: Subtree | undefined;
  try {
    mirrorIntoStory(EMPTY_TOTALS, engine);
    root = visit(engine.continueTurn(), EMPTY_TOTALS, [], '', {});
  } catch (error) {
    report({ kind: 'runtime-error', message: error instanceof Error ? error.message : String(error), path: [] });
    note('', { kind: 'error' }, {}, {});
  }
  if (scored) problems.push(...untagged.values());

  const choicePointInfo = [...points].map(([key, p]) => ({ key, choices: [...p.choices], discuss: p.discuss, path: p.path }));
  const words = [...lines].reduce((n, line) => n + countWords(line), 0);
  return {
    paths: root?.paths ?? 0,
    choicePoints: points.size,
    states: expanded,
    distinctChoices: offered.size,
    endings: root?.endings ?? new Map(),
    shortest: root?.shortest ?? 0,
    longest: root?.longest ?? 0,
    words,
    axes: root?.gain ?? zeroGain(),
    scored,
    discussPoints: choicePointInfo.filter((p) => p.discuss).length,
    choicePointInfo,
    offered,
    transitions: [...transitions.values()],
    reachedFlows: track ? reached : undefined,
    problems,
    stoppedEarly,
  };
}

interface InkState {
  visitCounts?: Record<string, number>;
  turnIndices?: Record<string, number>;
  turnIdx?: number;
  flows?: Record<string, Record<string, unknown>>;
  [key: string]: unknown;
}

/**
 * Ink paths of the containers whose visits a compiled story counts (the `#f`
 * flags of ink's JSON format). Those are the counts the story can read.
 */
export function countedContainers(compiledJson: string): Set<string> {
  const counted = new Set<string>();
  const join = (path: string, part: string) => (path ? `${path}.${part}` : part);
  const walk = (container: unknown[], path: string): void => {
    const terminator = container[container.length - 1];
    if (terminator && typeof terminator === 'object' && !Array.isArray(terminator)) {
      const named = terminator as Record<string, unknown>;
      if (typeof named['#f'] === 'number' && (named['#f'] & 1) === 1) counted.add(path);
      for (const [name, child] of Object.entries(named)) if (Array.isArray(child)) walk(child, join(path, name));
    }
    container.slice(0, -1).forEach((child, index) => {
      if (!Array.isArray(child)) return;
      const last = child[child.length - 1] as Record<string, unknown> | null;
      const name = last && typeof last === 'object' && typeof last['#n'] === 'string' ? last['#n'] : String(index);
      walk(child, join(path, name));
    });
  };
  const root = (JSON.parse(compiledJson) as { root?: unknown }).root;
  if (Array.isArray(root)) walk(root, '');
  return counted;
}

/**
 * A key for "the same place with the same future". Ink's state also records
 * *when* things happened and the text already printed; two paths that differ
 * only there behave the same from here on. Turn indices matter only as
 * "turns since", so they are kept relative to the current turn.
 */
function stateKey(state: InkState, counted: ReadonlySet<string> | undefined): string {
  const copy: InkState = { ...state };
  const turn = state.turnIdx ?? 0;
  copy.turnIndices = Object.fromEntries(Object.entries(state.turnIndices ?? {}).map(([path, at]) => [path, turn - at]));
  delete copy.turnIdx;
  if (counted) copy.visitCounts = Object.fromEntries(Object.entries(state.visitCounts ?? {}).filter(([path]) => counted.has(path)));
  const flows: Record<string, Record<string, unknown>> = {};
  for (const [name, flow] of Object.entries(state.flows ?? {})) {
    const { outputStream: _printed, ...rest } = flow;
    flows[name] = rest;
  }
  copy.flows = flows;
  return JSON.stringify(copy);
}

/** Choices offered together belong to the same choice point when they are written in the same place. */
function choicePointKey(choices: readonly ChoiceView[]): string {
  const containers = new Set(choices.map((c) => c.sourcePath.slice(0, Math.max(0, c.sourcePath.lastIndexOf('.')))));
  return [...containers].sort().join(' + ');
}

/** Visit counts where a runtime error left the story, so the knot it failed in counts as reached. */
function visitsAfterError(engine: StoryEngine, fallback: VisitCounts): VisitCounts {
  try {
    return (JSON.parse(engine.saveState()) as InkState).visitCounts ?? fallback;
  } catch {
    return fallback;
  }
}

function lastLine(turn: Turn): string | undefined {
  return [...turn.paragraphs].reverse().find((p) => p.text.trim() && !p.debrief)?.text.trim();
}

function countWords(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

function zeroGain(): Record<Axis, AxisRange> {
  return { intervene: { min: 0, max: 0 }, rescue: { min: 0, max: 0 }, abandon: { min: 0, max: 0 } };
}

/** The subtree as seen one choice earlier: one step longer, plus that choice's points. */
function shift(t: Subtree, score: Record<Axis, number>): Subtree {
  const gain = zeroGain();
  for (const a of AXES) gain[a] = { min: t.gain[a].min + score[a], max: t.gain[a].max + score[a] };
  return { paths: t.paths, endings: t.endings, shortest: t.shortest + 1, longest: t.longest + 1, gain };
}

function merge(a: Subtree | undefined, b: Subtree): Subtree {
  if (!a) return { ...b, endings: new Map(b.endings) };
  for (const [id, n] of b.endings) a.endings.set(id, (a.endings.get(id) ?? 0) + n);
  const gain = zeroGain();
  for (const ax of AXES) gain[ax] = { min: Math.min(a.gain[ax].min, b.gain[ax].min), max: Math.max(a.gain[ax].max, b.gain[ax].max) };
  return { paths: a.paths + b.paths, endings: a.endings, shortest: Math.min(a.shortest, b.shortest), longest: Math.max(a.longest, b.longest), gain };
}
