/**
 * Pieces both facilitator windows draw: the vote chart, the branch map, the
 * three-axis profile, the help overlay and the session summary page.
 * Story text arrives as data and is only ever set with textContent.
 */
import { BranchMap, type MapEnding, type MapPoint } from '../../facilitator/branchMap.ts';
import { KEY_HELP } from '../../facilitator/keys.ts';
import { DEFAULT_QUESTION } from '../../facilitator/points.ts';
import { profileLine } from '../../facilitator/scoreNotes.ts';
import type { SessionView } from '../../facilitator/session.ts';
import { minutesText, routeTitle, summaryCsv, summaryFileStem, summaryMarkdown, votesOf, type SessionSummary } from '../../facilitator/summary.ts';
import { tallyBars, VoteBook, votesLabel, type Tally } from '../../facilitator/votes.ts';
import { readMeters, type ScoreTotals } from '../../scoring/score.ts';
import { button, el, srOnly } from '../dom.ts';
import { meterReadingElement } from '../MeterView.ts';
import { downloadText } from './download.ts';

/** The round number badge of a choice (its key on the keyboard). */
export function keyBadge(index: number): HTMLElement {
  return el('span', { class: 'fac-badge', 'aria-hidden': 'true' }, String(index + 1));
}

/**
 * One choice's bar in the revealed chart: the count and share in words and
 * numbers, the bar's length, and a "Most votes" label — never colour alone.
 */
export function tallyBar(tally: Tally, index: number): HTMLElement {
  const bar = tallyBars(tally)[index] ?? { count: 0, share: 0, leading: false };
  const percent = Math.round(bar.share * 100);
  return el(
    'div',
    { class: `fac-bar${bar.leading ? ' fac-bar--leading' : ''}`, 'data-votes': bar.count },
    el('span', { class: 'fac-bar__track', 'aria-hidden': 'true' }, el('span', { class: 'fac-bar__fill', style: `width: ${Math.max(bar.count > 0 ? 2 : 0, percent)}%` })),
    el('span', { class: 'fac-bar__count' }, `${votesLabel(bar.count)}${tally.total > 0 ? ` · ${percent}%` : ''}`),
    bar.leading ? el('span', { class: 'fac-bar__lead' }, 'Most votes') : null,
  );
}

/** The three meters side by side, with their readings (never summed). */
export function profileElement(totals: ScoreTotals, label: string): HTMLElement {
  return el(
    'div',
    { class: 'fac-profile' },
    el('ul', { class: 'readings fac-profile__meters', 'aria-label': label }, ...readMeters(totals).map(meterReadingElement)),
    el('p', { class: 'fac-profile__note' }, 'Three different skills, side by side — never added up into one grade.'),
  );
}

/** Depth-first order of the visited points, so the map reads like a tree. */
function treeOrder(points: readonly MapPoint[]): MapPoint[] {
  const indices = (key: string) => (key === '' ? [] : key.split('.').map(Number));
  return [...points].sort((a, b) => {
    const x = indices(a.key);
    const y = indices(b.key);
    for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
    return x.length - y.length;
  });
}

function endingLine(ending: MapEnding, scored: boolean): HTMLElement {
  return el(
    'span',
    { class: 'fac-map__ending' },
    el('strong', {}, `Ending: ${ending.title}`),
    scored ? el('span', { class: 'fac-map__profile' }, profileLine(ending.totals)) : null,
  );
}

/**
 * The branch map: each visited choice point (indented by depth), each of its
 * choices marked explored or not, and where each explored choice led.
 */
export function branchMapElement(view: SessionView, actions: { onGoto: (key: string) => void }, options: { compact?: boolean } = {}): HTMLElement {
  const map = BranchMap.fromJSON(view.map);
  const votes = VoteBook.fromJSON(view.votes);
  const onPath = (key: string) => view.key === key || view.key.startsWith(key === '' ? '' : `${key}.`);
  const items = treeOrder(map.points()).map((point) => {
    const tally = votes.tally(point.key, point.choices.length);
    const here = view.key === point.key;
    const choices = point.choices.map((c) => {
      const outcome = map.outcome(point.key, c.index);
      const explored = outcome.kind !== 'unexplored';
      return el(
        'li',
        { class: `fac-map__choice${explored ? ' fac-map__choice--explored' : ''}` },
        el('span', { class: 'fac-map__mark', 'aria-hidden': 'true' }, explored ? '✓' : '○'),
        el(
          'span',
          { class: 'fac-map__choice-text' },
          srOnly(explored ? 'Explored: ' : 'Not explored yet: '),
          `${c.index + 1}. ${c.text}`,
          tally.total > 0 ? el('span', { class: 'fac-map__votes' }, ` (${votesOf(tally.counts[c.index] ?? 0, tally.total)})`) : null,
        ),
        outcome.kind === 'point' ? el('span', { class: 'fac-map__leads' }, `→ Point ${outcome.point.number}`) : null,
        outcome.kind === 'ending' ? el('span', { class: 'fac-map__leads' }, '→ ', endingLine(outcome.ending, view.scored)) : null,
      );
    });
    return el(
      'li',
      { class: `fac-map__point${here ? ' fac-map__point--here' : ''}${onPath(point.key) ? ' fac-map__point--path' : ''}`, style: `--depth: ${point.depth}`, 'data-point': point.key },
      el(
        'div',
        { class: 'fac-map__head' },
        el('h3', { class: 'fac-map__title' }, `Point ${point.number}`, here ? el('span', { class: 'fac-map__here' }, ' · you are here') : null),
        here ? null : button('Explore from here', () => actions.onGoto(point.key), { class: 'btn fac-map__goto', 'aria-label': `Go back to point ${point.number} and explore from there` }),
      ),
      options.compact ? null : el('p', { class: 'fac-map__context' }, point.context),
      options.compact ? null : el('p', { class: 'fac-map__question' }, point.question ?? DEFAULT_QUESTION),
      el('ul', { class: 'fac-map__choices' }, ...choices),
    );
  });
  const endings = map.endings();
  return el(
    'div',
    { class: `fac-map${options.compact ? ' fac-map--compact' : ''}` },
    items.length > 0 ? el('ol', { class: 'fac-map__points', 'aria-label': 'Choice points visited' }, ...items) : el('p', {}, 'No choice point visited yet.'),
    endings.length > 0
      ? el(
          'p',
          { class: 'fac-map__summary' },
          `Endings reached: ${endings.length} — ${endings.map((e) => e.title).join(', ')}`,
        )
      : null,
  );
}

/** The keys, as a table, in an overlay that any key press or the button closes. */
export function helpOverlay(onClose: () => void): HTMLElement {
  return el(
    'div',
    { class: 'fac-overlay fac-help', role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': 'fac-help-heading' },
    el(
      'div',
      { class: 'fac-overlay__card' },
      el('h2', { id: 'fac-help-heading' }, 'Keys for facilitators'),
      el(
        'table',
        { class: 'fac-help__table' },
        el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Key'), el('th', { scope: 'col' }, 'What it does'))),
        el('tbody', {}, ...KEY_HELP.map((k) => el('tr', {}, el('td', {}, el('kbd', {}, k.keys)), el('td', {}, k.does)))),
      ),
      el('p', { class: 'muted' }, 'A presentation clicker works too: next, previous and blank.'),
      button('Close', onClose, { class: 'btn btn--primary', 'data-close': 'help' }),
    ),
  );
}

/** The summary's downloads and print, as buttons. */
export function summaryActions(summary: SessionSummary): HTMLElement {
  const stem = summaryFileStem(summary);
  return el(
    'div',
    { class: 'actions fac-summary__actions' },
    button('Print or save as PDF', () => window.print(), { class: 'btn btn--primary' }),
    button('Download Markdown', () => downloadText(`${stem}.md`, summaryMarkdown(summary), 'text/markdown'), { class: 'btn' }),
    button('Download CSV', () => downloadText(`${stem}.csv`, summaryCsv(summary), 'text/csv'), { class: 'btn' }),
  );
}

/** The printable session summary. */
export function summaryPage(summary: SessionSummary, actions: { onExplore: () => void; onBack: () => void; onStories: () => void; onNewSession?: () => void }): HTMLElement {
  const date = new Date(summary.started);
  const when = `${date.toLocaleDateString(undefined, { year: 'numeric', month: 'long', day: 'numeric' })}${summary.minutes !== undefined ? ` · ${minutesText(summary.minutes)}` : ''}`;
  const routes = summary.routes.map((r) =>
    el(
      'section',
      { class: 'fac-summary__route' },
      el('h3', {}, routeTitle(r)),
      r.steps.length > 0
        ? el(
            'table',
            { class: 'fac-table' },
            el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Point'), el('th', { scope: 'col' }, 'Question'), el('th', { scope: 'col' }, 'The room chose'), el('th', { scope: 'col' }, 'Votes'))),
            el('tbody', {}, ...r.steps.map((s) => el('tr', {}, el('td', {}, String(s.point)), el('td', {}, s.question), el('td', {}, `${s.choice}. ${s.choiceText}`), el('td', {}, votesOf(s.votes, s.totalVotes))))),
          )
        : null,
      r.ending?.profile ? el('p', { class: 'fac-summary__profile' }, r.ending.profile.map((a) => `${a.label}: ${a.level} (${a.percent}%)`).join(' · ')) : null,
    ),
  );
  const points = summary.points.map((p) =>
    el(
      'section',
      { class: 'fac-summary__point' },
      el('h3', {}, `Point ${p.number}`),
      p.context ? el('blockquote', {}, p.context) : null,
      el('p', {}, el('strong', {}, 'Question: '), p.question),
      el(
        'table',
        { class: 'fac-table' },
        el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Choice'), el('th', { scope: 'col' }, 'Votes'), el('th', { scope: 'col' }, 'Led to'))),
        el('tbody', {}, ...p.choices.map((c) => el('tr', {}, el('td', {}, `${c.number}. ${c.text}`), el('td', {}, String(c.votes)), el('td', {}, c.ledTo)))),
      ),
    ),
  );
  return el(
    'article',
    { class: 'fac-summary', 'aria-labelledby': 'fac-summary-heading' },
    el('p', { class: 'eyebrow' }, 'Session summary'),
    el('h1', { id: 'fac-summary-heading', tabindex: '-1' }, summary.title),
    el('p', { class: 'fac-summary__meta' }, `${when} · ${summary.points.length} choice ${summary.points.length === 1 ? 'point' : 'points'} · ${summary.endingsReached} ${summary.endingsReached === 1 ? 'ending' : 'endings'} reached`),
    summaryActions(summary),
    el('h2', {}, 'Routes played'),
    routes.length > 0 ? el('div', {}, ...routes) : el('p', {}, 'The room has not made a choice yet.'),
    el('h2', {}, 'Now what? The room’s answers'),
    summary.answers.length > 0 ? el('ul', { class: 'fac-summary__answers' }, ...summary.answers.map((a) => el('li', {}, a))) : el('p', { class: 'muted' }, 'No answers were written down.'),
    el('h2', {}, 'Votes at each choice point'),
    ...points,
    el(
      'div',
      { class: 'actions fac-summary__nav' },
      button('Explore another branch', actions.onExplore, { class: 'btn' }),
      button('Back', actions.onBack, { class: 'btn' }),
      actions.onNewSession ? button('Start a new session', actions.onNewSession, { class: 'btn' }) : null,
      button('Choose another story', actions.onStories, { class: 'btn btn--quiet' }),
    ),
  );
}

/** mm:ss (or h:mm:ss) for the presenter's clock. */
export function clockText(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const two = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${two(m)}:${two(s)}` : `${two(m)}:${two(s)}`;
}
