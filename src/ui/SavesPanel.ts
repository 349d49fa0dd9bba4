/**
 * The save slots of one story: the autosave and the manual slots, each with
 * its name, progress, date and a snippet. Save (overwrite asks first), load
 * and delete.
 */
import type { SaveRecord, SlotId, SlotView } from '../persistence/index.ts';
import { confirmDialog, openDialog } from './dialog.ts';
import { button, el } from './dom.ts';

export interface SavesActions {
  /** Undefined when there is nothing to save (e.g. opened from the menu). */
  readonly onSave: ((slot: SlotId, label: string) => Promise<void>) | undefined;
  readonly onLoad: (save: SaveRecord) => void;
  readonly onDelete: (slot: SlotId) => Promise<void>;
}

export function openSaves(storyTitle: string, slots: readonly SlotView[], actions: SavesActions, notice?: string): void {
  const list = el('ul', { class: 'slots' });
  const body: Node[] = notice ? [el('p', { class: 'notice', role: 'note' }, notice), list] : [list];
  const handle = openDialog(`Saves — ${storyTitle}`, body, { className: 'dialog--wide' });
  for (const view of slots) list.append(slotItem(view, actions, () => handle.close()));
}

function slotItem(view: SlotView, actions: SavesActions, close: () => void): HTMLElement {
  const save = view.save;
  const headingId = `slot-${view.slot}`;
  const item = el('li', { class: 'slot', 'aria-labelledby': headingId });
  item.append(el('h3', { id: headingId, class: 'slot__name' }, save && save.label !== view.name ? `${view.name}: ${save.label}` : view.name));
  if (save) {
    const p = save.progress;
    const when = new Date(save.savedAt);
    item.append(
      el('p', { class: 'slot__meta' }, `${p.ended ? `Ending: ${p.endingTitle ?? p.endingId ?? 'reached'}` : `${p.choicesMade} ${p.choicesMade === 1 ? 'choice' : 'choices'} in`} · `, el('time', { datetime: save.savedAt }, when.toLocaleString())),
    );
    if (p.snippet) item.append(el('p', { class: 'slot__snippet' }, `“${p.snippet}”`));
  } else {
    item.append(el('p', { class: 'slot__meta' }, 'Empty'));
  }
  const row = el('div', { class: 'actions' });
  if (save) {
    row.append(button('Load', () => {
      close();
      actions.onLoad(save);
    }, { class: 'btn btn--primary', 'aria-describedby': headingId }));
  }
  if (actions.onSave && view.slot !== 'auto') {
    const onSave = actions.onSave;
    const label = el('input', { type: 'text', class: 'slot__label', maxlength: 60, value: save?.label && save.label !== view.name ? save.label : '', placeholder: 'Name (optional)', 'aria-label': `Name for ${view.name}` });
    row.append(
      label,
      button(save ? 'Overwrite' : 'Save here', async () => {
        if (save && !(await confirmDialog('Overwrite this save?', `${view.name} already holds a save from ${new Date(save.savedAt).toLocaleString()}. Replace it with where you are now?`, 'Overwrite'))) return;
        await onSave(view.slot, label.value);
        close();
      }, { class: 'btn', 'aria-describedby': headingId }),
    );
  }
  if (save) {
    row.append(button('Delete', async () => {
      if (!(await confirmDialog('Delete this save?', `Delete ${view.name}? This cannot be undone.`, 'Delete'))) return;
      await actions.onDelete(view.slot);
      close();
    }, { class: 'btn btn--quiet', 'aria-describedby': headingId }));
  }
  item.append(row);
  return item;
}
