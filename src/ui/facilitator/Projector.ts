/**
 * The projected window: it owns the session, draws the room's view of it,
 * takes the facilitator's keys and clicks, and keeps the presenter window
 * (if one is open) in step over the channel.
 */
import type { CompiledStory } from '../../engine/storyInfo.ts';
import { intentForKey, type KeyIntent } from '../../facilitator/keys.ts';
import { FacilitatorSession, type Command, type SessionView } from '../../facilitator/session.ts';
import { ProjectorLink, type ScreenInfo } from '../../facilitator/sync.ts';
import { button, el, replaceChildren } from '../dom.ts';
import { openChannel } from './channel.ts';
import type { FacilitatorDeps } from './deps.ts';
import { branchMapElement, helpOverlay } from './parts.ts';
import { slide, type ProjectorActions } from './ProjectorView.ts';
import { isTyping, storiesUrl, toggleFullscreen, facilitatorUrl } from './navigation.ts';

export class Projector {
  readonly element: HTMLElement;
  private readonly session: FacilitatorSession;
  private readonly link: ProjectorLink | undefined;
  private readonly actions: ProjectorActions;
  private helpOpen = false;
  /** What the slide was last drawn from, so typing answers does not redraw it. */
  private drawn = '';
  /** Where this tab keeps the session, so a reload (or a stray F5) loses nothing. */
  private readonly saveKey: string;
  private readonly resumed: boolean;

  /** Throws if the story cannot start (the caller shows why). */
  constructor(
    private readonly story: CompiledStory,
    private readonly deps: FacilitatorDeps,
  ) {
    this.session = new FacilitatorSession({ storyId: story.id, compiledJson: story.json, meta: story.meta, scored: story.scored });
    this.saveKey = `common-ground:facilitate:${story.id}:${story.hash}`;
    this.resumed = this.resumeSaved();
    this.element = el('section', { class: 'fac fac--projector', 'aria-label': `${story.meta.title} — facilitated session` });
    const channel = openChannel(story.id);
    this.link = channel
      ? new ProjectorLink(channel, {
          onCommand: (command) => this.dispatch(command),
          onHello: () => this.publish(),
        })
      : undefined;
    this.actions = {
      onAdvance: () => this.dispatch({ type: 'advance' }),
      onBack: () => this.dispatch({ type: 'back' }),
      onVote: (choice, delta) => this.dispatch({ type: 'vote', choice, delta }),
      onChoose: (choice) => this.dispatch({ type: 'choose', choice }),
      onAnswers: (text) => this.dispatch({ type: 'answers', text }),
      onMap: (open) => this.dispatch({ type: 'map', open }),
      onSummary: () => this.dispatch({ type: 'summary' }),
      onPresenter: () => this.openPresenter(),
      onFullscreen: () => toggleFullscreen(),
      onHelp: () => this.setHelp(!this.helpOpen),
      onStories: () => window.location.assign(storiesUrl()),
      onNewSession: () => this.newSession(),
    };
    // The backdrop holds still on a projector: nothing moves unless the facilitator asks.
    deps.stage.setMotion(false);
    document.addEventListener('keydown', (event) => this.onKey(event));
    window.addEventListener('pagehide', () => this.link?.close());
  }

  /** Draw the first step and tell any open presenter window that the session is here. */
  start(): void {
    this.render();
    this.publish();
    if (this.resumed) this.deps.announce('Picked up the session where it was.');
  }

  private resumeSaved(): boolean {
    try {
      const saved = sessionStorage.getItem(this.saveKey);
      return saved !== null && this.session.resume(JSON.parse(saved));
    } catch {
      return false;
    }
  }

  private save(): void {
    try {
      sessionStorage.setItem(this.saveKey, JSON.stringify(this.session.save()));
    } catch {
      // Storage full or switched off: the session still runs, it just will not survive a reload.
    }
  }

  /** Forget this session and start the story again for a new room. */
  private newSession(): void {
    try {
      sessionStorage.removeItem(this.saveKey);
    } catch {
      // Nothing saved to forget.
    }
    window.location.reload();
  }

  /** Carry out a command from this window or the presenter's. */
  dispatch(command: Command): void {
    // Long text scrolls a screen at a time before the session moves on.
    const view = this.session.view();
    if (!view.blank && !view.mapOpen) {
      if (command.type === 'advance' && this.scrollCard(1)) return this.publish();
      if (command.type === 'back' && view.phase === 'reading' && this.scrollCard(-1)) return this.publish();
    }
    const result = this.session.apply(command);
    this.save();
    if (!result.ok) {
      this.deps.announce(result.message);
      this.link?.notice(result.message);
    }
    this.render();
    this.publish();
  }

  private publish(): void {
    this.link?.publish(this.session.view(), this.screenInfo());
  }

  private screenInfo(): ScreenInfo {
    const card = this.card();
    return { moreText: card !== null && card.scrollTop + card.clientHeight < card.scrollHeight - 2 };
  }

  private card(): HTMLElement | null {
    return this.element.querySelector<HTMLElement>('.fac-card');
  }

  /** Scroll the card a screen down (1) or up (-1); false when there is nothing more that way. */
  private scrollCard(direction: 1 | -1): boolean {
    const card = this.card();
    if (!card) return false;
    const room = direction > 0 ? card.scrollHeight - card.clientHeight - card.scrollTop : card.scrollTop;
    if (room <= 2) return false;
    card.scrollTop += direction * Math.max(40, card.clientHeight * 0.85);
    this.updateMore();
    return true;
  }

  private updateMore(): void {
    const card = this.card();
    card?.classList.toggle('fac-card--more', this.screenInfo().moreText);
  }

  private render(): void {
    const view = this.session.view();
    this.deps.stage.show(settingFor(view));
    const key = drawKey(view);
    if (key === this.drawn) {
      const box = this.element.querySelector<HTMLTextAreaElement>('textarea.fac-answers');
      if (box && document.activeElement !== box && box.value !== view.answers) box.value = view.answers;
      return;
    }
    const focusId = (document.activeElement as HTMLElement | null)?.dataset?.fid;
    const phaseChanged = !this.drawn.startsWith(`${view.phase}|${view.key}|`);
    this.drawn = key;
    const overlays: HTMLElement[] = [];
    if (view.mapOpen) overlays.push(this.mapOverlay(view));
    if (this.helpOpen) overlays.push(helpOverlay(() => this.setHelp(false)));
    const blank = el('div', { class: 'fac-blank', hidden: !view.blank, role: 'img', 'aria-label': 'The screen is blank. Press B to bring it back.' });
    const room = slide(view, this.actions);
    // Behind an open dialog or a blank screen, nothing can take focus or clicks.
    room.inert = overlays.length > 0 || view.blank;
    replaceChildren(this.element, room, ...overlays, blank);
    const card = this.card();
    card?.addEventListener('scroll', () => this.updateMore(), { passive: true });
    this.updateMore();
    this.restoreFocus(focusId, phaseChanged);
  }

  /** Keep keyboard focus where it was across a redraw; on a new step, start at its heading. */
  private restoreFocus(focusId: string | undefined, phaseChanged: boolean): void {
    const overlay = this.element.querySelector<HTMLElement>('.fac-overlay');
    const same = focusId ? this.element.querySelector<HTMLElement>(`[data-fid="${CSS.escape(focusId)}"]`) : null;
    if (same && !phaseChanged) return same.focus({ preventScroll: true });
    const target = overlay?.querySelector<HTMLElement>('h2, button') ?? (phaseChanged || !same ? this.element.querySelector<HTMLElement>('[data-step-heading]') : same);
    if (target && !target.hasAttribute('tabindex') && target.tagName.startsWith('H')) target.tabIndex = -1;
    target?.focus({ preventScroll: true });
  }

  private mapOverlay(view: SessionView): HTMLElement {
    return el(
      'div',
      { class: 'fac-overlay fac-map-overlay', role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': 'fac-map-heading' },
      el(
        'div',
        { class: 'fac-overlay__card fac-overlay__card--wide' },
        el(
          'div',
          { class: 'fac-overlay__head' },
          el('h2', { id: 'fac-map-heading', tabindex: '-1' }, 'Branch map'),
          button('Close', () => this.dispatch({ type: 'map', open: false }), { class: 'btn', 'data-fid': 'map-close' }),
        ),
        el('p', { class: 'fac-overlay__lede' }, 'Every choice point this session has visited. Go back to any of them and play it another way.'),
        branchMapElement(view, { onGoto: (key) => this.dispatch({ type: 'goto', key }) }),
      ),
    );
  }

  private setHelp(open: boolean): void {
    this.helpOpen = open;
    this.drawn = '';
    this.render();
  }

  private openPresenter(): void {
    const url = facilitatorUrl(this.story.id, 'presenter');
    const opened = window.open(url, `common-ground-presenter-${this.story.id}`, 'popup=yes,width=1280,height=800');
    if (!opened) this.deps.announce(`The browser blocked the new window. Open this address on the laptop: ${url}`);
  }

  private onKey(event: KeyboardEvent): void {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.repeat) return;
    if (isTyping(event.target) && event.key !== 'Escape') return;
    const view = this.session.view();
    const intent = intentForKey(event, { phase: view.phase, choiceCount: view.choices.length, blank: view.blank, mapOpen: view.mapOpen });
    if (!intent) return;
    // Keys that click a focused button keep doing so.
    if (event.key === 'Enter') return;
    event.preventDefault();
    this.handle(intent);
  }

  private handle(intent: KeyIntent): void {
    switch (intent.kind) {
      case 'help':
        return this.setHelp(!this.helpOpen);
      case 'close':
        if (this.helpOpen) this.setHelp(false);
        return;
      case 'fullscreen':
        return toggleFullscreen();
      case 'swallow':
        return;
      case 'command':
        if (this.helpOpen) this.setHelp(false);
        return this.dispatch(intent.command);
    }
  }
}

/** The illustrated setting behind each step. */
function settingFor(view: SessionView): string {
  if (view.phase === 'intro') return 'title';
  if (view.phase === 'what' || view.phase === 'so-what' || view.phase === 'now-what' || view.phase === 'summary') return 'debrief';
  return view.scene ?? 'title';
}

/** Everything the room's slide depends on (the answers box updates in place). */
function drawKey(view: SessionView): string {
  const { answers: _answers, startedAt: _started, summary, ...rest } = view;
  return `${view.phase}|${view.key}|${JSON.stringify(rest)}|${view.phase === 'summary' ? JSON.stringify({ ...summary, minutes: undefined }) : ''}`;
}
