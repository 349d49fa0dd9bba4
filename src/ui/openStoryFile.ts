/**
 * "Open a story file": a file picker plus drag-and-drop, for writers trying
 * a story and players given one. Errors show where the picker is, with line
 * numbers, and nothing is lost: the menu stays as it was.
 */
import { storyFromFile } from '../app/storyFile.ts';
import type { CompiledStory } from '../engine/storyInfo.ts';
import { el, replaceChildren } from './dom.ts';

export function openStoryFileControl(onStory: (story: CompiledStory) => void): HTMLElement {
  const errors = el('div', { class: 'open-file__errors', role: 'alert' });
  const input = el('input', { type: 'file', id: 'open-story-file', class: 'open-file__input', accept: '.ink,.json,.js' });
  const label = el('label', { for: 'open-story-file', class: 'btn open-file__label' }, 'Open a story file');
  const zone = el(
    'div',
    { class: 'open-file' },
    el('h2', { class: 'open-file__title' }, 'Your own story'),
    el('p', { class: 'muted open-file__hint' }, 'Open or drop an .ink file, or a story exported from Inky (.json). It stays on this device.'),
    input,
    label,
    errors,
  );

  const open = async (file: File) => {
    replaceChildren(errors);
    let text: string;
    try {
      text = await file.text();
    } catch {
      replaceChildren(errors, el('p', {}, `${file.name}: the file could not be read.`));
      return;
    }
    const result = await storyFromFile(file.name, text);
    if (result.ok) onStory(result.story);
    else replaceChildren(errors, el('p', {}, `${file.name} has problems:`), el('pre', { class: 'story-item__errors' }, result.errors.join('\n')));
  };

  input.addEventListener('change', () => {
    const file = input.files?.[0];
    if (file) void open(file);
    input.value = '';
  });
  zone.addEventListener('dragover', (event) => {
    event.preventDefault();
    zone.classList.add('open-file--over');
  });
  zone.addEventListener('dragleave', () => zone.classList.remove('open-file--over'));
  zone.addEventListener('drop', (event) => {
    event.preventDefault();
    zone.classList.remove('open-file--over');
    const file = event.dataTransfer?.files[0];
    if (file) void open(file);
  });
  return zone;
}
