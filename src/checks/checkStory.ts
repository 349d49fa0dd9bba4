/**
 * The writer-facing verdict on one story: compiler messages, the authoring
 * contract's rules and the walk of every path, as `file:line` findings and
 * a table of the story's shape.
 */
import { compileInk, type IncludeReader, type StoryOutline } from '../engine/compile.ts';
import { StoryEngine } from '../engine/StoryEngine.ts';
import type { Axis } from '../engine/tags.ts';
import { countedContainers, explore, type AxisRange, type ExploreOptions, type ExploreReport } from './explore.ts';
import { isScoredOutline, lintStory, type Finding, type KnownAssets } from './lint.ts';

/** A story's source, and how to read the files it INCLUDEs. */
export interface StorySource {
  /** Path as the writer knows it, e.g. `stories/the-joke.ink`. */
  readonly file: string;
  readonly source: string;
  readonly readInclude?: IncludeReader;
}

export interface CheckOptions extends Pick<ExploreOptions, 'maxDepth' | 'maxStates'> {
  /** Setting and sound names the story may use; unchecked when absent. */
  readonly known?: KnownAssets;
}

export interface StoryCheck {
  readonly file: string;
  readonly title: string | undefined;
  readonly scored: boolean;
  /** Compiler messages first, then the rules' findings, errors before warnings. */
  readonly diagnostics: readonly Finding[];
  readonly errors: number;
  readonly warnings: number;
  /** Undefined when the story did not compile. */
  readonly stats: ExploreReport | undefined;
  /** Undefined when the story did not compile. */
  readonly outline: StoryOutline | undefined;
}

/**
 * Compile, walk and lint one story. The walk runs on a build that counts
 * every visit (to see which knots are reached); it behaves exactly like the
 * game's build, whose counted visits decide which states are the same.
 */
export function checkStory(input: StorySource, options: CheckOptions = {}): StoryCheck {
  const { file } = input;
  const game = compileInk(input.source, file, input.readInclude);
  const diagnostics: Finding[] = game.diagnostics.map((d) => ({ ...d, rule: 'compile' as const }));
  if (game.json === undefined) return summarise(file, undefined, false, diagnostics, undefined, undefined);
  const tools = compileInk(input.source, file, input.readInclude, { countAllVisits: true, outline: true });
  const outline = tools.outline;
  if (tools.json === undefined || outline === undefined) return summarise(file, undefined, false, diagnostics, undefined, undefined);

  const engine = new StoryEngine(game.json);
  const title = engine.meta.title === 'Untitled story' ? undefined : engine.meta.title;
  const flows = outline.flows.filter((f) => f.kind !== 'function').map((f) => f.name);
  const stats = explore(tools.json, { ...options, track: { flows, counted: countedContainers(game.json) } });
  diagnostics.push(...lintStory({ file, outline, report: stats, globalTags: engine.globalTags, known: options.known }));
  return summarise(file, title, isScoredOutline(outline, stats), diagnostics, stats, outline);
}

function summarise(
  file: string,
  title: string | undefined,
  scored: boolean,
  found: Finding[],
  stats: ExploreReport | undefined,
  outline: StoryOutline | undefined,
): StoryCheck {
  const rank = { error: 0, warning: 1, info: 2 } as const;
  const diagnostics = [...found].sort((a, b) => rank[a.severity] - rank[b.severity] || (a.line ?? 0) - (b.line ?? 0));
  return {
    file,
    title,
    scored,
    diagnostics,
    errors: diagnostics.filter((d) => d.severity === 'error').length,
    warnings: diagnostics.filter((d) => d.severity === 'warning').length,
    stats,
    outline,
  };
}

/** The check as plain JSON for other tools (`stories:check --json`). */
export interface StoryCheckJson {
  readonly file: string;
  readonly title: string | null;
  readonly scored: boolean;
  readonly errors: number;
  readonly warnings: number;
  readonly diagnostics: readonly { severity: string; file: string; line: number | null; rule: string; message: string }[];
  readonly stats: {
    readonly complete: boolean;
    readonly stoppedEarly: string | null;
    readonly choicePoints: number;
    readonly statesExplored: number;
    readonly distinctChoices: number;
    readonly playthroughs: number;
    readonly shortest: number;
    readonly longest: number;
    readonly words: number;
    readonly discussPrompts: number;
    readonly endings: Record<string, number>;
    readonly axes: Record<Axis, AxisRange> | null;
    readonly unreachedFlows: readonly string[];
  } | null;
}

/** Plain-data form of a check, stable for other tools. */
export function checkToJson(check: StoryCheck): StoryCheckJson {
  const s = check.stats;
  const reached = s?.reachedFlows;
  return {
    file: check.file,
    title: check.title ?? null,
    scored: check.scored,
    errors: check.errors,
    warnings: check.warnings,
    diagnostics: check.diagnostics.map((d) => ({ severity: d.severity, file: d.file, line: d.line ?? null, rule: d.rule, message: d.message })),
    stats: s
      ? {
          complete: s.stoppedEarly === undefined,
          stoppedEarly: s.stoppedEarly ?? null,
          choicePoints: s.choicePoints,
          statesExplored: s.states,
          distinctChoices: s.distinctChoices,
          playthroughs: s.paths,
          shortest: s.shortest,
          longest: s.longest,
          words: s.words,
          discussPrompts: s.discussPoints,
          endings: Object.fromEntries(s.endings),
          axes: check.scored ? { ...s.axes } : null,
          unreachedFlows:
            reached && !s.stoppedEarly
              ? (check.outline?.flows ?? []).filter((f) => f.kind !== 'function' && !reached.has(f.name)).map((f) => f.name)
              : [],
        }
      : null,
  };
}
