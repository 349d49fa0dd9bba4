/**
 * The player's settings: defaults, and reading them back from untrusted
 * storage field by field, so one bad value costs only that value.
 */
import { describe } from './validate.ts';
import type { LoadedSettings, Settings } from './types.ts';

/** The settings format this game writes. */
export const SETTINGS_FORMAT_VERSION = 1;

/** What a new player gets. */
export const DEFAULT_SETTINGS: Settings = {
  textScale: 1,
  theme: 'warm',
  reading: 'standard',
  motion: 'system',
  showHud: true,
  volumes: { master: 0.8, music: 0.6, effects: 0.8 },
  muted: false,
  captions: true,
};

/** Stored settings: versioned so a later game can tell what it reads. */
export interface SettingsRecord {
  readonly formatVersion: number;
  readonly settings: Settings;
}

export function settingsRecord(settings: Settings): SettingsRecord {
  return { formatVersion: SETTINGS_FORMAT_VERSION, settings };
}

/**
 * Read stored settings (a `SettingsRecord`, or a bare settings object).
 * Missing fields take their defaults silently; bad ones take their defaults
 * with a note in `problems`. Unknown fields (from a newer game) are ignored.
 */
export function readSettings(raw: unknown): LoadedSettings {
  if (raw === undefined || raw === null) return { settings: DEFAULT_SETTINGS, problems: [] };
  const problems: string[] = [];
  const outer = asRecord(raw);
  const inner = outer && 'settings' in outer ? asRecord(outer['settings']) : outer;
  if (!inner) return { settings: DEFAULT_SETTINGS, problems: [`The saved settings were unreadable (${describe(raw)}); the defaults are back.`] };

  const field = <T>(name: string, ok: (v: unknown) => v is T, fallback: T, shown = name): T => {
    const value = inner[name];
    if (value === undefined) return fallback;
    if (ok(value)) return value;
    problems.push(`The saved ${shown} setting (${describe(value)}) was not valid, so it is back to its default.`);
    return fallback;
  };
  const volumesRaw = inner['volumes'] === undefined ? {} : asRecord(inner['volumes']);
  if (!volumesRaw) problems.push(`The saved volumes (${describe(inner['volumes'])}) were not valid, so they are back to their defaults.`);
  const volume = (name: 'master' | 'music' | 'effects'): number => {
    const value = volumesRaw?.[name];
    if (value === undefined) return DEFAULT_SETTINGS.volumes[name];
    if (isNumberIn(0, 1)(value)) return value;
    problems.push(`The saved ${name} volume (${describe(value)}) was not valid, so it is back to its default.`);
    return DEFAULT_SETTINGS.volumes[name];
  };

  const settings: Settings = {
    textScale: field('textScale', isNumberIn(1, 2), DEFAULT_SETTINGS.textScale, 'text size'),
    theme: field('theme', isOneOf(['warm', 'contrast'] as const), DEFAULT_SETTINGS.theme),
    reading: field('reading', isOneOf(['standard', 'easy'] as const), DEFAULT_SETTINGS.reading, 'reading style'),
    motion: field('motion', isOneOf(['system', 'on', 'off'] as const), DEFAULT_SETTINGS.motion),
    showHud: field('showHud', isBoolean, DEFAULT_SETTINGS.showHud, 'show-the-meters'),
    volumes: { master: volume('master'), music: volume('music'), effects: volume('effects') },
    muted: field('muted', isBoolean, DEFAULT_SETTINGS.muted),
    captions: field('captions', isBoolean, DEFAULT_SETTINGS.captions),
  };
  return { settings, problems };
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

function isBoolean(value: unknown): value is boolean {
  return typeof value === 'boolean';
}

function isNumberIn(min: number, max: number) {
  return (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max;
}

function isOneOf<const T extends readonly string[]>(options: T) {
  return (value: unknown): value is T[number] => typeof value === 'string' && options.includes(value);
}
