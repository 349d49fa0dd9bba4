import { describe, expect, it } from 'vitest';
import { StoryRuntimeError } from '../../src/engine/StoryEngine.ts';
import { engineFor, ink } from '../helpers/ink.ts';

const SCORED = ink`
  # title: Lunch
  # summary: A test.
  # duration: 3 min
  VAR intervene = 0
  VAR rescue = 0
  VAR abandon = 0
  The table goes quiet. # speaker: Narrator
  "Well?" # speaker: Sam # discuss: What would you say?
  * [Ask why it is funny #intervene]
    You ask.
  * [Answer for Priya #rescue: 2 #intervene]
    You answer for her.
  * [Look at your phone #abandon]
    You look away.
  - Later. # ending: later # ending_title: Later on
  Reflection here. # debrief
  -> END
`;

describe('StoryEngine', () => {
  it('continues to the first choice point with paragraphs, speakers and the discuss prompt', () => {
    const engine = engineFor(SCORED);
    const turn = engine.continueTurn();
    expect(turn.paragraphs.map((p) => p.text)).toEqual(['The table goes quiet.', '"Well?"']);
    expect(turn.paragraphs[1]!.speaker).toBe('Sam');
    expect(turn.discuss).toBe('What would you say?');
    expect(turn.ended).toBe(false);
  });

  it('keeps global tags out of the first paragraph and exposes them as metadata', () => {
    const engine = engineFor(SCORED);
    expect(engine.meta).toMatchObject({ title: 'Lunch', durationMinutes: 3 });
    expect(engine.continueTurn().paragraphs[0]!.tags).toEqual(['speaker: Narrator']);
  });

  it('shows choice text without scoring tags, and keeps the score apart', () => {
    const choices = engineFor(SCORED).continueTurn().choices;
    expect(choices.map((c) => c.text)).toEqual(['Ask why it is funny', 'Answer for Priya', 'Look at your phone']);
    expect(choices[1]!.score).toMatchObject({ rescue: 2, intervene: 1 });
    expect(choices.every((c) => c.tags.length === 0)).toBe(true);
  });

  it('reaches an ending with its id and marks debrief lines', () => {
    const engine = engineFor(SCORED);
    engine.continueTurn();
    engine.choose(0);
    const end = engine.continueTurn();
    expect(end.ended).toBe(true);
    expect(end.endingId).toBe('later');
    expect(end.paragraphs.find((p) => p.debrief)?.text).toBe('Reflection here.');
  });

  it('saves and restores the ink state', () => {
    const engine = engineFor(SCORED);
    engine.continueTurn();
    const saved = engine.saveState();
    engine.choose(2);
    expect(engine.continueTurn().paragraphs[0]!.text).toBe('You look away.');
    engine.loadState(saved);
    expect(engine.currentChoices()).toHaveLength(3);
  });

  it('refuses a choice that is not on offer, with a clear message', () => {
    const engine = engineFor(SCORED);
    engine.continueTurn();
    expect(() => engine.choose(7)).toThrow(/no choice 8; this point offers 3/);
  });

  it('reports ink runtime errors as StoryRuntimeError', () => {
    const engine = engineFor(ink`
      VAR s = "text"
      ~ s = s - 1
      Never.
      -> END
    `);
    expect(() => engine.continueTurn()).toThrow(StoryRuntimeError);
  });

  it('runs ink fallbacks for EXTERNAL functions that are not bound', () => {
    const engine = engineFor(ink`
      EXTERNAL greet()
      Hello {greet()}.
      -> END
      === function greet() ===
      ~ return "world"
    `);
    expect(engine.continueTurn().paragraphs[0]!.text).toBe('Hello world.');
  });
});
