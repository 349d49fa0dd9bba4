/**
 * Modal dialogs on the native <dialog> element: it keeps focus inside,
 * closes on Escape, and we put focus back where it was when it closes.
 */
import { button, el } from './dom.ts';

export interface DialogHandle {
  readonly element: HTMLDialogElement;
  close(): void;
}

/** Open a modal dialog titled `title` with `body`; `onClose` runs however it closes. */
export function openDialog(title: string, body: Node[], options: { onClose?: () => void; className?: string } = {}): DialogHandle {
  const returnFocus = document.activeElement as HTMLElement | null;
  const headingId = `dialog-${Math.random().toString(36).slice(2, 8)}`;
  const dialog = el('dialog', { class: `dialog ${options.className ?? ''}`.trim(), 'aria-labelledby': headingId });
  const close = () => dialog.close();
  dialog.append(
    el('div', { class: 'dialog__head' }, el('h2', { id: headingId, class: 'dialog__title' }, title), button('Close', close, { class: 'btn btn--quiet dialog__close' })),
    el('div', { class: 'dialog__body' }, ...body),
  );
  dialog.addEventListener('close', () => {
    dialog.remove();
    options.onClose?.();
    if (returnFocus?.isConnected) returnFocus.focus({ preventScroll: true });
  });
  // A click on the backdrop (outside the box) closes it, as people expect.
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) close();
  });
  document.body.append(dialog);
  dialog.showModal();
  return { element: dialog, close };
}

/** Ask a yes/no question; resolves true for the confirming answer. */
export function confirmDialog(title: string, message: string, confirmLabel: string): Promise<boolean> {
  return new Promise((resolve) => {
    let answer = false;
    const handle = openDialog(
      title,
      [
        el('p', {}, message),
        el(
          'div',
          { class: 'actions' },
          button(confirmLabel, () => {
            answer = true;
            handle.close();
          }, { class: 'btn btn--primary' }),
          button('Cancel', () => handle.close(), { class: 'btn' }),
        ),
      ],
      { onClose: () => resolve(answer) },
    );
  });
}
