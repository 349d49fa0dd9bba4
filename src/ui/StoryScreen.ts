/**
 * The story as the player reads and plays it: a log of paragraphs (an ARIA
 * live region, so new text is announced once, in order), the choices as real
 * buttons in a group named "Choices", and the score HUD.
 */
import type { ChoiceView, Paragraph, Turn } from '../engine/StoryEngine.ts';
import { meters, type ScoreTotals } from '../scoring/score.ts';
import { button, el, replaceChildren, srOnly } from './dom.ts';
import { meterElement, updateMeterElement } from './MeterView.ts';

export interface StoryScreenOptions {
  readonly title: string;
  /** Show the three meters while playing (scored stories, when the player wants them). */
  readonly showHud: boolean;
  readonly onChoose: (index: number) => void;
  readonly onFinish: () => void;
  readonly onMenu: () => void;
  readonly onFullscreen: () => void;
}

export class StoryScreen {
  readonly element: HTMLElement;
  private readonly log: HTMLElement;
  private readonly choices: HTMLElement;
  private readonly hud: HTMLElement;
  /** Set while a choice is being taken, so a double click or key repeat picks exactly one. */
  private busy = false;

  constructor(private readonly options: StoryScreenOptions) {
    this.log = el('div', { class: 'log', role: 'log', 'aria-live': 'polite', 'aria-label': 'Story', tabindex: '-1' });
    this.choices = el('div', { class: 'choices', role: 'group', 'aria-label': 'Choices', tabindex: '-1' });
    this.hud = el('div', { class: 'hud', role: 'group', 'aria-label': 'Your approach so far', hidden: !options.showHud });
    const bar = el(
      'header',
      { class: 'story-bar' },
      button('Menu', () => options.onMenu(), { class: 'btn btn--quiet', 'aria-label': 'Back to the menu' }),
      el('h1', { class: 'story-bar__title' }, options.title),
      button('Full screen', () => options.onFullscreen(), { class: 'btn btn--quiet', 'data-action': 'fullscreen' }),
    );
    this.element = el('section', { class: 'screen screen--story', 'aria-label': options.title }, bar, this.hud, el('div', { class: 'story-card' }, this.log, this.choices));
  }

  /** Show a new turn: append its text and replace the choices. */
  showTurn(turn: Turn, totals: ScoreTotals): void {
    this.busy = false;
    this.updateHud(totals);
    const fresh = turn.paragraphs.filter((p) => !p.debrief && p.text.trim() !== '');
    for (const old of this.log.querySelectorAll('.turn--current')) old.classList.remove('turn--current');
    if (fresh.length > 0) {
      const block = el('div', { class: 'turn turn--current' }, ...fresh.map(paragraphElement));
      this.log.append(block);
      block.scrollIntoView({ block: 'start', behavior: 'auto' });
    }
    this.renderChoices(turn);
  }

  /** Replace the whole log (after a restore or undo). */
  resetLog(lines: readonly { text: string; speaker?: string; kind: string }[]): void {
    replaceChildren(this.log);
    const past = lines.map((l) => (l.kind === 'choice' ? choiceEcho(l.text) : paragraphElement({ text: l.text, speaker: l.speaker, tags: [], debrief: false })));
    if (past.length > 0) this.log.append(el('div', { class: 'turn turn--past' }, ...past));
  }

  /** Pick choice `index` (0-based) if it is on offer; used by number keys. */
  pick(index: number): boolean {
    const target = this.choices.querySelectorAll<HTMLButtonElement>('button[data-choice]')[index];
    if (!target || target.disabled) return false;
    target.click();
    return true;
  }

  /** Where focus goes after each turn: the choices, so keys and screen readers continue from there. */
  focusChoices(): void {
    this.choices.focus({ preventScroll: true });
  }

  setHudVisible(visible: boolean): void {
    this.hud.hidden = !visible;
  }

  private renderChoices(turn: Turn): void {
    if (turn.ended) {
      replaceChildren(this.choices, button('See how it went', () => this.options.onFinish(), { class: 'choice choice--finish', 'data-finish': 'true' }));
      return;
    }
    replaceChildren(this.choices, ...turn.choices.map((c, i) => this.choiceButton(c, i)));
  }

  private choiceButton(choice: ChoiceView, position: number): HTMLButtonElement {
    const b = el(
      'button',
      { type: 'button', class: 'choice', 'data-choice': choice.index, 'aria-keyshortcuts': position < 9 ? String(position + 1) : undefined },
      position < 9 ? el('span', { class: 'choice__key', 'aria-hidden': 'true' }, String(position + 1)) : null,
      el('span', { class: 'choice__text' }, choice.text),
    );
    b.addEventListener('click', () => {
      if (this.busy) return;
      this.busy = true;
      for (const other of this.choices.querySelectorAll('button')) other.setAttribute('disabled', '');
      this.log.append(el('div', { class: 'turn' }, choiceEcho(choice.text)));
      this.options.onChoose(choice.index);
    });
    return b;
  }

  private updateHud(totals: ScoreTotals): void {
    const ms = meters(totals);
    if (this.hud.childElementCount === 0) {
      this.hud.append(...ms.map((m) => meterElement(m, { compact: true })));
      return;
    }
    for (const m of ms) {
      const node = this.hud.querySelector<HTMLElement>(`[data-meter="${m.id}"]`);
      if (node) updateMeterElement(node, m);
    }
  }
}

/** One paragraph; a speaker's name is shown and read before their words. */
function paragraphElement(p: Pick<Paragraph, 'text' | 'speaker' | 'tags' | 'debrief'>): HTMLElement {
  if (p.speaker && p.speaker.toLowerCase() !== 'narrator') {
    return el('p', { class: 'line line--speech' }, el('span', { class: 'speaker' }, p.speaker), srOnly(': '), el('span', { class: 'line__words' }, p.text));
  }
  return el('p', { class: 'line' }, p.text);
}

/** The player's choice as it appears in the log. */
function choiceEcho(text: string): HTMLElement {
  return el('p', { class: 'line line--choice' }, srOnly('You chose: '), text);
}
