import { describe, expect, it } from 'vitest';
import { DEFAULT_QUESTION } from '../../src/facilitator/points.ts';
import type { Command } from '../../src/facilitator/session.ts';
import { rotaSession } from '../fixtures/facilitator-story.ts';

const advance: Command = { type: 'advance' };
const back: Command = { type: 'back' };

describe('a facilitated session', () => {
  it('pauses at each choice point: text, then the question, then the choices, then the revealed votes', () => {
    const s = rotaSession();
    expect(s.phase).toBe('intro');
    expect(s.view().nextLabel).toBe('Begin the story');
    s.apply(advance);
    expect(s.phase).toBe('reading');
    expect(s.view().paragraphs.map((p) => p.text)).toEqual(['Dev pins up the rota.', 'Mariam is left off, again.']);
    s.apply(advance);
    expect(s.phase).toBe('discuss');
    expect(s.view()).toMatchObject({ question: 'What do you notice first?', questionIsDefault: false, context: 'Mariam is left off, again.' });
    s.apply(advance);
    expect(s.phase).toBe('vote');
    s.apply({ type: 'vote', choice: 0, delta: 1 });
    s.apply({ type: 'vote', choice: 0, delta: 1 });
    s.apply({ type: 'vote', choice: 2, delta: 1 });
    expect(s.view().tally).toEqual({ counts: [2, 0, 1], total: 3, revealed: false });
    expect(s.view().nextLabel).toBe('Reveal the votes');
    s.apply(advance);
    expect(s.phase).toBe('tally');
    expect(s.view().tally.revealed).toBe(true);
    expect(s.view().nextLabel).toBe('Go with choice 1 (most votes)');
    s.apply(advance);
    expect(s.phase).toBe('reading');
    expect(s.view().chose).toBe('Ask Dev how the rota works');
    expect(s.playthrough.depth).toBe(1);
  });

  it('asks the default question where the writer gave none', () => {
    const s = rotaSession();
    s.apply(advance);
    s.apply(advance);
    s.apply(advance);
    s.apply({ type: 'choose', choice: 0 });
    s.apply(advance);
    expect(s.view()).toMatchObject({ phase: 'discuss', question: DEFAULT_QUESTION, questionIsDefault: true });
  });

  it('will not guess the room’s choice on a tie or without votes', () => {
    const s = rotaSession();
    for (let i = 0; i < 4; i++) s.apply(advance);
    expect(s.phase).toBe('tally');
    expect(s.apply(advance)).toEqual({ ok: false, message: expect.stringMatching(/No votes yet/) });
    s.apply({ type: 'vote', choice: 0, delta: 1 });
    s.apply({ type: 'vote', choice: 1, delta: 1 });
    expect(s.apply(advance)).toEqual({ ok: false, message: expect.stringMatching(/tied/) });
    expect(s.phase).toBe('tally');
    expect(s.apply({ type: 'choose', choice: 1 })).toEqual({ ok: true });
    expect(s.view().ending?.title).toBe('Written for her');
  });

  it('steps back one step at a time, over a choice if need be, keeping the votes', () => {
    const s = rotaSession();
    for (let i = 0; i < 3; i++) s.apply(advance);
    s.apply({ type: 'vote', choice: 0, delta: 1 });
    s.apply(advance); // reveal
    s.apply(advance); // go with 1
    expect(s.phase).toBe('reading');
    s.apply(back);
    expect(s.phase).toBe('tally');
    expect(s.playthrough.depth).toBe(0);
    expect(s.view().tally).toMatchObject({ counts: [1, 0, 0], revealed: true });
    s.apply(back);
    expect(s.phase).toBe('vote');
    expect(s.view().tally.revealed).toBe(false);
    s.apply(back);
    s.apply(back);
    s.apply(back);
    expect(s.phase).toBe('intro');
    expect(s.apply(back)).toMatchObject({ ok: false });
  });

  it('runs the debrief after an ending: What? So what? Now what? then the summary', () => {
    const s = rotaSession();
    for (let i = 0; i < 3; i++) s.apply(advance);
    s.apply({ type: 'vote', choice: 0, delta: 1 });
    s.apply({ type: 'choose', choice: 0 });
    s.apply(advance);
    s.apply(advance);
    s.apply({ type: 'vote', choice: 0, delta: 1 });
    s.apply({ type: 'vote', choice: 0, delta: 1 });
    s.apply({ type: 'vote', choice: 1, delta: 1 });
    s.apply({ type: 'choose', choice: 0 });
    expect(s.phase).toBe('reading');
    expect(s.view().nextLabel).toBe('Debrief: What happened?');
    s.apply(advance);
    expect(s.phase).toBe('what');
    expect(s.view().what).toEqual([
      { pointNumber: 1, question: 'What do you notice first?', choice: 'Ask Dev how the rota works', votes: 1, totalVotes: 1 },
      { pointNumber: 2, question: DEFAULT_QUESTION, choice: 'Ask Mariam which days suit her', votes: 2, totalVotes: 3 },
    ]);
    const ending = s.view().ending!;
    expect(ending).toMatchObject({ title: 'Her own hand', endingId: 'good', reflection: ['She decided, and you asked.'], practices: ['take_action'] });
    expect(ending.totals).toMatchObject({ intervene: 2, rescue: 0, abandon: 0 });
    s.apply(advance);
    expect(s.phase).toBe('so-what');
    s.apply(advance);
    expect(s.phase).toBe('now-what');
    s.apply({ type: 'answers', text: 'Ask before acting\nHand over the pen' });
    s.apply(advance);
    expect(s.phase).toBe('summary');
    expect(s.view().summary.answers).toEqual(['Ask before acting', 'Hand over the pen']);
    expect(s.apply(advance)).toMatchObject({ ok: false, message: expect.stringMatching(/branch map/) });
  });

  it('goes back to an earlier choice point to explore another branch, and maps both', () => {
    const s = rotaSession();
    for (let i = 0; i < 3; i++) s.apply(advance);
    s.apply({ type: 'choose', choice: 0 });
    s.apply({ type: 'choose', choice: 0 }); // (from reading: refused)
    for (let i = 0; i < 2; i++) s.apply(advance);
    s.apply({ type: 'choose', choice: 0 });
    expect(s.view().ending?.endingId).toBe('good');
    // Another branch from the very first point.
    expect(s.apply({ type: 'goto', key: '' })).toEqual({ ok: true });
    expect(s.phase).toBe('discuss');
    expect(s.playthrough.depth).toBe(0);
    s.apply({ type: 'choose', choice: 2 });
    expect(s.view().ending?.endingId).toBe('left');
    // And from the second point, which lies on the first branch.
    s.apply({ type: 'goto', key: '1' });
    expect(s.playthrough.choiceLog.map((c) => c.text)).toEqual(['Ask Dev how the rota works']);
    s.apply({ type: 'choose', choice: 1 });
    const map = s.map;
    expect(map.points().map((p) => [p.key, p.number, p.taken])).toEqual([
      ['', 1, [0, 2]],
      ['1', 2, [0, 1]],
    ]);
    expect(map.outcome('', 0)).toMatchObject({ kind: 'point', point: { key: '1' } });
    expect(map.outcome('', 1)).toEqual({ kind: 'unexplored' });
    expect(map.outcome('', 2)).toMatchObject({ kind: 'ending', ending: { title: 'One name short', totals: { abandon: 1 } } });
    expect(map.endingsVia('', 0).map((e) => e.title)).toEqual(['Her own hand', 'Written for her']);
    expect(map.endings().map((e) => [e.key, e.totals.intervene, e.totals.rescue])).toEqual([
      ['1.1', 2, 0],
      ['3', 0, 0],
      ['1.2', 1, 1],
    ]);
    expect(s.apply({ type: 'goto', key: '2' })).toMatchObject({ ok: false, message: expect.stringMatching(/not been visited/) });
  });

  it('blanks the screen; the next key brings it back without moving on', () => {
    const s = rotaSession();
    s.apply({ type: 'blank', on: true });
    expect(s.view().blank).toBe(true);
    s.apply(advance);
    expect(s.view()).toMatchObject({ blank: false, phase: 'intro' });
  });

  it('closes the branch map on the next key rather than moving the story on behind it', () => {
    const s = rotaSession();
    s.apply(advance);
    s.apply({ type: 'map', open: true });
    s.apply(back);
    expect(s.view()).toMatchObject({ mapOpen: false, phase: 'reading' });
  });

  it('tells the facilitator where each choice leads and what it is scored as', () => {
    const s = rotaSession();
    const choices = s.view().choices;
    expect(choices.map((c) => c.scoredAs)).toEqual([['Intervening +1'], ['Rescuing +1'], ['Abandoning +1']]);
    expect(choices[0]!.leadsTo).toEqual({ kind: 'point', preview: '"How does it work?"', question: undefined });
    expect(choices[2]!.leadsTo).toEqual({ kind: 'ending', title: 'One name short', preview: 'The rota stays as it was.' });
    // Looking ahead never moves the room's story.
    expect(s.playthrough.depth).toBe(0);
  });

  it('clocks the session from its start, for the presenter only', () => {
    const clock = { now: 1_000_000 };
    const s = rotaSession(clock);
    expect(s.view().startedAt).toBeUndefined();
    s.apply(advance);
    clock.now += 31 * 60_000;
    expect(s.view().startedAt).toBe(1_000_000);
    expect(s.summary().minutes).toBe(31);
  });

  it('refuses what makes no sense with a sentence, never an exception', () => {
    const s = rotaSession();
    expect(s.apply({ type: 'vote', choice: 0, delta: 1 })).toMatchObject({ ok: false, message: expect.stringMatching(/choices are on screen/) });
    for (let i = 0; i < 3; i++) s.apply(advance);
    expect(s.apply({ type: 'vote', choice: 7, delta: 1 })).toMatchObject({ ok: false, message: 'There is no choice 8 here.' });
    expect(s.apply({ type: 'choose', choice: 7 })).toMatchObject({ ok: false });
  });
});

describe('a session carried over a page reload', () => {
  it('resumes where it stood, with the votes, the map and the answers', () => {
    const s = rotaSession();
    for (let i = 0; i < 3; i++) s.apply(advance);
    s.apply({ type: 'vote', choice: 0, delta: 1 });
    s.apply({ type: 'choose', choice: 0 });
    s.apply({ type: 'answers', text: 'Ask first' });
    s.apply(advance);
    const saved = JSON.parse(JSON.stringify(s.save()));
    const again = rotaSession();
    expect(again.resume(saved)).toBe(true);
    expect(again.view()).toMatchObject({ phase: 'discuss', key: '1', answers: 'Ask first', startedAt: s.view().startedAt });
    expect(again.votes.tally('', 3).counts).toEqual([1, 0, 0]);
    expect(again.map.points().map((p) => p.key)).toEqual(['', '1']);
    expect(again.view().summary).toEqual(s.view().summary);
  });

  it('starts afresh from a save it cannot use', () => {
    const s = rotaSession();
    expect(s.resume({ ...s.save(), version: 99 })).toBe(false);
    expect(s.resume({ ...s.save(), log: [{ index: 0, text: 'A choice that is gone', sourcePath: 'x' }] })).toBe(false);
    expect(s.resume({ ...s.save(), votes: { '': { counts: undefined, revealed: true } } } as never)).toBe(false);
    expect(s.view()).toMatchObject({ phase: 'intro', key: '' });
  });
});
