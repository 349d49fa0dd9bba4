/**
 * The ally practices from the seed "Becoming an ally" ("What does an Ally
 * do?"), by the ids writers use in `# practice:` and `# missed:` tags.
 */
export interface Practice {
  readonly id: PracticeId;
  readonly name: string;
  /** One plain sentence drawn from the seed text. */
  readonly gist: string;
}

export type PracticeId = 'take_action' | 'listen' | 'use_privilege' | 'support_leadership' | 'non_target' | 'mistakes' | 'self_care';

export const PRACTICES: Readonly<Record<PracticeId, Practice>> = {
  take_action: { id: 'take_action', name: 'Take action', gist: 'Before everything else, the mark of an ally is taking action against mistreatment.' },
  listen: { id: 'listen', name: 'Listen and learn', gist: 'Make space for the people affected to say, from their own experience, what the problem is.' },
  use_privilege: { id: 'use_privilege', name: 'Use your privilege', gist: 'Notice the access and resources you have, and use them on behalf of the people affected.' },
  support_leadership: { id: 'support_leadership', name: "Support the target person's leadership", gist: 'Neither rescue nor abandon: back them up while they make their own decisions.' },
  non_target: { id: 'non_target', name: 'Go after non-target members', gist: 'Talk with people of your own group, from support rather than from being "better" than them.' },
  mistakes: { id: 'mistakes', name: 'Make mistakes and fix them', gist: 'Take a chance, expect to get things wrong, and agree to put them right.' },
  self_care: { id: 'self_care', name: 'Take care of yourself', gist: 'Alliance is lifelong: stay rested, get support and accept support.' },
};

export function isPracticeId(id: string): id is PracticeId {
  return Object.hasOwn(PRACTICES, id);
}
