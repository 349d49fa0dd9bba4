/**
 * The Intercept by inkle (MIT), a complete third-party Ink game with no
 * scoring tags, read from ../shared/corpus/the-intercept: it compiles
 * through the project's compiler, passes the checks that apply to unscored
 * stories, and plays through `Playthrough` with its scoring hidden.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkStory } from '../../src/checks/checkStory.ts';
import { compileInk, formatDiagnostic } from '../../src/engine/compile.ts';
import { isScoredJson } from '../../src/engine/storyInfo.ts';
import { StoryEngine } from '../../src/engine/StoryEngine.ts';
import { Playthrough } from '../../src/play/Playthrough.ts';

const file = resolve(process.cwd(), '../shared/corpus/the-intercept/TheIntercept.ink');
const present = existsSync(file);

describe('The Intercept (inkle)', () => {
  it('is in the shared corpus beside the project', () => {
    expect(present, `The Intercept is missing: expected ${file} (../shared/corpus/the-intercept next to the clone).`).toBe(true);
  });

  describe.runIf(present)('through the project', () => {
    const source = present ? readFileSync(file, 'utf8') : '';
    const compiled = compileInk(source, 'the-intercept/TheIntercept.ink');

    it('compiles without errors and is unscored', () => {
      expect(compiled.diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic)).toEqual([]);
      expect(compiled.json).toBeDefined();
      expect(isScoredJson(compiled.json!)).toBe(false);
    });

    it('passes stories:check with no errors', () => {
      // A bounded walk keeps the test quick; the rules for unscored stories all run.
      const check = checkStory({ file: 'the-intercept/TheIntercept.ink', source }, { maxStates: 400 });
      expect(check.scored).toBe(false);
      expect(check.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      expect(check.stats!.choicePoints).toBeGreaterThan(5);
      expect(check.outline!.flows.length).toBeGreaterThan(20);
    });

    it('plays a few turns, with undo, and its scores stay at zero', () => {
      const playthrough = new Playthrough(new StoryEngine(compiled.json!));
      expect(playthrough.turn.paragraphs.map((p) => p.text).join(' ')).toMatch(/\w/);
      const seen: string[] = [];
      for (let turn = 0; turn < 6 && !playthrough.turn.ended; turn++) {
        seen.push(playthrough.turn.choices[0]!.text);
        playthrough.choose(0);
      }
      expect(seen.length).toBe(6);
      expect(playthrough.fullTranscript().length).toBeGreaterThan(6);
      const before = playthrough.turn.choices.map((c) => c.text);
      playthrough.choose(playthrough.turn.choices.length - 1);
      expect(playthrough.undo().choices.map((c) => c.text)).toEqual(before);
      expect(playthrough.totals).toMatchObject({ intervene: 0, rescue: 0, abandon: 0, scoredChoices: 0 });
    });
  });
});
