import { describe, expect, it } from 'vitest';
import { parseChoiceScore } from '../../src/engine/tags.ts';
import { addChoice, describeChange, EMPTY_TOTALS, meters, readMeters } from '../../src/scoring/score.ts';
import { ink, playthroughFor } from '../helpers/ink.ts';

describe('scoring', () => {
  it('tallies the three axes, and neutral choices do not count as turns', () => {
    let t = addChoice(EMPTY_TOTALS, parseChoiceScore(['intervene']));
    t = addChoice(t, parseChoiceScore(['rescue: 2']));
    t = addChoice(t, parseChoiceScore(['neutral']));
    expect(t).toEqual({ intervene: 1, rescue: 2, abandon: 0, scoredChoices: 2 });
  });

  it('shows meters where higher is always the ally direction', () => {
    const start = meters(EMPTY_TOTALS);
    expect(start.map((m) => [m.label, m.value])).toEqual([
      ['Intervening', 0],
      ['Not rescuing', 1],
      ['Not abandoning', 1],
    ]);
    const abandoned = meters({ intervene: 0, rescue: 0, abandon: 3, scoredChoices: 3 });
    expect(abandoned.find((m) => m.id === 'not-abandoning')).toMatchObject({ value: 0, level: 'low' });
  });

  it('gives each axis a plain-language reading', () => {
    const readings = readMeters({ intervene: 3, rescue: 0, abandon: 0, scoredChoices: 3 });
    expect(readings[0]!.reading).toMatch(/acted/);
    expect(readings.every((r) => r.reading.length > 20)).toBe(true);
  });

  it('mirrors the totals into the story variables so the text can react', () => {
    const play = playthroughFor(ink`
      VAR rescue = 0
      * [Take over #rescue: 2] -> react
      * [Ask #intervene] -> react
      === react ===
      {rescue > 1: You took over.|You asked.} # ending: done
      -> END
    `);
    const turn = play.choose(0);
    expect(turn.paragraphs[0]!.text).toBe('You took over.');
    expect(play.engine.getVariable('rescue')).toBe(2);
  });

  it('leaves stories without the variables alone', () => {
    const play = playthroughFor('* [Go #intervene] Gone. # ending: x\n-> END\n');
    expect(() => play.choose(0)).not.toThrow();
  });
});

describe('score change notes', () => {
  it('speaks only of meters whose level changed', () => {
    const before = { intervene: 0, rescue: 0, abandon: 0, scoredChoices: 0 };
    expect(describeChange(before, { intervene: 1, rescue: 0, abandon: 0, scoredChoices: 1 })).toBe('Intervening: now strong.');
    expect(describeChange({ intervene: 2, rescue: 0, abandon: 0, scoredChoices: 2 }, { intervene: 3, rescue: 0, abandon: 0, scoredChoices: 3 })).toBeUndefined();
  });
});

describe('unscored stories', () => {
  it("leave a story's own variables of the same names alone", () => {
    const play = playthroughFor(ink`
      VAR rescue = 5
      * [Go]
        Rescue is {rescue}. # ending: x
        -> END
    `);
    expect(play.choose(0).paragraphs[0]!.text).toBe('Rescue is 5.');
  });
});
