import { describe, expect, it } from 'vitest';
import { StoryEngine } from '../../src/engine/StoryEngine.ts';
import { Playthrough } from '../../src/play/Playthrough.ts';
import { createSave, endingTitleOf, readSave, resumePlaythrough, SAVE_FORMAT_VERSION, slotName, type SaveRecord } from '../../src/persistence/index.ts';
import { fixtureStory } from '../fixtures/saves/helpers.ts';

const story = fixtureStory('lunch');
const NOW = new Date('2026-03-01T10:00:00.000Z');

function playedSave(choices: number[], slot: SaveRecord['slot'] = 'auto', label?: string): SaveRecord {
  const play = new Playthrough(new StoryEngine(story.json));
  for (const c of choices) play.choose(c);
  return createSave(story, play.snapshot(), { slot, label, now: NOW });
}

/** A save as it travels through storage: JSON-safe data, nothing else. */
function stored(save: SaveRecord): Record<string, unknown> {
  return JSON.parse(JSON.stringify(save)) as Record<string, unknown>;
}

function reasonFor(raw: unknown): string {
  const result = readSave(raw);
  if (result.ok) throw new Error('expected the record to be refused');
  return result.reason;
}

describe('save format', () => {
  it('round-trips a save through JSON unchanged', () => {
    const save = playedSave([1, 0]);
    const result = readSave(stored(save));
    expect(result).toEqual({ ok: true, value: JSON.parse(JSON.stringify(save)) });
    expect(save).toMatchObject({
      formatVersion: SAVE_FORMAT_VERSION,
      storyId: 'lunch',
      storyTitle: 'Lunch fixture',
      storyHash: story.hash,
      slot: 'auto',
      label: 'Autosave',
      savedAt: '2026-03-01T10:00:00.000Z',
      progress: { choicesMade: 2, ended: false, snippet: 'She shrugs. "It happens a lot."' },
      totals: { intervene: 2, rescue: 0, abandon: 0, scoredChoices: 2 },
    });
    expect(save.choiceLog.map((c) => c.text)).toEqual(['Say "Not funny, Sam."', 'Ask how she is']);
    expect(save.transcript).toContainEqual({ kind: 'choice', text: 'Ask how she is' });
  });

  it('records the ending for the slot list once the story has ended', () => {
    const save = playedSave([1, 0, 1], 'manual-2', '  After   lunch  ');
    expect(save.label).toBe('After lunch');
    expect(save.progress).toEqual({ choicesMade: 3, ended: true, endingId: 'day-goes-on', endingTitle: 'The day goes on', snippet: 'The day goes on.' });
    expect(endingTitleOf(save.turn)).toBe('The day goes on');
  });

  it('names slots and falls back to the slot name for a blank label', () => {
    expect(slotName('auto')).toBe('Autosave');
    expect(slotName('manual-3')).toBe('Slot 3');
    expect(playedSave([0], 'manual-1', '   ').label).toBe('Slot 1');
    expect(playedSave([0], 'manual-1', 'x'.repeat(200)).label).toHaveLength(60);
  });

  it('shortens a long passage to a snippet at a word boundary', () => {
    const save = playedSave([]);
    const long = { ...save.turn, paragraphs: [{ text: 'word '.repeat(100), tags: [], speaker: undefined, debrief: false }] };
    const snippet = createSave(story, { ...save, turn: long }, { slot: 'auto' }).progress.snippet;
    expect(snippet.length).toBeLessThanOrEqual(141);
    expect(snippet).toMatch(/word…$/);
  });
});

describe('validation of untrusted records', () => {
  const good = stored(playedSave([1]));

  it.each([
    ['a string', 'garbage', 'This is not a Common Ground save (it is a piece of text).'],
    ['a list', [1, 2], 'This is not a Common Ground save (it is a list).'],
    ['another app’s object', { theme: 'dark' }, 'This is not a Common Ground save (it has no story or format version).'],
  ])('refuses %s as foreign', (_name, raw, reason) => {
    expect(readSave(raw)).toEqual({ ok: false, problem: 'foreign', reason });
  });

  it.each([
    ['a missing story id', { storyId: undefined }, 'storyId should be text, not nothing'],
    ['a choice with a number for text', { choiceLog: [{ index: 0, text: 5, sourcePath: 'a' }] }, 'choiceLog[0].text should be text, not the number 5'],
    ['a negative choice index', { choiceLog: [{ index: -1, text: 'x', sourcePath: 'a' }] }, 'choiceLog[0].index should be a whole number from 0 to 100, not -1'],
    ['an unknown slot', { slot: 'manual-9' }, 'its slot "manual-9" is not one of auto, manual-1, manual-2, manual-3'],
    ['a date that is not a date', { savedAt: 'yesterday' }, 'its date "yesterday" is not a date'],
    ['ink state that is not JSON', { inkState: '{"callstack' }, 'its story state (inkState) is not valid JSON'],
    ['a score that is not a number', { totals: { intervene: 'lots', rescue: 0, abandon: 0, scoredChoices: 0 } }, 'totals.intervene should be a number, not "lots"'],
    ['a transcript entry of an unknown kind', { transcript: [{ kind: 'image', text: 'x' }] }, 'transcript[0] is neither a line nor a choice'],
    ['an oversized label', { label: 'x'.repeat(61) }, 'label is 61 characters long, more than the 60 allowed'],
    ['a huge choice log', { choiceLog: Array.from({ length: 100_001 }, () => ({ index: 0, text: 'x', sourcePath: 'a' })) }, 'choiceLog has 100001 entries, more than the 100000 a save can hold'],
    ['a transcript said to start after the last choice', { transcriptStart: 99 }, 'transcriptStart should be a whole number from 0 to 1, not 99'],
    ['a turn without paragraphs', { turn: { choices: [], ended: true } }, 'turn.paragraphs should be a list, not nothing'],
    ['a bad format version', { formatVersion: 'one' }, 'its format version is "one"'],
  ])('says what is wrong with %s', (_name, change, detail) => {
    const result = readSave({ ...good, ...change });
    expect(result.ok).toBe(false);
    expect(reasonFor({ ...good, ...change })).toBe(`The save is damaged: ${detail}.`);
    expect(result).toMatchObject({ problem: 'corrupt' });
  });

  it('drops fields it does not know instead of passing them on', () => {
    const result = readSave({ ...good, injected: '<img src=x onerror=alert(1)>' });
    expect(result.ok).toBe(true);
    expect(result.ok && 'injected' in result.value).toBe(false);
  });
});

describe('format versions', () => {
  /** The format before version 1: no formatVersion, storyTitle, label, progress or minReaderVersion. */
  function versionZero(save: SaveRecord): Record<string, unknown> {
    const { formatVersion: _v, minReaderVersion: _m, storyTitle: _t, label: _l, progress: _p, ...rest } = stored(save) as unknown as SaveRecord;
    return rest;
  }

  it('upgrades a version 0 save (no label, no progress) and it still resumes', () => {
    const original = playedSave([1, 0]);
    const old = versionZero(original);
    expect(old).not.toHaveProperty('label');
    const result = readSave(old);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.migratedFrom).toBe(0);
    expect(result.value).toMatchObject({ formatVersion: 1, minReaderVersion: 1, storyTitle: 'Lunch', label: 'Autosave' });
    expect(result.value.progress).toEqual(original.progress);
    const resumed = resumePlaythrough(result.value, story);
    expect(resumed.kind).toBe('restored');
    if (resumed.kind === 'restored') expect(resumed.playthrough.totals).toEqual(original.totals);
  });

  it('says when a version 0 save is too damaged to upgrade', () => {
    expect(reasonFor({ ...versionZero(playedSave([0])), turn: 'nope' })).toBe('The save is damaged: turn should be a record, not "nope".');
  });

  it('refuses a save made by a newer version of the game, saying so', () => {
    expect(readSave({ ...good(), formatVersion: 2, minReaderVersion: 2 })).toEqual({
      ok: false,
      problem: 'newer',
      reason: 'This save was made by a newer version of the game (save format 2; this version reads up to 1). Update the game to load it.',
    });
    expect(readSave({ ...good(), formatVersion: 7, minReaderVersion: undefined })).toMatchObject({ ok: false, problem: 'newer' });
  });

  it('reads a newer save that declares it is still readable by version 1', () => {
    const result = readSave({ ...good(), formatVersion: 3, minReaderVersion: 1, mood: 'new field' });
    expect(result).toMatchObject({ ok: true, value: { formatVersion: 1, storyId: 'lunch' } });
  });

  function good(): Record<string, unknown> {
    return stored(playedSave([0]));
  }
});
