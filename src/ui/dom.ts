/**
 * A few DOM helpers. Story text is untrusted, so everything here sets text
 * with `textContent`; nothing in the game assigns `innerHTML`.
 */

type Attrs = Record<string, string | number | boolean | undefined>;
type Child = Node | string | null | undefined | false;

/** Create an element with attributes and children (strings become text nodes). */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    if (name === 'class') node.className = String(value);
    else if (name === 'text') node.textContent = String(value);
    else node.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    node.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return node;
}

/** A real <button> with a click handler. */
export function button(label: string, onClick: (event: MouseEvent) => void, attrs: Attrs = {}): HTMLButtonElement {
  const b = el('button', { type: 'button', ...attrs }, label);
  b.addEventListener('click', onClick);
  return b;
}

/** Text only readers hear (and sighted users do not see). */
export function srOnly(text: string): HTMLSpanElement {
  return el('span', { class: 'visually-hidden' }, text);
}

/** Replace an element's children. */
export function replaceChildren(parent: Element, ...children: Child[]): void {
  parent.replaceChildren(...children.filter((c): c is Node | string => c !== null && c !== undefined && c !== false));
}

/** True when the user asked the OS for less motion. */
export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/**
 * Run `task` once the browser has painted the next frame and has a moment to
 * spare, so what the player is waiting for (the next passage) reaches the
 * screen first, and secondary work (a sound, the autosave, a spoken score)
 * follows without getting in front of the player's next key or tap: idle
 * callbacks run after input and other pending tasks, usually in the same
 * frame's spare time. A hidden tab paints no frames, so a timer makes sure it
 * still runs.
 */
export function afterNextPaint(task: () => void): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    clearTimeout(fallback);
    task();
  };
  const fallback = setTimeout(once, AFTER_PAINT_FALLBACK_MS);
  requestAnimationFrame(() => {
    if ('requestIdleCallback' in window) window.requestIdleCallback(once, { timeout: AFTER_PAINT_FALLBACK_MS });
    else setTimeout(once, 0);
  });
}

/** Longest wait for a paint before the task runs anyway (hidden tabs, stalled frames). */
const AFTER_PAINT_FALLBACK_MS = 100;

/**
 * Run `task` when the browser is idle, or after `timeoutMs` at the latest,
 * for work nobody is waiting on (preloading, registering the service worker).
 */
export function whenIdle(task: () => void, timeoutMs: number): void {
  if ('requestIdleCallback' in window) window.requestIdleCallback(() => task(), { timeout: timeoutMs });
  else setTimeout(task, Math.min(200, timeoutMs));
}
