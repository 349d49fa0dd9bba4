/**
 * Every story in stories/ is walked down every path: it must compile, never
 * stop without an ending, never raise a runtime error, and (when scored) tag
 * every choice. Then each is replayed through a save/load round trip at every
 * step, as a player who reloads the page would.
 */
import { describe, expect, it } from 'vitest';
import { explore } from '../../src/checks/explore.ts';
import { formatDiagnostic } from '../../src/engine/compile.ts';
import { StoryEngine } from '../../src/engine/StoryEngine.ts';
import { Playthrough } from '../../src/play/Playthrough.ts';
import { compileStoryFile, listStoryFiles, storyId } from '../../tools/lib/storyFiles.ts';

const root = process.cwd();
const files = listStoryFiles(root);

describe.each(files.map((f) => [storyId(f), f]))('story %s', (_id, file) => {
  const compiled = compileStoryFile(file, root);

  it('compiles without errors', () => {
    expect(compiled.diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic)).toEqual([]);
  });

  it('has no dead end, runtime error or untagged choice on any path', () => {
    const report = explore(compiled.json!);
    expect(report.problems.filter((p) => p.kind !== 'runtime-warning')).toEqual([]);
    expect(report.stoppedEarly).toBeUndefined();
    expect(report.paths).toBeGreaterThan(0);
    expect([...report.endings.keys()]).not.toContain('(untagged end)');
  });

  it('declares its title, summary and duration', () => {
    const meta = new StoryEngine(compiled.json!).meta;
    expect(meta.title).not.toBe('Untitled story');
    expect(meta.summary.length).toBeGreaterThan(10);
    expect(meta.durationMinutes).toBeGreaterThan(0);
  });

  it('plays the same after a save and load at every step', () => {
    // Follow one deterministic route (always the last choice), reloading each turn.
    const json = compiled.json!;
    const straight = new Playthrough(new StoryEngine(json));
    let reloaded = new Playthrough(new StoryEngine(json));
    for (let step = 0; step < 200 && !straight.turn.ended; step++) {
      const pick = straight.turn.choices.length - 1;
      const a = straight.choose(pick);
      const snapshot = JSON.parse(JSON.stringify(reloaded.snapshot()));
      reloaded = new Playthrough(new StoryEngine(json));
      reloaded.restore(snapshot);
      const b = reloaded.choose(pick);
      expect(b.paragraphs.map((p) => p.text)).toEqual(a.paragraphs.map((p) => p.text));
      expect(reloaded.totals).toEqual(straight.totals);
    }
    expect(straight.turn.ended).toBe(true);
  });
});
