/**
 * Facilitator mode's entry point, loaded on demand (players never download
 * it): `?story=<id>&mode=facilitate` opens the projected window and
 * `?story=<id>&mode=presenter` the presenter window.
 */
import './facilitator.css';
import type { CompiledStory } from '../../engine/storyInfo.ts';
import { replaceChildren } from '../dom.ts';
import { errorScreen } from '../screens.ts';
import type { FacilitatorDeps } from './deps.ts';
import { storiesUrl } from './navigation.ts';
import { Presenter } from './Presenter.ts';
import { Projector } from './Projector.ts';

/** Start the window the URL asks for; any problem is shown as a screen, never a blank page. */
export async function startFacilitator(deps: FacilitatorDeps, params: URLSearchParams): Promise<void> {
  const mode = params.get('mode') === 'presenter' ? 'presenter' : 'facilitate';
  document.documentElement.dataset.facilitator = mode;
  const fail = (title: string, details: string) => {
    replaceChildren(deps.root, errorScreen(title, details, { onMenu: () => window.location.assign(storiesUrl()) }));
    deps.root.querySelector<HTMLElement>('h1')?.focus();
  };
  const wanted = params.get('story');
  const entry = deps.catalogue.find((s) => s.id === wanted);
  if (!entry) {
    const known = deps.catalogue.map((s) => s.id).join(', ');
    return fail('Story not found', wanted ? `There is no story called "${wanted}" to facilitate.\nStories here: ${known}.` : `Facilitator mode needs a story: add ?story=<name> to the address.\nStories here: ${known}.`);
  }
  if (entry.errors.length > 0) return fail(`"${entry.meta.title}" has errors`, entry.errors.join('\n'));
  document.title = `${entry.meta.title} — ${mode === 'presenter' ? 'Presenter view' : 'Facilitating'} · Common Ground`;
  if (mode === 'presenter') {
    const presenter = new Presenter(entry, deps);
    replaceChildren(deps.root, presenter.element);
    presenter.start();
    return;
  }
  let story: CompiledStory;
  try {
    story = await entry.load();
  } catch (error) {
    return fail(`Could not load "${entry.meta.title}"`, error instanceof Error ? error.message : String(error));
  }
  let projector: Projector;
  try {
    projector = new Projector(story, deps);
  } catch (error) {
    console.error(error);
    return fail(`"${entry.meta.title}" could not start`, error instanceof Error ? error.message : String(error));
  }
  replaceChildren(deps.root, projector.element);
  projector.start();
}
