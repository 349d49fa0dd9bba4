/** Test helpers: compile ink source written inline in a test. */
import { compileInk } from '../../src/engine/compile.ts';
import { StoryEngine } from '../../src/engine/StoryEngine.ts';
import { Playthrough } from '../../src/play/Playthrough.ts';

/** Compile inline ink, failing the test with the compiler's messages if it does not compile. */
export function compile(source: string, file = 'test.ink'): string {
  const result = compileInk(source, file);
  if (result.json === undefined) throw new Error(result.diagnostics.map((d) => `${d.file}:${d.line}: ${d.message}`).join('\n'));
  return result.json;
}

export function engineFor(source: string): StoryEngine {
  return new StoryEngine(compile(source));
}

export function playthroughFor(source: string): Playthrough {
  return new Playthrough(engineFor(source));
}

/** Strip the common indentation so inline ink reads naturally in tests. */
export function ink(strings: TemplateStringsArray, ...values: unknown[]): string {
  const text = strings.reduce((acc, s, i) => acc + s + (i < values.length ? String(values[i]) : ''), '');
  const lines = text.replace(/^\n/, '').split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => l.match(/^ */)![0].length));
  return lines.map((l) => l.slice(indent)).join('\n');
}
