/**
 * The settings dialog. Every control applies at once (so players see the
 * effect) and reports the new settings for saving.
 */
import type { Settings } from '../persistence/index.ts';
import { openDialog } from './dialog.ts';
import { el } from './dom.ts';

type Update = (change: Partial<Settings>) => void;

export function openSettings(initial: Settings, onChange: (settings: Settings) => void): void {
  let settings = initial;
  const update: Update = (change) => {
    settings = { ...settings, ...change };
    onChange(settings);
  };
  openDialog('Settings', [
    fieldset('Reading', [
      range('Text size', 'text-size', settings.textScale * 100, 100, 200, 10, (v) => `${v}%`, (v) => update({ textScale: v / 100 })),
      radios('Colours', 'theme', settings.theme, [['warm', 'Warm'], ['contrast', 'High contrast']], (v) => update({ theme: v as Settings['theme'] })),
      radios('Typeface', 'reading', settings.reading, [['standard', 'Standard'], ['easy', 'Easy reading (more spacing, hyperlegible font)']], (v) => update({ reading: v as Settings['reading'] })),
    ]),
    fieldset('Motion and play', [
      radios('Motion', 'motion', settings.motion, [['system', 'Follow my device'], ['on', 'Gentle motion on'], ['off', 'No motion']], (v) => update({ motion: v as Settings['motion'] })),
      checkbox('Show the three meters while playing', 'show-hud', settings.showHud, (v) => update({ showHud: v })),
    ]),
    fieldset('Sound', [
      checkbox('Mute all sound (key M)', 'muted', settings.muted, (v) => update({ muted: v })),
      range('Master volume', 'vol-master', settings.volumes.master * 100, 0, 100, 5, (v) => `${v}%`, (v) => update({ volumes: { ...settings.volumes, master: v / 100 } })),
      range('Music volume', 'vol-music', settings.volumes.music * 100, 0, 100, 5, (v) => `${v}%`, (v) => update({ volumes: { ...settings.volumes, music: v / 100 } })),
      range('Effects volume', 'vol-effects', settings.volumes.effects * 100, 0, 100, 5, (v) => `${v}%`, (v) => update({ volumes: { ...settings.volumes, effects: v / 100 } })),
      checkbox('Show captions for sounds', 'captions', settings.captions, (v) => update({ captions: v })),
    ]),
  ]);
}

function fieldset(legend: string, controls: HTMLElement[]): HTMLElement {
  return el('fieldset', { class: 'settings-group' }, el('legend', {}, legend), ...controls);
}

function range(label: string, id: string, value: number, min: number, max: number, step: number, show: (v: number) => string, onInput: (v: number) => void): HTMLElement {
  const output = el('output', { for: id, class: 'setting__value' }, show(Math.round(value)));
  const input = el('input', { type: 'range', id, min, max, step, value: Math.round(value), 'aria-valuetext': show(Math.round(value)) });
  input.addEventListener('input', () => {
    const v = Number(input.value);
    output.textContent = show(v);
    input.setAttribute('aria-valuetext', show(v));
    onInput(v);
  });
  return el('div', { class: 'setting setting--range' }, el('label', { for: id }, label), input, output);
}

function radios(legend: string, name: string, value: string, options: [string, string][], onPick: (v: string) => void): HTMLElement {
  const group = el('div', { class: 'setting setting--radios', role: 'radiogroup', 'aria-label': legend }, el('span', { class: 'setting__label', 'aria-hidden': 'true' }, legend));
  for (const [v, text] of options) {
    const id = `${name}-${v}`;
    const input = el('input', { type: 'radio', name, id, value: v, checked: v === value });
    input.addEventListener('change', () => input.checked && onPick(v));
    group.append(el('label', { class: 'setting__option', for: id }, input, ` ${text}`));
  }
  return group;
}

function checkbox(label: string, id: string, checked: boolean, onToggle: (v: boolean) => void): HTMLElement {
  const input = el('input', { type: 'checkbox', id, checked });
  input.addEventListener('change', () => onToggle(input.checked));
  return el('div', { class: 'setting setting--check' }, el('label', { for: id }, input, ` ${label}`));
}
