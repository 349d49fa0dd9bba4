/**
 * What the room sees on the projector, one step of the session at a time:
 * the title, the story text, the question, the choices and votes, and the
 * debrief. Never the facilitator's notes (scoring, where a choice leads).
 */
import type { SessionView } from '../../facilitator/session.ts';
import { votesOf } from '../../facilitator/summary.ts';
import { votesLabel } from '../../facilitator/votes.ts';
import { button, el, srOnly } from '../dom.ts';
import { keyBadge, profileElement, summaryPage, tallyBar } from './parts.ts';

export interface ProjectorActions {
  readonly onAdvance: () => void;
  readonly onBack: () => void;
  readonly onVote: (choice: number, delta: 1 | -1) => void;
  readonly onChoose: (choice: number) => void;
  readonly onAnswers: (text: string) => void;
  readonly onMap: (open: boolean) => void;
  readonly onSummary: () => void;
  readonly onPresenter: () => void;
  readonly onFullscreen: () => void;
  readonly onHelp: () => void;
  readonly onStories: () => void;
  readonly onNewSession: () => void;
}

/** The elements that are there, in order. */
function present(...items: (HTMLElement | null)[]): HTMLElement[] {
  return items.filter((n): n is HTMLElement => n !== null);
}

/** Where the story stands, in the top bar. */
function positionText(view: SessionView): string {
  switch (view.phase) {
    case 'intro':
      return 'Before we begin';
    case 'what':
    case 'so-what':
    case 'now-what':
      return 'Debrief';
    case 'summary':
      return 'Summary';
    default:
      return view.ending ? 'The ending' : view.pointNumber !== undefined ? `Choice point ${view.pointNumber}` : '';
  }
}

/** The heading that says what this step is, for everyone (and screen readers first). */
function stepHeading(text: string, level: 'h1' | 'h2' = 'h2', extra = ''): HTMLElement {
  return el(level, { class: `fac-step-heading ${extra}`.trim(), tabindex: '-1', 'data-step-heading': 'true' }, text);
}

function intro(view: SessionView, actions: ProjectorActions): HTMLElement[] {
  const m = view.meta;
  return present(
    el('p', { class: 'fac-eyebrow' }, m.durationMinutes !== undefined ? `A story to read together · about ${m.durationMinutes} minutes` : 'A story to read together'),
    el('h1', { class: 'fac-title', tabindex: '-1', 'data-step-heading': 'true' }, m.title),
    m.summary ? el('p', { class: 'fac-lede' }, m.summary) : null,
    m.contentNotes.length > 0
      ? el(
          'section',
          { class: 'fac-notes', 'aria-labelledby': 'fac-notes-heading' },
          el('h2', { id: 'fac-notes-heading', class: 'fac-notes__heading' }, 'Before we start'),
          el('ul', { class: 'fac-notes__list', 'aria-label': 'Content notes' }, ...m.contentNotes.map((n) => el('li', {}, n))),
        )
      : null,
    el('p', { class: 'fac-hint' }, 'We read, stop at each choice, talk it over, and decide together. There are no points and no right answers.'),
    el(
      'div',
      { class: 'fac-actions' },
      button('Begin the story', actions.onAdvance, { class: 'btn btn--primary fac-btn', 'data-fid': 'begin' }),
      button('Open presenter view', actions.onPresenter, { class: 'btn fac-btn', 'data-fid': 'presenter' }),
    ),
  );
}

function reading(view: SessionView): HTMLElement[] {
  const lines = view.paragraphs.map((p) =>
    p.speaker && p.speaker.toLowerCase() !== 'narrator'
      ? el('p', { class: 'fac-line fac-line--speech' }, el('span', { class: 'fac-speaker' }, p.speaker), srOnly(': '), el('span', {}, p.text))
      : el('p', { class: 'fac-line' }, p.text),
  );
  return present(
    el('h2', { class: 'visually-hidden', tabindex: '-1', 'data-step-heading': 'true' }, view.ending ? 'The ending' : 'The story'),
    view.chose ? el('p', { class: 'fac-chose' }, el('span', { class: 'fac-chose__label' }, 'The room chose'), el('span', { class: 'fac-chose__text' }, view.chose)) : null,
    el('div', { class: 'fac-text', 'data-scroll': 'text' }, ...lines),
  );
}

function discuss(view: SessionView): HTMLElement[] {
  return present(
    el('p', { class: 'fac-eyebrow' }, 'Talk about it'),
    view.context ? el('blockquote', { class: 'fac-context' }, view.context) : null,
    stepHeading(view.question, 'h2', 'fac-question'),
    el('p', { class: 'fac-hint' }, 'Take your time. The choices come next.'),
  );
}

function choices(view: SessionView, actions: ProjectorActions): HTMLElement[] {
  const revealed = view.phase === 'tally';
  const items = view.choices.map((c, position) =>
    el(
      'li',
      { class: `fac-choice${revealed && view.winner === c.index ? ' fac-choice--winner' : ''}`, 'data-choice': c.index },
      keyBadge(position),
      el('div', { class: 'fac-choice__body' }, el('p', { class: 'fac-choice__text' }, c.text), revealed ? tallyBar(view.tally, c.index) : null),
      el(
        'div',
        { class: 'fac-choice__actions' },
        revealed
          ? button('Go with this', () => actions.onChoose(c.index), { class: `btn btn--primary fac-btn${view.winner === c.index ? ' fac-btn--winner' : ''}`, 'aria-label': `Go with this: choice ${position + 1}, ${c.text}`, 'data-fid': `choose-${c.index}` })
          : el(
              'div',
              { class: 'fac-vote', role: 'group', 'aria-label': `Votes for choice ${position + 1}` },
              button('−', () => actions.onVote(c.index, -1), { class: 'btn fac-vote__btn', 'aria-label': `Take a vote from choice ${position + 1}`, 'data-fid': `minus-${c.index}` }),
              button('+', () => actions.onVote(c.index, 1), { class: 'btn fac-vote__btn', 'aria-label': `Add a vote for choice ${position + 1}`, 'data-fid': `plus-${c.index}` }),
            ),
      ),
    ),
  );
  const total = view.tally.total;
  return [
    stepHeading(view.question, 'h2', 'fac-question fac-question--small'),
    el('ol', { class: 'fac-choices', 'aria-label': 'Choices' }, ...items),
    el(
      'p',
      { class: 'fac-tally-note', role: 'status' },
      revealed
        ? total > 0
          ? `${votesLabel(total)} in all.`
          : 'No votes recorded. Pick the room’s choice with its button or number key.'
        : total > 0
          ? `${votesLabel(total)} recorded — the count stays hidden until it is revealed.`
          : 'Vote with a show of hands; the facilitator records it with the number keys or + buttons.',
    ),
  ];
}

function what(view: SessionView): HTMLElement[] {
  return present(
    el('p', { class: 'fac-eyebrow' }, 'Debrief · What?'),
    stepHeading('What happened?', 'h1'),
    view.ending ? el('p', { class: 'fac-lede' }, 'The story ended with ', el('strong', {}, `“${view.ending.title}”`), '.') : null,
    view.what.length > 0
      ? el(
          'ol',
          { class: 'fac-path', 'aria-label': 'The path and the votes at each point' },
          ...view.what.map((s, i) =>
            el(
              'li',
              { class: 'fac-path__step' },
              keyBadge(i),
              el('span', { class: 'fac-path__question' }, `Point ${s.pointNumber} · ${s.question}`),
              el('span', { class: 'fac-path__choice' }, el('span', { class: 'fac-path__label' }, 'The room chose: '), s.choice),
              el('span', { class: 'fac-path__votes' }, s.totalVotes === 0 ? 'No vote taken' : votesOf(s.votes, s.totalVotes)),
            ),
          ),
        )
      : el('p', {}, 'The story ended before any choice.'),
  );
}

function soWhat(view: SessionView): HTMLElement[] {
  const ending = view.ending;
  return present(
    el('p', { class: 'fac-eyebrow' }, 'Debrief · So what?'),
    stepHeading(ending ? ending.title : 'How it went', 'h1'),
    ...(ending?.reflection ?? []).map((r) => el('p', { class: 'fac-reflection' }, r)),
    el('p', { class: 'fac-prompt' }, 'How do you think the person it was about experienced this?'),
    view.scored && ending ? profileElement(ending.totals, 'The room’s approach on three axes') : null,
    view.scored ? null : el('p', { class: 'fac-hint' }, 'This story is not scored: talk about how each person in it might have felt.'),
  );
}

function nowWhat(view: SessionView, actions: ProjectorActions): HTMLElement[] {
  const box = el('textarea', { id: 'fac-answers', class: 'fac-answers', rows: 4, 'data-fid': 'answers', spellcheck: 'true' });
  box.value = view.answers;
  box.addEventListener('input', () => actions.onAnswers(box.value));
  return present(
    el('p', { class: 'fac-eyebrow' }, 'Debrief · Now what?'),
    stepHeading('Name one thing you will do next time.', 'h1'),
    el('p', { class: 'fac-lede' }, 'Think of a real place: a table, a meeting, a garden. What is one small thing you will say or do?'),
    el('label', { class: 'fac-answers__label', for: 'fac-answers' }, 'The room’s answers (one per line; they go into the summary)'),
    box,
  );
}

/** The content of the card for the current step. */
export function stepContent(view: SessionView, actions: ProjectorActions): HTMLElement[] {
  switch (view.phase) {
    case 'intro':
      return intro(view, actions);
    case 'reading':
      return reading(view);
    case 'discuss':
      return discuss(view);
    case 'vote':
    case 'tally':
      return choices(view, actions);
    case 'what':
      return what(view);
    case 'so-what':
      return soWhat(view);
    case 'now-what':
      return nowWhat(view, actions);
    case 'summary':
      return [summaryPage(view.summary, { onExplore: () => actions.onMap(true), onBack: actions.onBack, onStories: actions.onStories, onNewSession: actions.onNewSession })];
  }
}

/** The whole slide: top bar, card, control bar. */
export function slide(view: SessionView, actions: ProjectorActions): HTMLElement {
  const top = el(
    'header',
    { class: 'fac-top' },
    el('span', { class: 'fac-top__brand' }, 'Common Ground'),
    el('span', { class: 'fac-top__title' }, view.meta.title),
    el('span', { class: 'fac-top__position' }, positionText(view)),
  );
  const card = el('div', { class: `fac-card fac-card--${view.phase}` }, ...stepContent(view, actions));
  const controls = el(
    'nav',
    { class: 'fac-controls', 'aria-label': 'Facilitator controls' },
    button(`← ${view.backLabel ?? 'Back'}`, actions.onBack, { class: 'btn fac-ctl', disabled: view.backLabel === undefined, 'data-fid': 'back', 'aria-keyshortcuts': 'ArrowLeft PageUp' }),
    el(
      'span',
      { class: 'fac-controls__tools' },
      button('Branch map', () => actions.onMap(true), { class: 'btn btn--quiet fac-ctl', 'data-fid': 'map', 'aria-keyshortcuts': 'M' }),
      button('Summary', actions.onSummary, { class: 'btn btn--quiet fac-ctl', 'data-fid': 'summary', 'aria-keyshortcuts': 'S' }),
      button('Presenter view', actions.onPresenter, { class: 'btn btn--quiet fac-ctl', 'data-fid': 'presenter-bar' }),
      button('Full screen', actions.onFullscreen, { class: 'btn btn--quiet fac-ctl', 'data-fid': 'fullscreen', 'aria-keyshortcuts': 'F' }),
      button('Keys (?)', actions.onHelp, { class: 'btn btn--quiet fac-ctl', 'data-fid': 'help', 'aria-keyshortcuts': '?' }),
    ),
    button(`${view.nextLabel} →`, actions.onAdvance, { class: 'btn btn--primary fac-ctl', 'data-fid': 'next', 'aria-keyshortcuts': 'ArrowRight PageDown Space' }),
  );
  return el('div', { class: `fac-slide fac-slide--${view.phase}`, 'data-phase': view.phase }, top, el('div', { class: 'fac-main' }, card), controls);
}
