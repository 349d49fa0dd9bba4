import { describe, expect, it } from 'vitest';
import { intentForKey, type KeyContext } from '../../src/facilitator/keys.ts';

const at = (phase: KeyContext['phase'], extra: Partial<KeyContext> = {}): KeyContext => ({ phase, choiceCount: 3, blank: false, mapOpen: false, ...extra });
const key = (k: string, code = '', shiftKey = false) => ({ key: k, code, shiftKey });

describe('clicker keys', () => {
  it('advances with Right, PageDown and Space, and goes back with Left and PageUp', () => {
    for (const k of ['ArrowRight', 'PageDown', ' ']) expect(intentForKey(key(k), at('reading'))).toEqual({ kind: 'command', command: { type: 'advance' } });
    for (const k of ['ArrowLeft', 'PageUp']) expect(intentForKey(key(k), at('reading'))).toEqual({ kind: 'command', command: { type: 'back' } });
  });

  it('blanks with B (or "."), and B again brings the screen back', () => {
    expect(intentForKey(key('b'), at('reading'))).toEqual({ kind: 'command', command: { type: 'blank', on: true } });
    expect(intentForKey(key('.'), at('reading', { blank: true }))).toEqual({ kind: 'command', command: { type: 'blank', on: false } });
  });

  it('number keys vote before the reveal, pick after it, and do nothing elsewhere', () => {
    expect(intentForKey(key('2', 'Digit2'), at('vote'))).toEqual({ kind: 'command', command: { type: 'vote', choice: 1, delta: 1 } });
    expect(intentForKey(key('@', 'Digit2', true), at('vote'))).toEqual({ kind: 'command', command: { type: 'vote', choice: 1, delta: -1 } });
    expect(intentForKey(key('3', 'Numpad3'), at('tally'))).toEqual({ kind: 'command', command: { type: 'choose', choice: 2 } });
    expect(intentForKey(key('4', 'Digit4'), at('vote'))).toBeUndefined();
    expect(intentForKey(key('1', 'Digit1'), at('reading'))).toBeUndefined();
  });

  it('opens help, the branch map and the summary, and Escape closes the map first', () => {
    expect(intentForKey(key('?', 'Slash', true), at('vote'))).toEqual({ kind: 'help' });
    expect(intentForKey(key('m'), at('vote'))).toEqual({ kind: 'command', command: { type: 'map', open: true } });
    expect(intentForKey(key('Escape'), at('vote', { mapOpen: true }))).toEqual({ kind: 'command', command: { type: 'map', open: false } });
    expect(intentForKey(key('Escape'), at('vote'))).toEqual({ kind: 'close' });
    expect(intentForKey(key('s'), at('what'))).toEqual({ kind: 'command', command: { type: 'summary' } });
    expect(intentForKey(key('x'), at('what'))).toBeUndefined();
  });

  it('keeps a clicker’s “start slideshow” (F5) from reloading the page', () => {
    expect(intentForKey(key('F5'), at('vote'))).toEqual({ kind: 'swallow' });
  });
});
