/**
 * The story as the player reads and plays it: a log of paragraphs (an ARIA
 * live region, so new text is announced once, in order), the choices as real
 * buttons in a group named "Choices", and the score HUD.
 */
import type { ChoiceView, Paragraph, Turn } from '../engine/StoryEngine.ts';
import type { TranscriptEntry } from '../play/Playthrough.ts';
import { meters, type ScoreTotals } from '../scoring/score.ts';
import { button, el, replaceChildren, srOnly } from './dom.ts';
import { meterElement, updateMeterElement } from './MeterView.ts';

/** Two presses of the same number key closer than this are one press. */
const DOUBLE_PRESS_MS = 300;

/**
 * Blocks (passages and choice echoes) kept on screen; older ones live in the
 * History. Keeps every turn as fast on choice 1,000 as on choice 1.
 */
const MAX_LOG_BLOCKS = 60;
/**
 * Old blocks go in batches of this many. Removing blocks from the top moves
 * everything under them, so the browser repaints the whole visible log:
 * doing that once every 30 turns, rather than on every turn, keeps turns
 * within a frame.
 */
const TRIM_BATCH = 30;

/**
 * How long a turn's motion lasts: the new passage's rise (450 ms) and the
 * meters' glide (600 ms), in styles.css. A turn that comes sooner than
 * this after the last one shows its passage and meters at once, as a
 * visual novel completes its text when the player clicks on: someone
 * pressing through quickly is not reading the motion, and new motion
 * starting over the last one's unfinished motion makes every frame
 * costlier to draw (docs/performance.md).
 */
const TURN_MOTION_MS = 600;

export interface StoryScreenOptions {
  readonly title: string;
  /** Show the three meters while playing (scored stories, when the player wants them). */
  readonly showHud: boolean;
  readonly onChoose: (index: number) => void;
  readonly onFinish: () => void;
  readonly onMenu: () => void;
  readonly onFullscreen: () => void;
  readonly onUndo: () => void;
  readonly onHistory: () => void;
  readonly onSaves: () => void;
  readonly onSettings: () => void;
  readonly onKeys: () => void;
  /** Link to the story's map (dev server only). */
  readonly mapUrl?: string | undefined;
}

export class StoryScreen {
  readonly element: HTMLElement;
  private readonly log: HTMLElement;
  private readonly choices: HTMLElement;
  private readonly hud: HTMLElement;
  private readonly undoButton: HTMLButtonElement;
  /** Set while a choice is being taken, so a double click or key repeat picks exactly one. */
  private busy = false;
  private lastPick: { index: number; at: number } | undefined;
  /** When the last turn was shown (performance.now()), to tell a hurried turn (TURN_MOTION_MS). */
  private lastTurnAt = -Infinity;
  /** What scrollAfterTurn will do once the turn is drawn into the page. */
  private scrollScheduled = false;
  private scrollTarget: HTMLElement | undefined;

  constructor(private readonly options: StoryScreenOptions) {
    // Focusable (tabindex 0) so keyboard users can scroll back through the story.
    this.log = el('div', { class: 'log', role: 'log', 'aria-live': 'polite', 'aria-label': 'Story', tabindex: '0' });
    this.choices = el('div', { class: 'choices', role: 'group', 'aria-label': 'Choices', tabindex: '-1' });
    this.hud = el('div', { class: 'hud', role: 'group', 'aria-label': 'Your approach so far', hidden: !options.showHud });
    this.undoButton = button('Undo', () => options.onUndo(), { class: 'btn btn--quiet', 'aria-keyshortcuts': 'U', disabled: true });
    const tools = el(
      'nav',
      { class: 'story-tools', id: 'story-tools', 'aria-label': 'Story tools' },
      this.undoButton,
      button('History', () => options.onHistory(), { class: 'btn btn--quiet', 'aria-keyshortcuts': 'H' }),
      button('Saves', () => options.onSaves(), { class: 'btn btn--quiet' }),
      button('Settings', () => options.onSettings(), { class: 'btn btn--quiet' }),
      button('Keys', () => options.onKeys(), { class: 'btn btn--quiet', 'aria-keyshortcuts': 'Shift+?' }),
      button('Full screen', () => options.onFullscreen(), { class: 'btn btn--quiet', 'data-action': 'fullscreen' }),
      // While writing (npm start), the story's map is one click away; players never see it.
      options.mapUrl ? el('a', { class: 'btn btn--quiet', href: options.mapUrl, target: '_blank', rel: 'noopener' }, 'Map') : null,
    );
    // On a phone the tools fold away behind "More", so the story keeps the screen.
    const more = button('More', () => {
      const open = more.getAttribute('aria-expanded') !== 'true';
      more.setAttribute('aria-expanded', String(open));
      tools.classList.toggle('story-tools--open', open);
    }, { class: 'btn btn--quiet story-bar__more', 'aria-expanded': 'false', 'aria-controls': 'story-tools' });
    const bar = el(
      'header',
      { class: 'story-bar' },
      button('Menu', () => options.onMenu(), { class: 'btn btn--quiet', 'aria-label': 'Back to the menu' }),
      el('h1', { class: 'story-bar__title' }, options.title),
      more,
      tools,
    );
    this.element = el('section', { class: 'screen screen--story', 'aria-label': options.title }, bar, this.hud, el('div', { class: 'story-card' }, this.log, this.choices));
  }

  /** Once TRIM_BATCH blocks past MAX_LOG_BLOCKS have built up, drop them, and say where they went. */
  private trimLog(): void {
    const blocks = this.log.querySelectorAll(':scope > .turn');
    if (blocks.length < MAX_LOG_BLOCKS + TRIM_BATCH) return;
    const excess = blocks.length - MAX_LOG_BLOCKS;
    for (let i = 0; i < excess; i++) blocks[i]!.remove();
    if (!this.log.querySelector('.log__earlier')) {
      this.log.prepend(el('p', { class: 'log__earlier' }, button('Earlier parts of the story are in the History', () => this.options.onHistory(), { class: 'btn btn--quiet' })));
    }
  }

  /** Enable Undo only when there is a choice to undo. */
  setCanUndo(can: boolean): void {
    this.undoButton.disabled = !can;
  }

  /** Show a new turn: append its text and replace the choices. */
  showTurn(turn: Turn, totals: ScoreTotals): void {
    this.busy = false;
    const now = performance.now();
    const hurried = now - this.lastTurnAt < TURN_MOTION_MS;
    this.lastTurnAt = now;
    // Set before the meters change, so that a hurried turn's new readings start no glide.
    this.hud.classList.toggle('hud--instant', hurried);
    this.updateHud(totals);
    const fresh = turn.paragraphs.filter((p) => !p.debrief && p.text.trim() !== '');
    if (fresh.length > 0) {
      for (const old of this.log.querySelectorAll('.turn--current')) old.classList.remove('turn--current');
      const block = el('div', { class: hurried ? 'turn turn--current turn--instant' : 'turn turn--current' }, ...fresh.map(paragraphElement));
      this.log.append(block);
      this.trimLog();
      this.scrollAfterTurn(block);
    }
    this.renderChoices(turn);
  }

  /**
   * Once the turn's changes are all made (a microtask, still inside the
   * keypress's task), bring `block` (a new passage) into view and put the
   * choices back at their top. Scrolling needs layout; done last, the layout
   * it forces is the one the next frame needs anyway. Not in that frame's
   * animation callbacks: a scroll made there fires its scroll event a frame
   * later, and the browser holds back the tasks that follow a keypress
   * (the passage's sounds, the autosave) until that second frame is drawn.
   */
  private scrollAfterTurn(block?: HTMLElement): void {
    if (block) this.scrollTarget = block;
    if (this.scrollScheduled) return;
    this.scrollScheduled = true;
    queueMicrotask(() => {
      const target = this.scrollTarget;
      this.scrollScheduled = false;
      this.scrollTarget = undefined;
      if (target?.isConnected) target.scrollIntoView({ block: 'start', behavior: 'auto' });
      if (this.choices.scrollTop !== 0) this.choices.scrollTop = 0;
    });
  }

  /**
   * Replace the whole log from a transcript (after a restore, undo or
   * reload): what came after the last choice is the current passage.
   * Long sessions keep only recent turns (`transcriptStart` > 0): the
   * History has the rest, and the log says so.
   */
  resetLog(transcript: { readonly recentTranscript: readonly TranscriptEntry[]; readonly transcriptStart: number }): void {
    const lines = transcript.recentTranscript;
    const earlier = transcript.transcriptStart > 0;
    replaceChildren(this.log);
    const lastChoice = lines.map((l) => l.kind).lastIndexOf('choice');
    const render = (l: TranscriptEntry) => (l.kind === 'choice' ? choiceEcho(l.text) : paragraphElement({ text: l.text, speaker: l.speaker, tags: [], debrief: false }));
    const past = lines.slice(Math.max(0, lastChoice + 1 - MAX_LOG_BLOCKS * 2), lastChoice + 1).map(render);
    const current = lines.slice(lastChoice + 1).map(render);
    if (earlier || lastChoice + 1 > MAX_LOG_BLOCKS * 2) this.log.append(el('p', { class: 'log__earlier' }, button('Earlier parts of the story are in the History', () => this.options.onHistory(), { class: 'btn btn--quiet' })));
    if (past.length > 0) this.log.append(el('div', { class: 'turn turn--past' }, ...past));
    if (current.length > 0) {
      const block = el('div', { class: 'turn turn--current' }, ...current);
      this.log.append(block);
      this.scrollAfterTurn(block);
    }
  }

  /**
   * Pick choice `index` (0-based) if it is on offer; used by number keys.
   * The same key pressed again within a moment is a double press, not a
   * second decision: nobody reads the next passage that fast.
   */
  pick(index: number): boolean {
    const now = performance.now();
    if (this.lastPick && this.lastPick.index === index && now - this.lastPick.at < DOUBLE_PRESS_MS) return true;
    const target = this.choices.querySelectorAll<HTMLButtonElement>('button[data-choice]')[index];
    if (!target || target.disabled) return false;
    this.lastPick = { index, at: now };
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
    // A long list of choices starts at its top again.
    this.scrollAfterTurn();
  }

  private choiceButton(choice: ChoiceView, position: number): HTMLButtonElement {
    const b = el(
      'button',
      { type: 'button', class: 'choice', 'data-choice': choice.index, 'aria-keyshortcuts': position < 9 ? String(position + 1) : undefined },
      position < 9 ? el('span', { class: 'choice__key', 'aria-hidden': 'true' }, String(position + 1)) : null,
      el('span', { class: 'choice__text', dir: 'auto' }, choice.text),
    );
    b.addEventListener('click', (event) => {
      // The second click of a double click lands on the next turn's button: ignore it.
      if (this.busy || event.detail > 1) return;
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
    return el('p', { class: 'line line--speech', dir: 'auto' }, el('span', { class: 'speaker' }, p.speaker), srOnly(': '), el('span', { class: 'line__words', dir: 'auto' }, p.text));
  }
  // dir=auto: each paragraph takes the direction of its own text (Arabic, Hebrew…).
  return el('p', { class: 'line', dir: 'auto' }, p.text);
}

/** The player's choice as it appears in the log. */
function choiceEcho(text: string): HTMLElement {
  return el('p', { class: 'line line--choice' }, srOnly('You chose: '), el('span', { dir: 'auto' }, text));
}
