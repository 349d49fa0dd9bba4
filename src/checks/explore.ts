/**
 * Walk every path of a story and report its shape and its faults.
 *
 * Used by the test suite (every story, every path) and by
 * `npm run stories:check`. Paths that meet again in the same ink state are
 * explored once and counted by multiplication, which keeps branching stories
 * with re-converging scenes fast; a bound on depth and on explored states
 * stops stories that loop forever, and the report says when it did.
 */
import { StoryEngine, StoryRuntimeError, type Turn } from '../engine/StoryEngine.ts';
import { AXES, type Axis } from '../engine/tags.ts';
import { addChoice, EMPTY_TOTALS, mirrorIntoStory, type ScoreTotals } from '../scoring/score.ts';

export interface ExploreOptions {
  /** Longest playthrough to follow, in choices. */
  readonly maxDepth?: number;
  /** Most distinct choice points to expand before stopping. */
  readonly maxStates?: number;
}

export type ProblemKind = 'dead-end' | 'runtime-error' | 'untagged-choice' | 'bad-weight' | 'runtime-warning';

/** A fault found on some path, with the choices that lead to it. */
export interface Problem {
  readonly kind: ProblemKind;
  readonly message: string;
  /** Choice texts from the start to where the problem shows. */
  readonly path: readonly string[];
}

export interface AxisRange {
  readonly min: number;
  readonly max: number;
}

export interface ExploreReport {
  /** Complete playthroughs found (a path that hit a bound is not counted). */
  readonly paths: number;
  /** Distinct choice points (ink states offering choices). */
  readonly choicePoints: number;
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

const DEFAULTS = { maxDepth: 200, maxStates: 50_000 };

/** Explore `compiledJson` exhaustively (within the bounds). */
export function explore(compiledJson: string, options: ExploreOptions = {}): ExploreReport {
  const maxDepth = options.maxDepth ?? DEFAULTS.maxDepth;
  const maxStates = options.maxStates ?? DEFAULTS.maxStates;
  const engine = new StoryEngine(compiledJson);
  const memo = new Map<string, Subtree>();
  const lines = new Set<string>();
  const choices = new Set<string>();
  const untagged = new Map<string, Problem>();
  const problems: Problem[] = [];
  const problemKeys = new Set<string>();
  let scored = false;
  let discussPoints = 0;
  let stoppedEarly: string | undefined;
  let expanded = 0;

  const report = (p: Problem) => {
    const key = `${p.kind}|${p.message}`;
    if (problemKeys.has(key)) return;
    problemKeys.add(key);
    problems.push(p);
  };

  const noteTurn = (turn: Turn) => {
    for (const p of turn.paragraphs) if (p.text.trim()) lines.add(p.text.trim());
  };

  const visit = (turn: Turn, totals: ScoreTotals, path: string[]): Subtree | undefined => {
    noteTurn(turn);
    for (const w of engine.warnings.splice(0)) report({ kind: 'runtime-warning', message: w, path: [...path] });
    if (turn.ended) {
      if (turn.endingId === undefined) {
        report({ kind: 'dead-end', message: 'The story stops here without an `# ending:` tag.', path: [...path] });
      }
      const endings = new Map<string, number>([[turn.endingId ?? '(untagged end)', 1]]);
      return { paths: 1, endings, shortest: 0, longest: 0, gain: zeroGain() };
    }
    if (path.length >= maxDepth) {
      stoppedEarly ??= `stopped following paths longer than ${maxDepth} choices (the story may loop)`;
      return undefined;
    }
    const key = stateKey(engine.saveState());
    const known = memo.get(key);
    if (known) return known;
    if (expanded >= maxStates) {
      stoppedEarly ??= `stopped after ${maxStates} distinct choice points`;
      return undefined;
    }
    expanded++;
    if (turn.discuss !== undefined) discussPoints++;
    const saved = engine.saveState();
    let subtree: Subtree | undefined;
    for (const choice of turn.choices) {
      choices.add(choice.sourcePath);
      if (choice.score.tagged) scored = true;
      else if (!untagged.has(choice.sourcePath)) {
        untagged.set(choice.sourcePath, { kind: 'untagged-choice', message: `Choice "${choice.text}" has no scoring tag (#intervene, #rescue, #abandon or #neutral).`, path: [...path] });
      }
      engine.loadState(saved);
      let child: Subtree | undefined;
      const nextPath = [...path, choice.text];
      try {
        engine.choose(choice.index);
        const nextTotals = addChoice(totals, choice.score);
        mirrorIntoStory(nextTotals, engine);
        child = visit(engine.continueTurn(), nextTotals, nextPath);
      } catch (error) {
        const message = error instanceof StoryRuntimeError ? error.message : String(error);
        report({ kind: 'runtime-error', message, path: nextPath });
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
    root = visit(engine.continueTurn(), EMPTY_TOTALS, []);
  } catch (error) {
    report({ kind: 'runtime-error', message: error instanceof Error ? error.message : String(error), path: [] });
  }
  if (scored) problems.push(...untagged.values());

  const words = [...lines].reduce((n, line) => n + countWords(line), 0);
  return {
    paths: root?.paths ?? 0,
    choicePoints: expanded,
    distinctChoices: choices.size,
    endings: root?.endings ?? new Map(),
    shortest: root?.shortest ?? 0,
    longest: root?.longest ?? 0,
    words,
    axes: root?.gain ?? zeroGain(),
    scored,
    discussPoints,
    problems,
    stoppedEarly,
  };
}

/**
 * A key for "the same place with the same future". Ink's state also records
 * *when* things happened (turn indices) and the text already printed; two
 * paths that differ only there behave the same from here on.
 */
function stateKey(stateJson: string): string {
  const state = JSON.parse(stateJson) as Record<string, unknown>;
  delete state.turnIdx;
  delete state.turnIndices;
  const flows = state.flows as Record<string, Record<string, unknown>> | undefined;
  for (const flow of Object.values(flows ?? {})) delete flow.outputStream;
  return JSON.stringify(state);
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
