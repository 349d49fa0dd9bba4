/**
 * Where each choice leads, for the facilitator's notes: a scratch playthrough
 * of the same story takes the choice from the current place and reports what
 * comes next (the next choice point or an ending). The room never sees it.
 */
import { StoryEngine } from '../engine/StoryEngine.ts';
import { Playthrough, type PlaythroughSnapshot } from '../play/Playthrough.ts';
import { describeEnding } from './ending.ts';

/** What taking one choice leads to, one step ahead. */
export type Consequence =
  | { readonly kind: 'point'; readonly preview: string; readonly question: string | undefined }
  | { readonly kind: 'ending'; readonly title: string; readonly preview: string }
  | { readonly kind: 'error'; readonly message: string };

export class Lookahead {
  private readonly scratch: Playthrough;

  constructor(compiledJson: string, title: string) {
    this.scratch = new Playthrough(new StoryEngine(compiledJson, title));
  }

  /** What each choice on offer at `snapshot` leads to, in choice order. */
  consequences(snapshot: PlaythroughSnapshot): Consequence[] {
    return snapshot.turn.choices.map((choice) => {
      try {
        this.scratch.restore(snapshot);
        const turn = this.scratch.choose(choice.index);
        const lines = turn.paragraphs.filter((p) => !p.debrief && p.text.trim() !== '').map((p) => p.text);
        const preview = lines[0] ?? '';
        if (turn.ended) return { kind: 'ending', title: describeEnding(turn).title, preview };
        return { kind: 'point', preview, question: turn.discuss };
      } catch (error) {
        return { kind: 'error', message: error instanceof Error ? error.message : String(error) };
      }
    });
  }
}
