/**
 * The menu screens: title, story select, content notes, debrief and the
 * error screen. Each is a function from data and callbacks to an element.
 */
import type { CatalogueEntry } from '../engine/storyInfo.ts';
import { isPracticeId, PRACTICES } from '../scoring/practices.ts';
import { readMeters, type ScoreTotals } from '../scoring/score.ts';
import { button, el } from './dom.ts';
import { meterReadingElement } from './MeterView.ts';

export function titleScreen(actions: { onPlay: () => void; onSettings: () => void; onContinue?: (() => void) | undefined; continueLabel?: string | undefined }): HTMLElement {
  return el(
    'section',
    { class: 'screen screen--title', 'aria-labelledby': 'title-heading' },
    el(
      'div',
      { class: 'title-card' },
      el('h1', { id: 'title-heading', class: 'title-card__name' }, 'Common Ground'),
      el('p', { class: 'title-card__tagline' }, 'Rehearse being an ally: speak up, listen, and back people up without taking over.'),
      el(
        'div',
        { class: 'title-card__actions' },
        actions.onContinue ? button(actions.continueLabel ?? 'Continue', actions.onContinue, { class: 'btn btn--primary' }) : null,
        button('Choose a story', actions.onPlay, { class: actions.onContinue ? 'btn' : 'btn btn--primary' }),
        button('Settings', actions.onSettings, { class: 'btn btn--quiet' }),
      ),
      el('p', { class: 'title-card__hint' }, 'Keys: 1–9 pick a choice. Everything works with a keyboard, a mouse, touch or a screen reader.'),
    ),
  );
}

export interface StorySelectActions {
  readonly onPick: (entry: CatalogueEntry) => void;
  readonly onBack: () => void;
  /** Story id → where its unfinished autosave stands ("4 choices in"). */
  readonly resumable: ReadonlyMap<string, string>;
  readonly onResume: (entry: CatalogueEntry) => void;
  readonly onSaves: (entry: CatalogueEntry) => void;
  /** Run the story for a room (facilitator mode); no button when absent. */
  readonly onFacilitate?: (entry: CatalogueEntry) => void;
}

export function storySelectScreen(stories: readonly CatalogueEntry[], actions: StorySelectActions): HTMLElement {
  const list = el('ul', { class: 'story-list' });
  for (const entry of stories) {
    const broken = entry.errors.length > 0;
    list.append(
      el(
        'li',
        { class: 'story-item' },
        el('h2', { class: 'story-item__title' }, entry.meta.title),
        entry.meta.durationMinutes !== undefined ? el('p', { class: 'story-item__duration' }, `About ${entry.meta.durationMinutes} minutes`) : null,
        entry.meta.summary ? el('p', { class: 'story-item__summary' }, entry.meta.summary) : null,
        broken ? el('pre', { class: 'story-item__errors', role: 'alert' }, entry.errors.join('\n')) : null,
        el(
          'div',
          { class: 'story-item__actions' },
          button(broken ? 'Cannot play: fix the errors above' : `Play ${entry.meta.title}`, () => actions.onPick(entry), { class: 'btn btn--primary', disabled: broken, 'data-story': entry.id }),
          actions.resumable.has(entry.id) ? button(`Continue (${actions.resumable.get(entry.id)})`, () => actions.onResume(entry), { class: 'btn', 'aria-label': `Continue ${entry.meta.title}, ${actions.resumable.get(entry.id)}` }) : null,
          button('Saves', () => actions.onSaves(entry), { class: 'btn btn--quiet', 'aria-label': `Saves for ${entry.meta.title}` }),
          actions.onFacilitate && !broken ? button('Facilitate', () => actions.onFacilitate?.(entry), { class: 'btn btn--quiet', 'aria-label': `Facilitate ${entry.meta.title} for a room`, 'data-facilitate': entry.id }) : null,
        ),
      ),
    );
  }
  return el(
    'section',
    { class: 'screen screen--select', 'aria-labelledby': 'select-heading' },
    el('div', { class: 'panel' }, el('div', { class: 'panel__head' }, el('h1', { id: 'select-heading' }, 'Choose a story'), button('Back', actions.onBack, { class: 'btn btn--quiet' })), list),
  );
}

export function contentNotesScreen(entry: CatalogueEntry, actions: { onBegin: () => void; onBack: () => void }): HTMLElement {
  const notes = entry.meta.contentNotes;
  return el(
    'section',
    { class: 'screen screen--notes', 'aria-labelledby': 'notes-heading' },
    el(
      'div',
      { class: 'panel panel--narrow' },
      el('h1', { id: 'notes-heading' }, entry.meta.title),
      entry.meta.summary ? el('p', {}, entry.meta.summary) : null,
      el('h2', {}, 'Before you start'),
      notes.length > 0
        ? el('ul', { class: 'content-notes', 'aria-label': 'Content notes' }, ...notes.map((n) => el('li', {}, n)))
        : el('p', {}, 'This story has no content notes.'),
      el('p', { class: 'muted' }, 'You can stop at any time with the Menu button.'),
      el('div', { class: 'actions' }, button('Begin', actions.onBegin, { class: 'btn btn--primary' }), button('Back to stories', actions.onBack, { class: 'btn' })),
    ),
  );
}

export interface DebriefData {
  readonly storyTitle: string;
  readonly endingTitle: string;
  readonly endingId: string | undefined;
  readonly reflection: readonly string[];
  readonly practices: readonly string[];
  readonly missed: readonly string[];
  /** Undefined for unscored stories: no meters are shown. */
  readonly totals: ScoreTotals | undefined;
}

export function debriefScreen(data: DebriefData, actions: { onReplay: () => void; onMenu: () => void }): HTMLElement {
  const practiceItem = (id: string, used: boolean) => {
    const p = isPracticeId(id) ? PRACTICES[id] : undefined;
    return el(
      'li',
      { class: `practice practice--${used ? 'used' : 'missed'}` },
      el('span', { class: 'practice__mark', 'aria-hidden': 'true' }, used ? '✓' : '○'),
      el(
        'span',
        {},
        el('span', { class: 'visually-hidden' }, used ? 'Used: ' : 'Missed: '),
        el('strong', {}, p?.name ?? id),
        p ? el('span', { class: 'practice__gist' }, ` — ${p.gist}`) : null,
      ),
    );
  };
  const practices = [...data.practices.map((id) => practiceItem(id, true)), ...data.missed.map((id) => practiceItem(id, false))];
  return el(
    'section',
    { class: 'screen screen--debrief', 'aria-labelledby': 'debrief-heading' },
    el(
      'div',
      { class: 'panel panel--debrief' },
      el('p', { class: 'eyebrow' }, `${data.storyTitle} · Ending`),
      el('h1', { id: 'debrief-heading' }, data.endingTitle),
      data.reflection.length > 0 ? el('div', { class: 'reflection' }, ...data.reflection.map((r) => el('p', {}, r))) : null,
      practices.length > 0 ? el('h2', {}, 'Ally practices') : null,
      practices.length > 0 ? el('ul', { class: 'practices' }, ...practices) : null,
      data.totals ? el('h2', {}, 'Your approach') : null,
      data.totals ? el('ul', { class: 'readings', 'aria-label': 'Your approach on three axes' }, ...readMeters(data.totals).map(meterReadingElement)) : null,
      data.totals ? el('p', { class: 'muted' }, 'The three are shown side by side on purpose: they are different skills, not one grade.') : null,
      el('div', { class: 'actions' }, button('Play again', actions.onReplay, { class: 'btn btn--primary' }), button('Choose another story', actions.onMenu, { class: 'btn' })),
    ),
  );
}

/** Something went wrong; say what, and offer a way on. Never a blank screen. */
export function errorScreen(title: string, details: string, actions: { onMenu: () => void }): HTMLElement {
  return el(
    'section',
    { class: 'screen screen--error', 'aria-labelledby': 'error-heading' },
    el(
      'div',
      { class: 'panel panel--narrow', role: 'alert' },
      el('h1', { id: 'error-heading' }, title),
      el('pre', { class: 'error-details' }, details),
      el('div', { class: 'actions' }, button('Back to the menu', actions.onMenu, { class: 'btn btn--primary' })),
    ),
  );
}
