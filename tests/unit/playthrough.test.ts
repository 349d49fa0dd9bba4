import { describe, expect, it } from 'vitest';
import { Playthrough } from '../../src/play/Playthrough.ts';
import { StoryEngine } from '../../src/engine/StoryEngine.ts';
import { compile, ink, playthroughFor } from '../helpers/ink.ts';

const LOOP = ink`
  VAR intervene = 0
  VAR round = 0
  -> hub
  === hub ===
  ~ round++
  Round {round}.
  + [Speak #intervene] You speak.
    -> hub
  + [Wait #abandon] You wait.
    -> hub
`;

describe('Playthrough', () => {
  it('keeps a transcript of lines and choices', () => {
    const play = playthroughFor(LOOP);
    play.choose(0);
    expect(play.transcript).toEqual([
      { kind: 'line', text: 'Round 1.' },
      { kind: 'choice', text: 'Speak' },
      { kind: 'line', text: 'You speak.' },
      { kind: 'line', text: 'Round 2.' },
    ]);
    expect(play.choiceLog).toEqual([{ index: 0, text: 'Speak', sourcePath: expect.any(String) }]);
  });

  it('undoes choices with score and transcript', () => {
    const play = playthroughFor(LOOP);
    play.choose(0);
    play.choose(1);
    expect(play.totals).toMatchObject({ intervene: 1, abandon: 1 });
    const back = play.undo();
    expect(play.totals).toMatchObject({ intervene: 1, abandon: 0 });
    expect(play.transcript.at(-1)).toEqual({ kind: 'line', text: 'Round 2.' });
    expect(back.paragraphs.at(-1)!.text).toBe('Round 2.');
    expect(play.engine.getVariable('intervene')).toBe(1);
  });

  it('rewinds to any earlier choice point, even past the kept checkpoints', () => {
    const play = playthroughFor(LOOP);
    for (let i = 0; i < 120; i++) play.choose(i % 2);
    play.rewindTo(3);
    expect(play.depth).toBe(3);
    expect(play.totals).toMatchObject({ intervene: 2, abandon: 1 });
    expect(play.turn.paragraphs.at(-1)!.text).toBe('Round 4.');
  });

  it('round-trips through a snapshot into a fresh engine', () => {
    const json = compile(LOOP);
    const a = new Playthrough(new StoryEngine(json));
    a.choose(0);
    a.choose(1);
    const snap = JSON.parse(JSON.stringify(a.snapshot()));
    const b = new Playthrough(new StoryEngine(json));
    b.restore(snap);
    expect(b.totals).toEqual(a.totals);
    expect(b.transcript).toEqual(a.transcript);
    expect(b.choose(0).paragraphs.map((p) => p.text)).toEqual(a.choose(0).paragraphs.map((p) => p.text));
  });
});

describe('Playthrough with randomness', () => {
  it('replays shuffles the same way when rolling back past the kept checkpoints', () => {
    const play = playthroughFor(ink`
      -> hub
      === hub ===
      {~Rain.|Sun.|Wind.|Snow.|Fog.|Hail.} {RANDOM(1, 1000)}
      + [Again #neutral]
        -> hub
    `);
    const seen: string[] = [];
    for (let i = 0; i < 60; i++) seen.push(play.choose(0).paragraphs.at(-1)!.text);
    play.rewindTo(5);
    expect(play.turn.paragraphs.at(-1)!.text).toBe(seen[4]);
  });
});
