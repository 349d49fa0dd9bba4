/** What the facilitator windows need from the composition root (src/main.ts). */
import type { Stage } from '../../app/Stage.ts';
import type { CatalogueEntry } from '../../engine/storyInfo.ts';

export interface FacilitatorDeps {
  readonly root: HTMLElement;
  readonly catalogue: readonly CatalogueEntry[];
  /** The illustrated backdrop (the projector shows the story's settings behind the card). */
  readonly stage: Stage;
  /** Polite status messages for screen readers, shown briefly as a toast. */
  readonly announce: (message: string) => void;
}
