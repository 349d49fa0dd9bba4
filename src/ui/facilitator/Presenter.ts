/**
 * The presenter window, on the facilitator's own screen: what the projector
 * shows now, the facilitator's notes (the question, what each choice is
 * scored as, where it leads, the votes so far), an elapsed-time clock, and
 * controls that drive the projected window over the channel.
 */
import { intentForKey } from '../../facilitator/keys.ts';
import { profileLine } from '../../facilitator/scoreNotes.ts';
import { BranchMap } from '../../facilitator/branchMap.ts';
import type { Consequence } from '../../facilitator/lookahead.ts';
import type { Command, SessionView } from '../../facilitator/session.ts';
import { PresenterLink, type ScreenInfo } from '../../facilitator/sync.ts';
import { votesLabel } from '../../facilitator/votes.ts';
import type { CatalogueEntry } from '../../engine/storyInfo.ts';
import { button, el, replaceChildren } from '../dom.ts';
import { openChannel } from './channel.ts';
import type { FacilitatorDeps } from './deps.ts';
import { facilitatorUrl, isTyping, toggleFullscreen } from './navigation.ts';
import { branchMapElement, clockText, helpOverlay, keyBadge, summaryActions, summaryPage } from './parts.ts';

const PHASE_NAMES: Record<SessionView['phase'], string> = {
  intro: 'Title and content notes',
  reading: 'Reading the story',
  discuss: 'The question for the room',
  vote: 'Choices on screen — votes hidden',
  tally: 'Votes revealed',
  what: 'Debrief: What?',
  'so-what': 'Debrief: So what?',
  'now-what': 'Debrief: Now what?',
  summary: 'Session summary',
};

export class Presenter {
  readonly element: HTMLElement;
  private readonly link: PresenterLink | undefined;
  private view: SessionView | undefined;
  private screen: ScreenInfo = { moreText: false };
  private readonly status = el('p', { class: 'fac-p-status', role: 'status' });
  private readonly clock = el('p', { class: 'fac-p-clock', 'aria-label': 'Elapsed time' }, '00:00');
  private readonly body = el('div', { class: 'fac-p-body' });
  private readonly answers: HTMLTextAreaElement;
  // Hosts redrawn on every state; the answers box is never detached, so typing keeps its focus.
  private readonly waitingHost = el('div', { class: 'fac-p-waiting-host' });
  private readonly mainHost = el('div', { class: 'fac-p-main' });
  private readonly controlsHost = el('div', {});
  private readonly sideHost = el('div', {});
  private readonly grid: HTMLElement;
  private readonly overlay = el('div', { class: 'fac-p-overlay-host' });
  /** The summary as printed from this window (hidden on screen). */
  private readonly printHost = el('div', { class: 'fac-print-only' });
  private helpOpen = false;

  constructor(
    private readonly entry: CatalogueEntry,
    private readonly deps: FacilitatorDeps,
  ) {
    this.answers = el('textarea', { id: 'fac-p-answers', class: 'fac-p-answers', rows: 4, 'data-fid': 'p-answers' });
    this.answers.addEventListener('input', () => this.send({ type: 'answers', text: this.answers.value }));
    this.grid = el('div', { class: 'fac-p-grid' }, this.mainHost, el('div', { class: 'fac-p-side' }, this.controlsHost, this.answersSection(), this.sideHost));
    replaceChildren(this.body, this.waitingHost, this.grid);
    this.element = el(
      'section',
      { class: 'fac fac--presenter', 'aria-labelledby': 'fac-p-heading' },
      el(
        'header',
        { class: 'fac-p-top' },
        el('div', { class: 'fac-p-top__title' }, el('p', { class: 'eyebrow' }, 'Presenter view · only you see this'), el('h1', { id: 'fac-p-heading' }, entry.meta.title)),
        this.status,
        el('div', { class: 'fac-p-clockbox' }, el('span', { class: 'fac-p-clock__label' }, 'Elapsed'), this.clock),
      ),
      this.body,
      this.overlay,
      this.printHost,
    );
    const channel = openChannel(entry.id);
    this.link = channel
      ? new PresenterLink(channel, {
          onState: (view, screen) => this.onState(view, screen),
          onNotice: (message) => deps.announce(message),
          onConnection: () => this.render(),
        })
      : undefined;
    document.addEventListener('keydown', (event) => this.onKey(event));
    window.addEventListener('pagehide', () => this.link?.close());
    setInterval(() => this.tick(), 1000);
  }

  start(): void {
    this.render();
  }

  private onState(view: SessionView, screen: ScreenInfo): void {
    this.view = view;
    this.screen = screen;
    this.render();
  }

  private send(command: Command): void {
    if (!this.link?.connected) {
      this.deps.announce('Not connected to the projector window yet.');
      return;
    }
    this.link.send(command);
  }

  private tick(): void {
    const started = this.view?.startedAt;
    this.clock.textContent = clockText(started === undefined ? 0 : Date.now() - started);
    this.clock.dataset.running = String(started !== undefined);
  }

  private render(): void {
    const connected = this.link?.connected ?? false;
    this.status.textContent = !this.link ? 'This browser cannot link windows' : connected ? (this.view?.blank ? 'Connected · projector is BLANK' : 'Connected to the projector') : 'Waiting for the projector window…';
    this.status.dataset.state = connected ? (this.view?.blank ? 'blank' : 'connected') : 'waiting';
    this.tick();
    const focusId = (document.activeElement as HTMLElement | null)?.dataset?.fid;
    const view = this.view;
    const live = connected && view !== undefined;
    this.grid.hidden = !live;
    this.waitingHost.hidden = live;
    if (!live) replaceChildren(this.waitingHost, this.waiting());
    else {
      replaceChildren(this.mainHost, this.nowShowing(view), this.notes(view));
      replaceChildren(this.controlsHost, this.controls(view));
      replaceChildren(this.sideHost, this.mapSection(view), this.summarySection(view));
      replaceChildren(this.printHost, summaryPage(view.summary, { onExplore: () => undefined, onBack: () => undefined, onStories: () => undefined }));
    }
    replaceChildren(this.overlay, this.helpOpen ? helpOverlay(() => this.setHelp(false)) : null);
    this.body.inert = this.helpOpen;
    if (document.activeElement !== this.answers && view && this.answers.value !== view.answers) this.answers.value = view.answers;
    if (focusId) this.element.querySelector<HTMLElement>(`[data-fid="${CSS.escape(focusId)}"]`)?.focus({ preventScroll: true });
  }

  private waiting(): HTMLElement {
    return el(
      'div',
      { class: 'fac-p-waiting panel panel--narrow' },
      el('h2', {}, 'Open the projector window'),
      el('p', {}, 'This window shows your notes and controls the projected window. Open the projector window in this same browser, move it to the projector and make it full screen (F).'),
      el('p', { class: 'muted' }, 'Both windows must be in the same browser profile. Nothing is sent over the network.'),
      el(
        'div',
        { class: 'actions' },
        button('Open the projector window', () => this.openProjector(), { class: 'btn btn--primary', 'data-fid': 'open-projector' }),
        button('Look again', () => this.link?.hello(), { class: 'btn', 'data-fid': 'hello' }),
      ),
    );
  }

  private openProjector(): void {
    const url = facilitatorUrl(this.entry.id, 'facilitate');
    if (!window.open(url, `common-ground-projector-${this.entry.id}`)) this.deps.announce(`The browser blocked the new window. Open this address: ${url}`);
  }

  private nowShowing(view: SessionView): HTMLElement {
    let preview: HTMLElement | null = null;
    if (view.phase === 'reading') preview = el('div', { class: 'fac-p-preview' }, ...view.paragraphs.map((p) => el('p', {}, p.speaker ? `${p.speaker}: ${p.text}` : p.text)));
    else if (view.phase === 'discuss') preview = el('p', { class: 'fac-p-preview fac-p-preview--question' }, view.question);
    else if (view.phase === 'intro') preview = el('p', { class: 'fac-p-preview' }, view.meta.contentNotes.length > 0 ? `Content notes: ${view.meta.contentNotes.join('; ')}` : 'No content notes.');
    else if ((view.phase === 'what' || view.phase === 'so-what') && view.ending) preview = el('p', { class: 'fac-p-preview' }, `Ending: ${view.ending.title}`);
    return el(
      'section',
      { class: 'fac-p-card', 'aria-labelledby': 'fac-p-now' },
      el('h2', { id: 'fac-p-now' }, 'On the projector now'),
      el('p', { class: 'fac-p-phase' }, view.blank ? `BLANK (press B to bring back) — ${PHASE_NAMES[view.phase]}` : PHASE_NAMES[view.phase], view.pointNumber !== undefined && !view.ending ? ` · Point ${view.pointNumber}` : ''),
      preview,
      this.screen.moreText ? el('p', { class: 'fac-p-more' }, 'More text below on the projector: Next scrolls it.') : null,
    );
  }

  private notes(view: SessionView): HTMLElement {
    if (view.ending || view.choices.length === 0) {
      return el(
        'section',
        { class: 'fac-p-card', 'aria-labelledby': 'fac-p-notes' },
        el('h2', { id: 'fac-p-notes' }, 'Facilitator notes'),
        view.ending ? el('p', {}, el('strong', {}, `Ending: ${view.ending.title}`), view.scored ? ` — ${profileLine(view.ending.totals)}` : '') : el('p', {}, 'No choice here.'),
        ...(view.ending?.reflection ?? []).map((r) => el('p', { class: 'muted' }, r)),
        el('p', { class: 'muted' }, 'Debrief: What? (the path and the votes) · So what? (how it felt; the three axes side by side) · Now what? (one thing each person will do).'),
      );
    }
    const map = BranchMap.fromJSON(view.map);
    const rows = view.choices.map((c, position) => {
      const outcome = map.outcome(view.key, c.index);
      const reached = map.endingsVia(view.key, c.index);
      return el(
        'tr',
        { 'data-choice': c.index, class: view.phase === 'tally' && view.winner === c.index ? 'fac-p-row--winner' : undefined },
        el('td', {}, keyBadge(position)),
        el('td', { class: 'fac-p-choice' }, c.text),
        el('td', {}, el('ul', { class: 'fac-p-tags' }, ...c.scoredAs.map((t) => el('li', {}, t)))),
        el('td', { class: 'fac-p-leads' }, consequenceText(c.leadsTo), outcome.kind !== 'unexplored' ? el('span', { class: 'fac-p-explored' }, `Explored this session${reached.length > 0 ? `: ${reached.map((e) => e.title).join(', ')}` : ''}`) : null),
        el(
          'td',
          { class: 'fac-p-votes' },
          button('−', () => this.send({ type: 'vote', choice: c.index, delta: -1 }), { class: 'btn fac-p-vote', 'aria-label': `Take a vote from choice ${position + 1}`, 'data-fid': `p-minus-${c.index}` }),
          el('output', { class: 'fac-p-count', 'aria-label': `Votes for choice ${position + 1}` }, String(view.tally.counts[c.index] ?? 0)),
          button('+', () => this.send({ type: 'vote', choice: c.index, delta: 1 }), { class: 'btn fac-p-vote', 'aria-label': `Add a vote for choice ${position + 1}`, 'data-fid': `p-plus-${c.index}` }),
        ),
        el('td', {}, button('Choose', () => this.send({ type: 'choose', choice: c.index }), { class: 'btn fac-p-choose', 'aria-label': `Choose ${position + 1}: ${c.text}`, 'data-fid': `p-choose-${c.index}` })),
      );
    });
    return el(
      'section',
      { class: 'fac-p-card', 'aria-labelledby': 'fac-p-notes' },
      el('h2', { id: 'fac-p-notes' }, 'Facilitator notes'),
      el('p', { class: 'fac-p-label' }, view.questionIsDefault ? 'Question for the room (default; the story gives none here)' : 'Question for the room'),
      el('p', { class: 'fac-p-question' }, view.question),
      el(
        'table',
        { class: 'fac-p-table' },
        el('caption', { class: 'visually-hidden' }, 'The choices, what each is scored as, where it leads, and the votes'),
        el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, '#'), el('th', { scope: 'col' }, 'Choice'), el('th', { scope: 'col' }, 'Scored as'), el('th', { scope: 'col' }, 'Leads to'), el('th', { scope: 'col' }, 'Votes'), el('th', { scope: 'col' }, el('span', { class: 'visually-hidden' }, 'Pick')))),
        el('tbody', {}, ...rows),
      ),
      el('p', { class: 'fac-p-tally' }, `${votesLabel(view.tally.total)} recorded · ${view.tally.revealed ? 'revealed to the room' : 'hidden from the room'}`),
    );
  }

  private controls(view: SessionView): HTMLElement {
    const inChoices = view.phase === 'vote' || view.phase === 'tally';
    return el(
      'section',
      { class: 'fac-p-card', 'aria-labelledby': 'fac-p-controls' },
      el('h2', { id: 'fac-p-controls' }, 'Controls'),
      el(
        'div',
        { class: 'fac-p-stepper' },
        button(`← ${view.backLabel ?? 'Back'}`, () => this.send({ type: 'back' }), { class: 'btn fac-p-step', disabled: view.backLabel === undefined, 'data-fid': 'p-back' }),
        button(`${this.screen.moreText ? 'Show more text' : view.nextLabel} →`, () => this.send({ type: 'advance' }), { class: 'btn btn--primary fac-p-step', disabled: view.phase === 'summary' && !this.screen.moreText, 'data-fid': 'p-next' }),
      ),
      el(
        'div',
        { class: 'fac-p-tools' },
        inChoices ? button('Clear the votes', () => this.send({ type: 'clear-votes' }), { class: 'btn', 'data-fid': 'p-clear' }) : null,
        button(view.blank ? 'Show the screen' : 'Blank the screen', () => this.send({ type: 'blank', on: !view.blank }), { class: 'btn', 'aria-pressed': view.blank ? 'true' : 'false', 'data-fid': 'p-blank' }),
        button(view.mapOpen ? 'Close the branch map' : 'Show the branch map', () => this.send({ type: 'map', open: !view.mapOpen }), { class: 'btn', 'data-fid': 'p-map' }),
        button('Keys (?)', () => this.setHelp(true), { class: 'btn btn--quiet', 'data-fid': 'p-help' }),
        button('Full screen', () => toggleFullscreen(), { class: 'btn btn--quiet', 'data-fid': 'p-full' }),
      ),
    );
  }

  private answersSection(): HTMLElement {
    return el(
      'section',
      { class: 'fac-p-card', 'aria-labelledby': 'fac-p-answers-heading' },
      el('h2', { id: 'fac-p-answers-heading' }, 'Now what? The room’s answers'),
      el('label', { for: 'fac-p-answers', class: 'fac-p-label' }, 'One per line. They show on the projector’s “Now what?” step and go into the summary.'),
      this.answers,
    );
  }

  private mapSection(view: SessionView): HTMLElement {
    return el(
      'section',
      { class: 'fac-p-card', 'aria-labelledby': 'fac-p-map' },
      el('h2', { id: 'fac-p-map' }, 'Branch map'),
      branchMapElement(view, { onGoto: (key) => this.send({ type: 'goto', key }) }, { compact: true }),
    );
  }

  private summarySection(view: SessionView): HTMLElement {
    return el(
      'section',
      { class: 'fac-p-card', 'aria-labelledby': 'fac-p-summary' },
      el('h2', { id: 'fac-p-summary' }, 'Session summary'),
      el('p', { class: 'muted' }, 'The path, the votes at each point, the branches explored, the endings and the room’s answers.'),
      summaryActions(view.summary),
      button('Show the summary on the projector', () => this.send({ type: 'summary' }), { class: 'btn btn--quiet', 'data-fid': 'p-show-summary' }),
    );
  }

  private setHelp(open: boolean): void {
    this.helpOpen = open;
    this.render();
    if (open) this.overlay.querySelector<HTMLElement>('button')?.focus();
  }

  private onKey(event: KeyboardEvent): void {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.repeat || event.key === 'Enter') return;
    if (isTyping(event.target) && event.key !== 'Escape') return;
    const view = this.view;
    const intent = intentForKey(event, { phase: view?.phase ?? 'intro', choiceCount: view?.choices.length ?? 0, blank: view?.blank ?? false, mapOpen: view?.mapOpen ?? false });
    if (!intent) return;
    event.preventDefault();
    if (intent.kind === 'help') return this.setHelp(!this.helpOpen);
    if (intent.kind === 'close') return this.setHelp(false);
    if (intent.kind === 'fullscreen') return toggleFullscreen();
    if (intent.kind === 'swallow') return;
    if (this.helpOpen) this.setHelp(false);
    this.send(intent.command);
  }
}

/** One step ahead, in words, for the notes. */
function consequenceText(c: Consequence | undefined): HTMLElement {
  if (!c) return el('span', {}, '—');
  if (c.kind === 'error') return el('span', { class: 'fac-p-error' }, `This choice stops with an error: ${c.message}`);
  if (c.kind === 'ending') return el('span', {}, el('strong', {}, `Ending: ${c.title}`), c.preview ? el('span', { class: 'fac-p-preview-line' }, c.preview) : null);
  return el('span', {}, c.preview ? el('span', { class: 'fac-p-preview-line' }, c.preview) : 'Straight on to the next choice', c.question ? el('span', { class: 'fac-p-next-q' }, `Next question: ${c.question}`) : null);
}
