/**
 * The history (backlog): everything shown and chosen so far, as a list a
 * screen reader can walk. Each choice offers "Go back to here", which undoes
 * it and everything after it.
 */
import type { TranscriptEntry } from '../play/Playthrough.ts';
import { openDialog } from './dialog.ts';
import { button, el, srOnly } from './dom.ts';

/** `onRewind(depth)`: go back to the choice point before the `depth`-th choice (0-based). */
export function openHistory(transcript: readonly TranscriptEntry[], onRewind: (depth: number) => void): void {
  const list = el('ol', { class: 'history' });
  let choiceNumber = 0;
  for (const entry of transcript) {
    if (entry.kind === 'choice') {
      const depth = choiceNumber++;
      list.append(
        el(
          'li',
          { class: 'history__choice' },
          el('span', {}, srOnly('You chose: '), entry.text),
          button('Go back to here', () => {
            handle.close();
            onRewind(depth);
          }, { class: 'btn btn--quiet history__back', 'aria-label': `Go back to here, before you chose “${entry.text}”` }),
        ),
      );
    } else {
      list.append(el('li', { class: 'history__line' }, entry.speaker ? el('strong', {}, `${entry.speaker}: `) : null, entry.text));
    }
  }
  const body = transcript.length === 0 ? [el('p', {}, 'Nothing has happened yet.')] : [el('p', { class: 'muted' }, `${choiceNumber} ${choiceNumber === 1 ? 'choice' : 'choices'} so far.`), list];
  const handle = openDialog('History', body, { className: 'dialog--wide' });
  // Start at the most recent part, where the player is.
  list.lastElementChild?.scrollIntoView({ block: 'end' });
}
