/**
 * Every story in stories/ is walked down every path: it must compile, never
 * stop without an ending, never raise a runtime error, and (when scored) tag
 * every choice. Then each is replayed through a save/load round trip at every
 * step, as a player who reloads the page would.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { explore, type ExploreReport } from '../../src/checks/explore.ts';
import { formatDiagnostic } from '../../src/engine/compile.ts';
import { StoryEngine } from '../../src/engine/StoryEngine.ts';
import { Playthrough } from '../../src/play/Playthrough.ts';
import { compileStoryFile, listStoryFiles, storyId } from '../../tools/lib/storyFiles.ts';

const root = process.cwd();
const files = listStoryFiles(root);
/** Walk results, shared with the size checks below so each story is walked once. */
const reports = new Map<string, ExploreReport>();

describe.each(files.map((f) => [storyId(f), f]))('story %s', (_id, file) => {
  const compiled = compileStoryFile(file, root);

  it('compiles without errors', () => {
    expect(compiled.diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic)).toEqual([]);
  });

  // The largest story has ~20,000 distinct states: seconds alone, longer on a busy machine.
  it('has no dead end, runtime error or untagged choice on any path', { timeout: 600_000 }, () => {
    const report = explore(compiled.json!);
    reports.set(_id, report);
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

/**
 * The three workshop scenarios must be big enough to be worth a session
 * (issue: 10–15 minutes, 2,500+ words, 8+ choice points, 4+ choices on every
 * playthrough, 4+ endings, 3+ discuss prompts, and text that reacts to the score).
 */
describe.each(['the-joke', 'family-dinner', 'stepping-back'])('scenario %s', (id) => {
  const file = files.find((f) => storyId(f) === id);

  it('is in the catalogue', () => {
    expect(file).toBeDefined();
  });

  it('has the size and shape of a 10–15 minute workshop scenario', { timeout: 600_000 }, () => {
    const report = reports.get(id) ?? explore(compileStoryFile(file!, root).json!);
    expect(report.stoppedEarly).toBeUndefined();
    expect(report.scored).toBe(true);
    expect(report.words).toBeGreaterThanOrEqual(2500);
    expect(report.choicePoints).toBeGreaterThanOrEqual(8);
    expect(report.shortest).toBeGreaterThanOrEqual(4);
    expect(report.endings.size).toBeGreaterThanOrEqual(4);
    expect(report.discussPoints).toBeGreaterThanOrEqual(3);
  });

  it('reacts to the running score and declares honest metadata', () => {
    const source = readFileSync(file!, 'utf8');
    expect(source).toMatch(/\{\s*(intervene|rescue|abandon)\s*[<>=]/);
    const meta = new StoryEngine(compileStoryFile(file!, root).json!).meta;
    expect(meta.durationMinutes).toBeGreaterThanOrEqual(10);
    expect(meta.durationMinutes).toBeLessThanOrEqual(15);
    expect(meta.contentNotes.length).toBeGreaterThan(0);
  });
});
