// What can wait until the first screen is drawn with her data (preloading the other screens, registering
// the service worker) waits for it: on a cold start nothing else is fetched or parsed before the 9-kid
// grid paints. A screen that signals nothing releases the wait after a moment.
let painted = false;
const waiting: (() => void)[] = [];

/** The first screen's content is in the DOM: what waited starts after this frame is drawn. */
export function firstScreenShown(): void {
  if (painted) return;
  painted = true;
  requestAnimationFrame(() =>
    setTimeout(() => {
      for (const run of waiting.splice(0)) run();
    }),
  );
}

/** Runs `run` once the first screen has painted (or after `atMostMs`, whichever comes first). */
export function afterFirstScreen(run: () => void, atMostMs = 1500): void {
  if (painted && waiting.length === 0) {
    setTimeout(run);
    return;
  }
  waiting.push(run);
  setTimeout(firstScreenShown, atMostMs);
}
