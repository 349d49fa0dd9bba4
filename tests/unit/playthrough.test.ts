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

/** How many times the playthrough has serialised its ink state, from now on. */
function countSerialisations(play: Playthrough): () => number {
  let count = 0;
  const saveState = play.engine.saveState.bind(play.engine);
  play.engine.saveState = () => {
    count++;
    return saveState();
  };
  return () => count;
}

describe('Playthrough', () => {
  it('keeps a transcript of lines and choices', () => {
    const play = playthroughFor(LOOP);
    play.choose(0);
    expect(play.fullTranscript()).toEqual([
      { kind: 'line', text: 'Round 1.' },
      { kind: 'choice', text: 'Speak' },
      { kind: 'line', text: 'You speak.' },
      { kind: 'line', text: 'Round 2.' },
    ]);
    expect(play.choiceLog).toEqual([{ index: 0, text: 'Speak', sourcePath: expect.any(String) }]);
  });

  it('serialises the ink state once per choice point, for the save and the rollback point alike', () => {
    const play = playthroughFor(LOOP);
    const serialised = countSerialisations(play);
    play.choose(0);
    const saved = play.snapshot();
    play.choose(1);
    // The second choice's rollback point is the state the save already holds.
    expect(serialised()).toBe(2);
    expect(play.undo().paragraphs.at(-1)!.text).toBe('Round 2.');
    expect(play.snapshot().inkState).toBe(saved.inkState);
    play.choose(0);
    expect(play.snapshot().inkState).not.toBe(saved.inkState);
  });

  it('serialises a choice point ahead of the choice when asked, so the choice does not', () => {
    const play = playthroughFor(LOOP);
    const serialised = countSerialisations(play);
    play.prepareChoice();
    play.prepareChoice();
    expect(serialised()).toBe(1);
    play.choose(0);
    expect(serialised()).toBe(1);
    // The state prepared is the rollback point: undo comes back to the first choice point.
    expect(play.undo().paragraphs.map((p) => p.text)).toEqual(['Round 1.']);
    expect(play.engine.getVariable('round')).toBe(1);
  });

  it('undoes choices with score and transcript', () => {
    const play = playthroughFor(LOOP);
    play.choose(0);
    play.choose(1);
    expect(play.totals).toMatchObject({ intervene: 1, abandon: 1 });
    const back = play.undo();
    expect(play.totals).toMatchObject({ intervene: 1, abandon: 0 });
    expect(play.fullTranscript().at(-1)).toEqual({ kind: 'line', text: 'Round 2.' });
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

  it('keeps only recent turns in memory in a long session, and rebuilds the whole History the same', () => {
    const json = compile(LOOP);
    const long = new Playthrough(new StoryEngine(json));
    const everything = new Playthrough(new StoryEngine(json), { keptTurns: Infinity });
    for (let i = 0; i < 300; i++) {
      long.choose(i % 2);
      everything.choose(i % 2);
    }
    expect(long.transcriptStart).toBeGreaterThan(200);
    expect(long.recentTranscript.length).toBeLessThan(everything.recentTranscript.length / 3);
    expect(long.recentTranscript).toEqual(everything.recentTranscript.slice(-long.recentTranscript.length));
    expect(long.fullTranscript()).toEqual(everything.fullTranscript());
    // Rebuilding the History leaves the playthrough where it was.
    expect(long.choose(0).paragraphs.map((p) => p.text)).toEqual(['You speak.', 'Round 302.']);
    // Going back within the recent turns and past them both keep the transcript whole.
    long.undo(5);
    everything.choose(0);
    everything.undo(5);
    expect(long.fullTranscript()).toEqual(everything.fullTranscript());
    long.rewindTo(10);
    everything.rewindTo(10);
    expect(long.transcriptStart).toBe(0);
    expect(long.recentTranscript).toEqual(everything.recentTranscript);
  });

  it('saves a long session compactly and restores it with its whole History', () => {
    const json = compile(LOOP);
    const a = new Playthrough(new StoryEngine(json));
    for (let i = 0; i < 200; i++) a.choose(i % 2);
    const snap = JSON.parse(JSON.stringify(a.snapshot()));
    expect(snap.transcriptStart).toBe(a.transcriptStart);
    expect(snap.transcript.length).toBe(a.recentTranscript.length);
    const b = new Playthrough(new StoryEngine(json));
    b.restore(snap);
    expect(b.fullTranscript()).toEqual(a.fullTranscript());
    expect(b.fullTranscript()).toHaveLength(1 + 200 * 3);
  });

  it('shares one record among equal choices in its log', () => {
    const play = playthroughFor(LOOP);
    for (let i = 0; i < 10; i++) play.choose(0);
    expect(play.choiceLog[3]).toBe(play.choiceLog[7]);
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
    expect(b.fullTranscript()).toEqual(a.fullTranscript());
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
