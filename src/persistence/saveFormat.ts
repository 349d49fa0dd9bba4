/**
 * The save format: making a save from a playthrough, and reading one back
 * from untrusted storage — upgrading older formats, refusing newer ones, and
 * saying exactly what is wrong with a damaged record.
 */
import type { Turn } from '../engine/StoryEngine.ts';
import { titleFromId } from '../engine/storyInfo.ts';
import { tagValue } from '../engine/tags.ts';
import type { PlaythroughSnapshot } from '../play/Playthrough.ts';
import { Invalid, check, describe, describeKind, expectArray, expectBoolean, expectInteger, expectNumber, expectObject, expectOptionalString, expectString } from './validate.ts';
import type { Checked, ManualSlotId, SaveProgress, SaveRecord, SlotId } from './types.ts';

/** The format this game writes. */
export const SAVE_FORMAT_VERSION = 1;

/** The manual slots each story offers, besides the autosave. */
export const MANUAL_SLOTS: readonly ManualSlotId[] = ['manual-1', 'manual-2', 'manual-3'];

/** Every slot of a story, autosave first. */
export const SLOTS: readonly SlotId[] = ['auto', ...MANUAL_SLOTS];

/** Longest label a player can give a save; longer ones are cut. */
export const MAX_LABEL_LENGTH = 60;
const MAX_SNIPPET_LENGTH = 140;

// Generous bounds: a real save is far below them; a record beyond them is
// damaged or hostile and would only slow the game down.
const LIMITS = {
  id: 200,
  title: 200,
  inkState: 5_000_000,
  // A looping story can run for thousands of choices; each is a few bytes.
  choices: 100_000,
  transcript: 50_000,
  text: 20_000,
  tags: 100,
  path: 1_000,
  paragraphs: 5_000,
  offered: 100,
} as const;

/** What a save needs to know about the story (a `CompiledStory` has it all). */
export interface SaveStoryInfo {
  readonly id: string;
  readonly hash: string;
  readonly meta: { readonly title: string };
}

export interface NewSaveOptions {
  readonly slot: SlotId;
  /** The player's name for the save; blank means the slot's own name ("Autosave", "Slot 1"). */
  readonly label?: string | undefined;
  /** Defaults to now. */
  readonly now?: Date | undefined;
}

/** True for `auto` and the manual slots this game offers. */
export function isSlotId(value: unknown): value is SlotId {
  return typeof value === 'string' && (SLOTS as readonly string[]).includes(value);
}

/** "Autosave", "Slot 1", "Slot 2", … */
export function slotName(slot: SlotId): string {
  return slot === 'auto' ? 'Autosave' : `Slot ${slot.slice('manual-'.length)}`;
}

/** Make a save of a playthrough snapshot (plain data, ready for `SaveStore.write`). */
export function createSave(story: SaveStoryInfo, snapshot: PlaythroughSnapshot, options: NewSaveOptions): SaveRecord {
  return {
    formatVersion: SAVE_FORMAT_VERSION,
    minReaderVersion: 1,
    storyId: story.id,
    storyTitle: story.meta.title,
    storyHash: story.hash,
    slot: options.slot,
    label: cleanLabel(options.label, options.slot),
    savedAt: (options.now ?? new Date()).toISOString(),
    progress: progressOf(snapshot),
    inkState: snapshot.inkState,
    // The playthrough's own records (shared between equal choices): a long log costs a reference a choice.
    choiceLog: [...snapshot.choiceLog],
    totals: { ...snapshot.totals },
    transcript: [...snapshot.transcript],
    transcriptStart: snapshot.transcriptStart ?? 0,
    turn: snapshot.turn,
  };
}

/** The title of the ending a turn reaches: `# ending_title:`, else made from the `# ending:` id. */
export function endingTitleOf(turn: Turn): string | undefined {
  if (!turn.ended) return undefined;
  const title = tagValue(
    turn.paragraphs.flatMap((p) => p.tags),
    'ending_title',
  );
  return title || (turn.endingId ? titleFromId(turn.endingId) : 'The end');
}

/**
 * Read a save from untrusted data: upgrade it if it is older, refuse it if a
 * newer game made it, and otherwise check every field's shape, type and size.
 */
export function readSave(raw: unknown): Checked<SaveRecord> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, problem: 'foreign', reason: `This is not a Common Ground save (it is ${describeKind(raw)}).` };
  }
  const record = raw as Record<string, unknown>;
  const version = record['formatVersion'] ?? (looksLikeSave(record) ? 0 : undefined);
  if (version === undefined) return { ok: false, problem: 'foreign', reason: 'This is not a Common Ground save (it has no story or format version).' };
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return { ok: false, problem: 'corrupt', reason: `The save is damaged: its format version is ${describe(version)}.` };
  }
  const minReader = typeof record['minReaderVersion'] === 'number' ? record['minReaderVersion'] : version;
  if (version > SAVE_FORMAT_VERSION && minReader > SAVE_FORMAT_VERSION) {
    return {
      ok: false,
      problem: 'newer',
      reason: `This save was made by a newer version of the game (save format ${version}; this version reads up to ${SAVE_FORMAT_VERSION}). Update the game to load it.`,
    };
  }
  const checked = check(() => validateSave(version < SAVE_FORMAT_VERSION ? migrate(record, version) : record));
  if (!checked.ok) return { ok: false, problem: 'corrupt', reason: `The save is damaged: ${checked.reason}.` };
  return version < SAVE_FORMAT_VERSION ? { ok: true, value: checked.value, migratedFrom: version } : { ok: true, value: checked.value };
}

/** Upgrades, indexed by the version they upgrade from. They may throw `Invalid` for a record too damaged to upgrade. */
const MIGRATIONS: Record<number, (record: Record<string, unknown>) => Record<string, unknown>> = {
  // Version 0 had no title, label, progress or reader version: derive them.
  0: (r) => {
    const slot = isSlotId(r['slot']) ? r['slot'] : 'auto';
    const title = typeof r['storyId'] === 'string' ? titleFromId(r['storyId']) : '';
    const progress = progressOf({ turn: validateTurn(r['turn'], 'turn'), transcript: validateTranscript(r['transcript']), choiceLog: validateChoiceLog(r['choiceLog']) });
    return { ...r, formatVersion: 1, minReaderVersion: 1, storyTitle: title, slot, label: slotName(slot), progress };
  },
};

function migrate(record: Record<string, unknown>, from: number): Record<string, unknown> {
  let current = record;
  for (let v = from; v < SAVE_FORMAT_VERSION; v++) current = MIGRATIONS[v]!(current);
  return current;
}

function looksLikeSave(record: Record<string, unknown>): boolean {
  return 'storyId' in record && 'inkState' in record;
}

function validateSave(raw: Record<string, unknown>): SaveRecord {
  const slot = raw['slot'];
  if (!isSlotId(slot)) throw new Invalid(`its slot ${describe(slot)} is not one of ${SLOTS.join(', ')}`);
  const savedAt = expectString(raw['savedAt'], 'savedAt', 40);
  if (Number.isNaN(Date.parse(savedAt))) throw new Invalid(`its date "${savedAt}" is not a date`);
  const inkState = expectString(raw['inkState'], 'inkState', LIMITS.inkState);
  if (!isJsonObject(inkState)) throw new Invalid('its story state (inkState) is not valid JSON');
  const storyId = expectString(raw['storyId'], 'storyId', LIMITS.id);
  if (storyId.trim() === '') throw new Invalid('it names no story');
  const choiceLog = validateChoiceLog(raw['choiceLog']);
  return {
    formatVersion: SAVE_FORMAT_VERSION,
    minReaderVersion: 1,
    storyId,
    storyTitle: expectString(raw['storyTitle'], 'storyTitle', LIMITS.title),
    storyHash: expectString(raw['storyHash'], 'storyHash', LIMITS.id),
    slot,
    label: expectString(raw['label'], 'label', MAX_LABEL_LENGTH),
    savedAt,
    progress: validateProgress(raw['progress']),
    inkState,
    choiceLog,
    totals: validateTotals(raw['totals']),
    transcript: validateTranscript(raw['transcript']),
    transcriptStart: raw['transcriptStart'] === undefined ? 0 : expectInteger(raw['transcriptStart'], 'transcriptStart', 0, choiceLog.length),
    turn: validateTurn(raw['turn'], 'turn'),
  };
}

function validateProgress(raw: unknown): SaveProgress {
  const p = expectObject(raw, 'progress');
  return {
    choicesMade: expectInteger(p['choicesMade'], 'progress.choicesMade', 0, LIMITS.choices),
    ended: expectBoolean(p['ended'], 'progress.ended'),
    endingId: expectOptionalString(p['endingId'], 'progress.endingId', LIMITS.id),
    endingTitle: expectOptionalString(p['endingTitle'], 'progress.endingTitle', LIMITS.title),
    snippet: expectString(p['snippet'], 'progress.snippet', MAX_SNIPPET_LENGTH + 1),
  };
}

function validateChoiceLog(raw: unknown): SaveRecord['choiceLog'] {
  return expectArray(raw, 'choiceLog', LIMITS.choices).map((item, i) => {
    const c = expectObject(item, `choiceLog[${i}]`);
    return {
      index: expectInteger(c['index'], `choiceLog[${i}].index`, 0, LIMITS.offered),
      text: expectString(c['text'], `choiceLog[${i}].text`, LIMITS.text),
      sourcePath: expectString(c['sourcePath'], `choiceLog[${i}].sourcePath`, LIMITS.path),
    };
  });
}

function validateTotals(raw: unknown): SaveRecord['totals'] {
  const t = expectObject(raw, 'totals');
  return {
    intervene: expectNumber(t['intervene'], 'totals.intervene'),
    rescue: expectNumber(t['rescue'], 'totals.rescue'),
    abandon: expectNumber(t['abandon'], 'totals.abandon'),
    scoredChoices: expectInteger(t['scoredChoices'], 'totals.scoredChoices', 0, LIMITS.choices),
  };
}

function validateTranscript(raw: unknown): SaveRecord['transcript'] {
  return expectArray(raw, 'transcript', LIMITS.transcript).map((item, i) => {
    const e = expectObject(item, `transcript[${i}]`);
    const text = expectString(e['text'], `transcript[${i}].text`, LIMITS.text);
    if (e['kind'] === 'choice') return { kind: 'choice', text };
    if (e['kind'] !== 'line') throw new Invalid(`transcript[${i}] is neither a line nor a choice`);
    const speaker = expectOptionalString(e['speaker'], `transcript[${i}].speaker`, LIMITS.title);
    return speaker === undefined ? { kind: 'line', text } : { kind: 'line', text, speaker };
  });
}

function validateTurn(raw: unknown, at: string): Turn {
  const t = expectObject(raw, at);
  return {
    paragraphs: expectArray(t['paragraphs'], `${at}.paragraphs`, LIMITS.paragraphs).map((item, i) => {
      const p = expectObject(item, `${at}.paragraphs[${i}]`);
      return {
        text: expectString(p['text'], `${at}.paragraphs[${i}].text`, LIMITS.text),
        tags: validateTags(p['tags'], `${at}.paragraphs[${i}].tags`),
        speaker: expectOptionalString(p['speaker'], `${at}.paragraphs[${i}].speaker`, LIMITS.title),
        debrief: expectBoolean(p['debrief'], `${at}.paragraphs[${i}].debrief`),
      };
    }),
    choices: expectArray(t['choices'], `${at}.choices`, LIMITS.offered).map((item, i) => {
      const c = expectObject(item, `${at}.choices[${i}]`);
      const s = expectObject(c['score'], `${at}.choices[${i}].score`);
      return {
        index: expectInteger(c['index'], `${at}.choices[${i}].index`, 0, LIMITS.offered),
        text: expectString(c['text'], `${at}.choices[${i}].text`, LIMITS.text),
        tags: validateTags(c['tags'], `${at}.choices[${i}].tags`),
        score: {
          intervene: expectNumber(s['intervene'], `${at}.choices[${i}].score.intervene`),
          rescue: expectNumber(s['rescue'], `${at}.choices[${i}].score.rescue`),
          abandon: expectNumber(s['abandon'], `${at}.choices[${i}].score.abandon`),
          neutral: expectBoolean(s['neutral'], `${at}.choices[${i}].score.neutral`),
          tagged: expectBoolean(s['tagged'], `${at}.choices[${i}].score.tagged`),
        },
        sourcePath: expectString(c['sourcePath'], `${at}.choices[${i}].sourcePath`, LIMITS.path),
      };
    }),
    ended: expectBoolean(t['ended'], `${at}.ended`),
    endingId: expectOptionalString(t['endingId'], `${at}.endingId`, LIMITS.id),
    discuss: expectOptionalString(t['discuss'], `${at}.discuss`, LIMITS.text),
  };
}

function validateTags(raw: unknown, at: string): string[] {
  return expectArray(raw, at, LIMITS.tags).map((tag, i) => expectString(tag, `${at}[${i}]`, LIMITS.text));
}

function progressOf(snapshot: Pick<PlaythroughSnapshot, 'turn' | 'transcript' | 'choiceLog'>): SaveProgress {
  const { turn } = snapshot;
  return {
    choicesMade: snapshot.choiceLog.length,
    ended: turn.ended,
    endingId: turn.ended ? turn.endingId : undefined,
    endingTitle: endingTitleOf(turn),
    snippet: snippetOf(snapshot),
  };
}

/** The last line the player read, shortened at a word boundary. */
function snippetOf(snapshot: Pick<PlaythroughSnapshot, 'turn' | 'transcript'>): string {
  const shown = snapshot.turn.paragraphs.filter((p) => !p.debrief && p.text.trim() !== '');
  const lastLine = [...snapshot.transcript].reverse().find((e) => e.kind === 'line');
  const text = (shown.at(-1)?.text ?? lastLine?.text ?? '').replace(/\s+/g, ' ').trim();
  if (text.length <= MAX_SNIPPET_LENGTH) return text;
  const cut = text.slice(0, MAX_SNIPPET_LENGTH);
  const atWord = cut.lastIndexOf(' ');
  return `${(atWord > MAX_SNIPPET_LENGTH / 2 ? cut.slice(0, atWord) : cut).replace(/[\s,.;:]+$/, '')}…`;
}

function cleanLabel(label: string | undefined, slot: SlotId): string {
  const clean = (label ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_LABEL_LENGTH).trim();
  return clean || slotName(slot);
}

function isJsonObject(text: string): boolean {
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed);
  } catch {
    return false;
  }
}
