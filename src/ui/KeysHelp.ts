/** The `?` overlay: every key the game understands. */
import { openDialog } from './dialog.ts';
import { el } from './dom.ts';

const KEYS: [string, string][] = [
  ['1 – 9', 'Pick that choice'],
  ['Tab / Shift+Tab', 'Move between buttons'],
  ['Enter or Space', 'Press the focused button'],
  ['U', 'Undo the last choice'],
  ['H', 'Open the history'],
  ['M', 'Mute or unmute sound'],
  ['?', 'Show this list'],
  ['Escape', 'Close a window like this one'],
];

export function openKeysHelp(): void {
  const rows = KEYS.map(([key, what]) => el('tr', {}, el('th', { scope: 'row' }, el('kbd', {}, key)), el('td', {}, what)));
  openDialog('Keys', [el('table', { class: 'keys' }, el('caption', { class: 'visually-hidden' }, 'Keyboard shortcuts'), el('tbody', {}, ...rows))]);
}
