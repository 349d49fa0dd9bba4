/**
 * Clicker-friendly keys, the same in both windows. Presentation clickers send
 * Right/PageDown (next), Left/PageUp (previous) and B or "." (blank screen);
 * number keys vote while the choices are up and pick once votes are revealed.
 */
import type { Command, Phase } from './session.ts';

/** What a key asks for: a session command, or something local to one window. */
export type KeyIntent =
  | { readonly kind: 'command'; readonly command: Command }
  | { readonly kind: 'help' }
  | { readonly kind: 'close' }
  | { readonly kind: 'fullscreen' }
  /** Keys kept from the browser: a clicker's "start slideshow" sends F5, which would reload. */
  | { readonly kind: 'swallow' };

/** The parts of a KeyboardEvent that matter here. */
export interface KeyPress {
  readonly key: string;
  /** `Digit1`, `Numpad1`…: the digit even when Shift changes `key` to "!". */
  readonly code: string;
  readonly shiftKey: boolean;
}

/** The state the keys depend on. */
export interface KeyContext {
  readonly phase: Phase;
  readonly choiceCount: number;
  readonly blank: boolean;
  readonly mapOpen: boolean;
}

/** The keys, as the help overlay lists them. */
export const KEY_HELP: readonly { readonly keys: string; readonly does: string }[] = [
  { keys: '→  PageDown  Space', does: 'Next step (reveal the question, the choices, the votes…)' },
  { keys: '←  PageUp', does: 'Back a step (back to the last choice, if need be)' },
  { keys: '1 – 9', does: 'Add a vote for that choice (before the reveal) or pick it (after)' },
  { keys: 'Shift + 1 – 9', does: 'Take a vote away from that choice' },
  { keys: 'B  or  .', does: 'Blank the screen, and bring it back' },
  { keys: 'M', does: 'Branch map: go back to any choice point and explore another branch' },
  { keys: 'S', does: 'Session summary (print, Markdown, CSV)' },
  { keys: 'F', does: 'Full screen' },
  { keys: '?', does: 'This help' },
  { keys: 'Esc', does: 'Close the map or the help' },
];

/** Interpret a key press; undefined when the key means nothing here. */
export function intentForKey(press: KeyPress, context: KeyContext): KeyIntent | undefined {
  const command = (c: Command): KeyIntent => ({ kind: 'command', command: c });
  switch (press.key) {
    case 'ArrowRight':
    case 'PageDown':
    case ' ':
      return command({ type: 'advance' });
    case 'ArrowLeft':
    case 'PageUp':
      return command({ type: 'back' });
    case 'b':
    case 'B':
    case '.':
      return command({ type: 'blank', on: !context.blank });
    case '?':
      return { kind: 'help' };
    case 'Escape':
      return context.mapOpen ? command({ type: 'map', open: false }) : { kind: 'close' };
    case 'm':
    case 'M':
      return command({ type: 'map', open: !context.mapOpen });
    case 's':
    case 'S':
      return command({ type: 'summary' });
    case 'f':
    case 'F':
      return { kind: 'fullscreen' };
    case 'F5':
      return { kind: 'swallow' };
  }
  const digit = /^(?:Digit|Numpad)([1-9])$/.exec(press.code)?.[1] ?? (/^[1-9]$/.test(press.key) ? press.key : undefined);
  if (digit === undefined) return undefined;
  const choice = Number(digit) - 1;
  if (choice >= context.choiceCount) return undefined;
  if (context.phase === 'vote') return command({ type: 'vote', choice, delta: press.shiftKey ? -1 : 1 });
  if (context.phase === 'tally') return command(press.shiftKey ? { type: 'vote', choice, delta: -1 } : { type: 'choose', choice });
  return undefined;
}
