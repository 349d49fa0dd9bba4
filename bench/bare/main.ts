/**
 * The baseline for `npm run bench`: the least any ink web player could be.
 * inkjs and a few lines of DOM, with the game's markup (paragraphs in a
 * role=log, buttons in a role=group named "Choices", keys 1–9), playing the
 * same story. The game is measured against this page.
 */
import { Story } from 'inkjs';
import compiled from '../stories/bench-loop.ink';

const story = new Story(compiled.json);
const log = document.querySelector<HTMLElement>('[role="log"]')!;
const choices = document.querySelector<HTMLElement>('[role="group"]')!;

function showTurn(): void {
  let first: HTMLElement | undefined;
  while (story.canContinue) {
    const p = document.createElement('p');
    p.textContent = story.Continue() ?? '';
    log.append(p);
    first ??= p;
  }
  first?.scrollIntoView({ block: 'start' });
  choices.replaceChildren(
    ...story.currentChoices.map((choice, index) => {
      const b = document.createElement('button');
      b.type = 'button';
      b.textContent = choice.text;
      b.addEventListener('click', () => {
        story.ChooseChoiceIndex(index);
        showTurn();
      });
      return b;
    }),
  );
}

document.addEventListener('keydown', (event) => {
  const target = choices.children[Number(event.key) - 1];
  if (/^[1-9]$/.test(event.key) && target instanceof HTMLButtonElement) target.click();
});

showTurn();
