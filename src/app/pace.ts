/**
 * The player's pace: when a turn was last shown, and a way to put off work
 * that can wait until the player pauses.
 *
 * Work that lands between a key and the passage it brings is what a player
 * feels as a stutter. So the work that can come a moment later (drawing a new
 * picture, starting the sound) waits while turns come quickly, and runs once
 * none has come for a moment: a player reading the new passage gives it that
 * moment at once; one pressing on through passages gets each of them first.
 */

/** How long after a turn counts as a pause: far less than any passage takes to read, more than a player pressing on waits between keys. */
export const QUIET_AFTER_TURN_MS = 300;

export interface PaceClock {
  now(): number;
  setTimeout(task: () => void, ms: number): unknown;
}

const browserClock: PaceClock = {
  now: () => performance.now(),
  setTimeout: (task, ms) => setTimeout(task, ms),
};

export class PlayerPace {
  private lastTurnAt = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly quietMs = QUIET_AFTER_TURN_MS,
    private readonly clock: PaceClock = browserClock,
  ) {}

  /** A turn has just been shown. */
  turnShown(): void {
    this.lastTurnAt = this.clock.now();
  }

  /** Run `task` now if the player has paused, or else when they do (checked again as the pause would end). */
  whenQuiet(task: () => void): void {
    const wait = this.lastTurnAt + this.quietMs - this.clock.now();
    if (wait <= 0) task();
    else this.clock.setTimeout(() => this.whenQuiet(task), wait);
  }
}
