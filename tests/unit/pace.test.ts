/**
 * The player's pace (src/app/pace.ts): work that can wait runs at once when
 * the player has paused, and otherwise only once turns stop coming.
 */
import { describe, expect, it } from 'vitest';
import { PlayerPace, type PaceClock } from '../../src/app/pace.ts';

/** A clock the test moves by hand, running timers as their time comes. */
function manualClock() {
  let now = 0;
  let timers: { at: number; task: () => void }[] = [];
  const clock: PaceClock = {
    now: () => now,
    setTimeout: (task, ms) => timers.push({ at: now + ms, task }),
  };
  const advance = (ms: number) => {
    const until = now + ms;
    for (;;) {
      const due = timers.filter((t) => t.at <= until).sort((a, b) => a.at - b.at)[0];
      if (!due) break;
      timers = timers.filter((t) => t !== due);
      now = due.at;
      due.task();
    }
    now = until;
  };
  return { clock, advance };
}

describe('PlayerPace', () => {
  it('runs work at once when no turn has been shown', () => {
    const { clock } = manualClock();
    const ran: string[] = [];
    new PlayerPace(300, clock).whenQuiet(() => ran.push('picture'));
    expect(ran).toEqual(['picture']);
  });

  it('holds work back while turns keep coming, and runs it once when the player pauses', () => {
    const { clock, advance } = manualClock();
    const pace = new PlayerPace(300, clock);
    const ran: number[] = [];
    pace.turnShown();
    pace.whenQuiet(() => ran.push(1));
    // A key every 100 ms: nothing runs in between.
    for (let i = 0; i < 5; i++) {
      advance(100);
      pace.turnShown();
    }
    expect(ran).toEqual([]);
    advance(299);
    expect(ran).toEqual([]);
    advance(1);
    expect(ran).toEqual([1]);
    advance(1000);
    expect(ran).toEqual([1]);
  });

  it('runs work asked for after a pause straight away', () => {
    const { clock, advance } = manualClock();
    const pace = new PlayerPace(300, clock);
    pace.turnShown();
    advance(400);
    const ran: string[] = [];
    pace.whenQuiet(() => ran.push('sound'));
    expect(ran).toEqual(['sound']);
  });
});
