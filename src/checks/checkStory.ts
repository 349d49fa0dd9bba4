/**
 * The writer-facing verdict on one compiled story: compiler messages, lint of
 * the authoring contract, and the path walk, as file:line diagnostics.
 */
import type { CompileResult, Diagnostic } from '../engine/compile.ts';
import { StoryEngine } from '../engine/StoryEngine.ts';
import { explore, type ExploreOptions, type ExploreReport } from './explore.ts';

export interface StoryCheck {
  readonly file: string;
  readonly title: string | undefined;
  readonly diagnostics: readonly Diagnostic[];
  readonly errors: number;
  readonly warnings: number;
  /** Undefined when the story did not compile. */
  readonly stats: ExploreReport | undefined;
}

/** Check a story that `compileInk` has already compiled. */
export function checkStory(file: string, compiled: CompileResult, options: ExploreOptions = {}): StoryCheck {
  const diagnostics: Diagnostic[] = [...compiled.diagnostics];
  let stats: ExploreReport | undefined;
  let title: string | undefined;
  if (compiled.json !== undefined) {
    const engine = new StoryEngine(compiled.json);
    title = engine.meta.title === 'Untitled story' ? undefined : engine.meta.title;
    stats = explore(compiled.json, options);
    for (const p of stats.problems) {
      const severity = p.kind === 'runtime-warning' ? 'warning' : 'error';
      const where = p.path.length > 0 ? ` (after: ${p.path.map((c) => `"${c}"`).join(' → ')})` : '';
      diagnostics.push({ severity, file, line: undefined, message: `${p.message}${where}` });
    }
    if (stats.scored) {
      for (const key of ['title', 'summary', 'duration'] as const) {
        if (!engine.globalTags.some((t) => t.toLowerCase().startsWith(`${key}:`))) {
          diagnostics.push({ severity: 'error', file, line: 1, message: `Missing global tag \`# ${key}: …\` at the top of the story.` });
        }
      }
    }
  }
  return {
    file,
    title,
    diagnostics,
    errors: diagnostics.filter((d) => d.severity === 'error').length,
    warnings: diagnostics.filter((d) => d.severity === 'warning').length,
    stats,
  };
}
