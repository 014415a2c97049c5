/**
 * An init script that records every long task (> 50 ms) of a page from before its first script, in
 * `window.__longtasks`: the browser suite and `npm run bench` read it to find the longest
 * main-thread task of a step.
 */
export const LONGTASKS_SCRIPT = `(() => {
  window.__longtasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longtasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch (e) {}
})();`;

export interface LongTask {
  start: number;
  duration: number;
}
