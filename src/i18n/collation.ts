/**
 * Text order per language (pinyin for Chinese): one collator per language, and where each of a
 * list of names falls in its order, worked out once so that later comparisons are integers. The
 * chain search breaks ties between equally ranked hits that way (comparing thousands of tied hits
 * with the collator was about half of a first keystroke over 12,500 firms), and the firm table
 * keeps its name order that way.
 */
import type { Steps } from '../data/slices.ts';
import type { Lang } from './index.ts';

const collators = new Map<Lang, Intl.Collator>();

/** The collator for the language, made once (`localeCompare` would build one per call). */
export function collator(lang: Lang): Intl.Collator {
  let c = collators.get(lang);
  if (!c) {
    c = new Intl.Collator(lang === 'en' ? 'en' : 'zh-CN');
    collators.set(lang, c);
  }
  return c;
}

/** Compares made between yields: about a millisecond of collator work. */
const COMPARES_PER_STEP = 4000;

/**
 * `ranks[i]`: the position of `names[i]` in `collator`'s order (ties in index order). A bottom-up
 * merge sort written as steps (data/slices.ts): 12,500 names take about 16 ms, 62,500 about five
 * times that, too long for one task on the page. It is stable, so names the collator holds equal
 * keep their index order, as a stable sort with the collator keeps them.
 */
export function* collationRanks(names: readonly string[], collator: Intl.Collator): Steps<Int32Array> {
  const n = names.length;
  let from = Int32Array.from({ length: n }, (_, i) => i);
  let to = new Int32Array(n);
  let budget = COMPARES_PER_STEP;
  for (let width = 1; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(lo + width, n);
      const hi = Math.min(lo + 2 * width, n);
      let a = lo;
      let b = mid;
      let k = lo;
      while (a < mid && b < hi) {
        const ia = from[a] as number;
        const ib = from[b] as number;
        // `<= 0` takes the left run on ties: that is what keeps the sort stable.
        if (collator.compare(names[ia] as string, names[ib] as string) <= 0) {
          to[k++] = ia;
          a++;
        } else {
          to[k++] = ib;
          b++;
        }
        if (--budget === 0) {
          budget = COMPARES_PER_STEP;
          yield;
        }
      }
      while (a < mid) to[k++] = from[a++] as number;
      while (b < hi) to[k++] = from[b++] as number;
    }
    [from, to] = [to, from];
  }
  const ranks = new Int32Array(n);
  for (let k = 0; k < n; k++) ranks[from[k] as number] = k;
  return ranks;
}
