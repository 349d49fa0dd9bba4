/**
 * A synchronous copy of the settings in localStorage. It is read before the
 * first screen is drawn, so a player who needs 200% text or high contrast
 * never sees the defaults flash first, and it survives a reload made the
 * instant after a change (an IndexedDB write may not have finished by then).
 * The saves store keeps the settings too; this mirror only makes them early.
 */
import { readSettings, type Settings } from '../persistence/index.ts';

const KEY = 'common-ground:settings';

/** The mirrored settings, or undefined when there are none or storage is blocked. */
export function readMirroredSettings(): Settings | undefined {
  try {
    const raw = window.localStorage.getItem(KEY);
    return raw === null ? undefined : readSettings(JSON.parse(raw)).settings;
  } catch {
    return undefined;
  }
}

export function mirrorSettings(settings: Settings): void {
  try {
    window.localStorage.setItem(KEY, JSON.stringify(settings));
  } catch {
    // Blocked or full: the saves store still keeps them.
  }
}
