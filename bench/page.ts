/**
 * Instrumentation the bench adds to both pages before they load (through
 * the browser's DevTools protocol, so the game's CSP does not apply). It
 * notes when the first choice is painted and, for each key 1–9, how long
 * until the next story text and choices are painted.
 *
 * "Painted" is measured the usual way: a task posted from a
 * requestAnimationFrame callback runs right after that frame is drawn (by
 * the main thread). The frame still has to be rasterised and composited
 * before it is on screen; the browser's Event Timing API reports that later
 * moment too, in 8 ms steps, and the bench keeps it as a second figure.
 */

/**
 * What the probe logs (console.debug) when the first choice is painted,
 * followed by `firstChoice`. The bench listens for it instead of asking the
 * page: any script run in the page during the load (a poll, or the helper
 * script the driver injects to evaluate one) is main-thread work inside the
 * very time being measured, and it weighs most on the fastest page. Measured:
 * polling until the first choice added some 45 ms to the bare page's ~200 ms
 * and nothing visible to the game's, hiding a fifth of the gap between them.
 */
export const FIRST_CHOICE_MESSAGE = 'bench:first-choice ';

/**
 * What the probe logs when a keypress's text is painted, followed by the
 * number of samples so far. The bench waits for it before the next key, for
 * the same reason: a script evaluated in the page right after a keypress
 * runs inside the time from that key to the paint.
 */
export const PAINTED_MESSAGE = 'bench:painted ';

/** What the instrumentation exposes as `window.__bench`. */
export interface BenchProbe {
  /** ms from navigation start until the first enabled choice was painted; -1 until then. */
  firstChoice: number;
  /** ms from each keydown to the next story text painted. */
  readonly samples: number[];
  /**
   * ms from each keydown to the next frame on screen, from Event Timing (8 ms
   * steps); only keydowns that took 16 ms or more are reported by the browser.
   */
  readonly presented: number[];
  /** Digit keydowns seen, for counting the ones Event Timing did not report. */
  keys: number;
}

/** Runs in the page (serialised by playwright): no imports, no closures over bench code. */
export function instrumentPage(): void {
  const CHOICE = '[role="group"][aria-label="Choices"] button:not([disabled])';
  const samples: number[] = [];
  const presented: number[] = [];
  let keyAt = -1;
  let logGrew = false;
  let firstPending = false;
  const probe = {
    firstChoice: -1,
    samples,
    presented,
    keys: 0,
  };
  (window as unknown as { __bench: typeof probe }).__bench = probe;

  const afterPaint = (done: (at: number) => void) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => done(performance.now());
      channel.port2.postMessage(null);
    });
  const choiceReady = () => {
    const button = document.querySelector<HTMLElement>(CHOICE);
    return !!button && button.getClientRects().length > 0;
  };

  new MutationObserver((records) => {
    if (probe.firstChoice < 0 && !firstPending && choiceReady()) {
      firstPending = true;
      afterPaint((at) => {
        probe.firstChoice = at;
        console.debug(`bench:first-choice ${at}`); // FIRST_CHOICE_MESSAGE: this function is serialised, so it cannot import it.
      });
    }
    if (keyAt < 0) return;
    const log = document.querySelector('[role="log"]');
    logGrew ||= records.some((r) => r.addedNodes.length > 0 && !!log && log.contains(r.target));
    if (!logGrew || !choiceReady()) return;
    const from = keyAt;
    keyAt = -1;
    afterPaint((at) => {
      samples.push(at - from);
      console.debug(`bench:painted ${samples.length}`); // PAINTED_MESSAGE: this function is serialised, so it cannot import it.
    });
  }).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['disabled', 'hidden', 'class'] });

  // The bench presses only digit keys once the first choice is up, so every keydown entry is one of them.
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.name === 'keydown' && probe.firstChoice >= 0) presented.push(entry.duration);
  }).observe({ type: 'event', durationThreshold: 16 } as PerformanceObserverInit);

  window.addEventListener(
    'keydown',
    (event) => {
      if (!/^[1-9]$/.test(event.key)) return;
      probe.keys++;
      keyAt = event.timeStamp;
      logGrew = false;
    },
    true,
  );
}
