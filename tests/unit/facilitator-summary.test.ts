import { describe, expect, it } from 'vitest';
import { csvField, CSV_COLUMNS, summaryCsv, summaryFileStem, summaryMarkdown } from '../../src/facilitator/summary.ts';
import { rotaSession } from '../fixtures/facilitator-story.ts';

/** A session of the fixture: the room's route, then one more branch, then the debrief. */
function playedSession() {
  const clock = { now: Date.UTC(2026, 10, 23, 14, 0) };
  const s = rotaSession(clock);
  for (let i = 0; i < 3; i++) s.apply({ type: 'advance' });
  for (const c of [0, 0, 0, 1, 2]) s.apply({ type: 'vote', choice: c, delta: 1 });
  s.apply({ type: 'advance' }); // reveal
  s.apply({ type: 'advance' }); // go with choice 1
  s.apply({ type: 'advance' });
  s.apply({ type: 'advance' });
  s.apply({ type: 'vote', choice: 1, delta: 1 });
  s.apply({ type: 'vote', choice: 0, delta: 1 });
  s.apply({ type: 'vote', choice: 0, delta: 1 });
  s.apply({ type: 'choose', choice: 0 });
  s.apply({ type: 'goto', key: '' });
  s.apply({ type: 'choose', choice: 2 });
  s.apply({ type: 'answers', text: 'Ask Mariam first\n\n=cmd|" /C calc"!A0, then "wait"' });
  clock.now += 42 * 60_000;
  return s;
}

describe('the session summary', () => {
  it('lists each route with the room’s choice and votes at every point, and the profile at each ending', () => {
    const summary = playedSession().summary();
    expect(summary).toMatchObject({ storyId: 'rota', title: 'The rota', minutes: 42, endingsReached: 2, started: '2026-11-23T14:00:00.000Z' });
    expect(summary.routes).toHaveLength(2);
    const [first, second] = summary.routes;
    expect(first!.steps).toEqual([
      { point: 1, question: 'What do you notice first?', choice: 1, choiceText: 'Ask Dev how the rota works', votes: 3, totalVotes: 5 },
      { point: 2, question: expect.any(String), choice: 1, choiceText: 'Ask Mariam which days suit her', votes: 2, totalVotes: 3 },
    ]);
    expect(first!.ending).toMatchObject({ title: 'Her own hand', endingId: 'good' });
    expect(first!.ending!.profile!.map((a) => `${a.label} ${a.level} ${a.percent}`)).toEqual(['Intervening Strong 100', 'Not rescuing Strong 100', 'Not abandoning Strong 100']);
    expect(second!.steps.map((s) => s.choiceText)).toEqual(['Walk away']);
    expect(second!.ending!.profile!.find((a) => a.id === 'not-abandoning')).toMatchObject({ level: 'Low', percent: 0 });
  });

  it('shows an unfinished route where the session stopped mid-story', () => {
    const s = rotaSession();
    for (let i = 0; i < 3; i++) s.apply({ type: 'advance' });
    s.apply({ type: 'choose', choice: 0 });
    const routes = s.summary().routes;
    expect(routes).toHaveLength(1);
    expect(routes[0]).toMatchObject({ number: 1, ending: undefined, steps: [{ choiceText: 'Ask Dev how the rota works' }] });
  });

  it('lists the votes at every point, with what each choice is scored as and where it led', () => {
    const points = playedSession().summary().points;
    expect(points.map((p) => [p.number, p.totalVotes, p.revealed])).toEqual([
      [1, 5, true],
      [2, 3, false],
    ]);
    expect(points[0]!.choices.map((c) => [c.number, c.votes, c.explored, c.ledTo, c.scoredAs.join()])).toEqual([
      [1, 3, true, 'Point 2', 'Intervening +1'],
      [2, 1, false, 'Not explored', 'Rescuing +1'],
      [3, 1, true, 'Ending: One name short', 'Abandoning +1'],
    ]);
  });

  it('writes Markdown with the routes, the votes and the room’s answers', () => {
    const md = summaryMarkdown(playedSession().summary());
    expect(md).toMatch(/^# Session summary: The rota\n/);
    expect(md).toContain('about 42 minutes');
    expect(md).toContain('### Route 1 — Her own hand');
    expect(md).toContain('| 1 | What do you notice first? | 1. Ask Dev how the rota works | 3 of 5 votes |');
    expect(md).toContain('| 2. Write her name in yourself | 1 | Rescuing +1 | Not explored |');
    expect(md).toContain('- Not abandoning: Low (0%)');
    expect(md).toContain('- Ask Mariam first');
    expect(md).toContain('- =cmd|" /C calc"!A0, then "wait"');
  });

  it('writes one CSV table with a row per choice, per route step, per ending and per answer', () => {
    const csv = summaryCsv(playedSession().summary());
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe(CSV_COLUMNS.join(','));
    expect(lines.filter((l) => l.startsWith('vote,'))).toHaveLength(5);
    expect(lines).toContain('vote,,1,What do you notice first?,1,Ask Dev how the rota works,3,5,yes,Point 2,,,,Intervening +1');
    expect(lines).toContain('route,1,1,What do you notice first?,1,Ask Dev how the rota works,3,5,yes,,,,,');
    expect(lines).toContain('ending,1,,,,,,,,Her own hand,100,100,100,good');
    expect(lines).toContain('ending,2,,,,,,,,One name short,0,100,0,left');
    expect(lines).toContain('answer,,,,,,,,,,,,,Ask Mariam first');
    // Formula-looking text is defused and quoted.
    expect(lines).toContain(`answer,,,,,,,,,,,,,"'=cmd|"" /C calc""!A0, then ""wait"""`);
  });

  it('quotes CSV fields only when needed and names the files by story and date', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('line\nbreak')).toBe('"line\nbreak"');
    expect(csvField('-1 day')).toBe("'-1 day");
    expect(csvField(12)).toBe('12');
    expect(summaryFileStem(playedSession().summary())).toBe('rota-session-2026-11-23');
  });
});
