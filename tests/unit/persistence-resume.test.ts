import { describe, expect, it } from 'vitest';
import { StoryEngine } from '../../src/engine/StoryEngine.ts';
import { Playthrough } from '../../src/play/Playthrough.ts';
import { createSave, createSaveStore, resumePlaythrough, type SaveRecord } from '../../src/persistence/index.ts';
import { fixtureStory, openMapLocalforage, rawDatabase } from '../fixtures/saves/helpers.ts';

const lunch = fixtureStory('lunch');

/** Play `choices` in the original story and save. */
function savedAfter(choices: number[]): { save: SaveRecord; play: Playthrough } {
  const play = new Playthrough(new StoryEngine(lunch.json));
  for (const c of choices) play.choose(c);
  return { save: JSON.parse(JSON.stringify(createSave(lunch, play.snapshot(), { slot: 'auto' }))) as SaveRecord, play };
}

function lastLine(play: Playthrough): string | undefined {
  return play.turn.paragraphs.at(-1)?.text;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

describe('resuming a save against the same story', () => {
  it('restores exactly where the player was, with the score and history', () => {
    const { save, play } = savedAfter([1, 0]);
    const result = resumePlaythrough(save, lunch);
    expect(result.kind).toBe('restored');
    if (result.kind !== 'restored') return;
    const resumed = result.playthrough;
    expect(resumed.turn.paragraphs.map((p) => p.text)).toEqual(play.turn.paragraphs.map((p) => p.text));
    expect(resumed.turn.choices.map((c) => c.text)).toEqual(['Tell her what to do', 'Ask what would help']);
    expect(resumed.totals).toEqual(play.totals);
    expect(resumed.fullTranscript()).toEqual(play.fullTranscript());
    expect(resumed.choose(1).endingId).toBe('day-goes-on');
  });

  it('rebuilds the place from the choice log when the saved ink state will not load', () => {
    const { save } = savedAfter([1, 0]);
    const result = resumePlaythrough({ ...save, inkState: '{"not":"an ink state"}' }, lunch);
    expect(result.kind).toBe('restored');
    if (result.kind === 'restored') expect(lastLine(result.playthrough)).toBe('She shrugs. "It happens a lot."');
  });

  it('rebuilds the place when the saved ink state loads but stands somewhere else than the save says', () => {
    const { save } = savedAfter([1, 0]);
    const { save: elsewhere } = savedAfter([]);
    const result = resumePlaythrough({ ...save, inkState: elsewhere.inkState }, lunch);
    expect(result.kind).toBe('restored');
    if (result.kind !== 'restored') return;
    expect(result.playthrough.depth).toBe(2);
    expect(result.playthrough.turn.choices.map((c) => c.text)).toEqual(['Tell her what to do', 'Ask what would help']);
  });

  it('refuses a save of another story', () => {
    const { save } = savedAfter([1]);
    expect(resumePlaythrough({ ...save, storyId: 'family-dinner', storyTitle: 'Family dinner' }, lunch)).toEqual({
      kind: 'failed',
      message: 'This save belongs to "Family dinner", not to "Lunch fixture".',
    });
  });
});

describe('resuming a save after the story was edited', () => {
  const { save, play: original } = savedAfter([1, 0]);
  deepFreeze(save);

  it('finds the choices again when a choice was inserted before them, and says the story was updated', () => {
    const edited = fixtureStory('choice-inserted');
    expect(edited.hash).not.toBe(lunch.hash);
    const result = resumePlaythrough(save, edited);
    expect(result).toMatchObject({
      kind: 'updated',
      message: '"Lunch fixture" has been updated since you saved. Your place was rebuilt from your 2 choices, and you carry on from there.',
    });
    if (result.kind !== 'updated') return;
    expect(lastLine(result.playthrough)).toBe('She shrugs. "It happens a lot."');
    expect(result.playthrough.choiceLog.map((c) => [c.index, c.text])).toEqual([
      [2, 'Say "Not funny, Sam."'],
      [0, 'Ask how she is'],
    ]);
    expect(result.playthrough.totals).toEqual(original.totals);
  });

  it('finds the choices again when a knot was renamed', () => {
    const result = resumePlaythrough(save, fixtureStory('knot-renamed'));
    expect(result.kind).toBe('updated');
    if (result.kind !== 'updated') return;
    expect(result.playthrough.choiceLog[1]!.sourcePath).not.toBe(save.choiceLog[1]!.sourcePath);
    expect(lastLine(result.playthrough)).toBe('She shrugs. "It happens a lot."');
    expect(result.playthrough.fullTranscript()).toEqual(original.fullTranscript());
  });

  it('says where it diverged when a chosen choice was removed, and stands just before it', () => {
    const result = resumePlaythrough(save, fixtureStory('choice-removed'));
    expect(result).toMatchObject({
      kind: 'diverged',
      at: 1,
      missingChoiceText: 'Ask how she is',
      context: 'Later, Priya is by the coffee machine.',
      message:
        '"Lunch fixture" has changed since you saved, and your choice 2, “Ask how she is”, is no longer in it. You stand just after: “Later, Priya is by the coffee machine.” You can carry on from there or start again; your save is kept until you decide.',
    });
    if (result.kind !== 'diverged') return;
    expect(result.playthrough.depth).toBe(1);
    expect(result.playthrough.turn.choices.map((c) => c.text)).toEqual(['Walk past']);
    expect(result.playthrough.totals).toMatchObject({ intervene: 1 });
  });

  it('leaves the save untouched whatever happens (the caller decides what to keep)', () => {
    // `save` is deeply frozen: any write to it inside resume would have thrown in the tests above.
    expect(Object.isFrozen(save.choiceLog)).toBe(true);
    expect(save.storyHash).toBe(lunch.hash);
  });
});

describe('rollback through a save and a reload', () => {
  it('undoes choices of a loaded save, score and history with them', async () => {
    const kv = await openMapLocalforage();
    rawDatabase().clear();
    const play = new Playthrough(new StoryEngine(lunch.json));
    play.choose(1); // Say "Not funny, Sam." #intervene
    play.choose(1); // Walk past #abandon
    await createSaveStore(kv).write(createSave(lunch, play.snapshot(), { slot: 'auto' }));

    const reloaded = createSaveStore(await openMapLocalforage());
    const loaded = await reloaded.load('lunch', 'auto');
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    const result = resumePlaythrough(loaded.value, lunch);
    if (result.kind !== 'restored') throw new Error(`expected restored, got ${result.kind}`);
    const resumed = result.playthrough;
    expect(resumed.totals).toEqual({ intervene: 1, rescue: 0, abandon: 1, scoredChoices: 2 });

    const back = resumed.undo();
    expect(resumed.totals).toEqual({ intervene: 1, rescue: 0, abandon: 0, scoredChoices: 1 });
    expect(back.choices.map((c) => c.text)).toEqual(['Ask how she is', 'Walk past']);
    expect(resumed.fullTranscript().at(-1)).toEqual({ kind: 'line', text: 'Later, Priya is by the coffee machine.' });
    expect(resumed.engine.getVariable('abandon')).toBe(0);

    resumed.choose(0); // Ask how she is, this time
    await reloaded.write(createSave(lunch, resumed.snapshot(), { slot: 'auto' }));
    const again = await createSaveStore(await openMapLocalforage()).load('lunch', 'auto');
    expect(again.ok && again.value.totals).toEqual({ intervene: 2, rescue: 0, abandon: 0, scoredChoices: 2 });
    expect(again.ok && again.value.choiceLog.map((c) => c.text)).toEqual(['Say "Not funny, Sam."', 'Ask how she is']);

    resumed.rewindTo(0);
    expect(resumed.totals).toEqual({ intervene: 0, rescue: 0, abandon: 0, scoredChoices: 0 });
    expect(resumed.fullTranscript()).toEqual([{ kind: 'line', text: "At lunch, Sam makes a joke about Priya's accent." }]);
  });
});
