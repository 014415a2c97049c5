/**
 * `?data=<url>`: which addresses the app may load, and whether the page must ask first. Only http(s)
 * is ever fetched. Same-origin addresses load directly; another origin loads only after the person
 * confirms it in the page (its data would be shown under this site's name). Pure.
 */
import { MAX_URL_LENGTH } from './limits.ts';
import { type Problem, problem } from './problems.ts';

export type DataUrlKind = 'same-origin' | 'cross-origin' | 'invalid';

export interface ClassifiedDataUrl {
  kind: DataUrlKind;
  /** The absolute address to fetch (the input as given when invalid). */
  url: string;
  /** Its origin, e.g. https://example.org ('' when invalid). */
  origin: string;
  /** Why it was refused, when invalid. */
  problem?: Problem;
}

/**
 * @param raw the `data` parameter as given
 * @param pageOrigin `location.origin`
 * @param pageUrl address that relative paths resolve against (defaults to the origin's root)
 */
export function classifyDataUrl(
  raw: string,
  pageOrigin: string,
  pageUrl = `${pageOrigin}/`,
): ClassifiedDataUrl {
  const refuse = (message: string, fix: string): ClassifiedDataUrl => ({
    kind: 'invalid',
    url: raw,
    origin: '',
    problem: problem('?data=', '', message, fix),
  });
  const trimmed = raw.trim();
  if (trimmed === '')
    return refuse('the data address is empty', 'give the address of a data file after ?data=');
  if (trimmed.length > MAX_URL_LENGTH) return refuse('the data address is too long', 'use a shorter address');
  let url: URL;
  try {
    url = new URL(trimmed, pageUrl);
  } catch {
    return refuse(
      `"${trimmed.slice(0, 100)}" is not a web address`,
      'give a full address such as https://example.org/data/manifest.json',
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return refuse(
      `"${url.protocol}" addresses cannot be loaded; only http and https can`,
      'give an http(s) address of a data file; to use a file on your computer, drop it on the data panel',
    );
  if (url.protocol === 'http:' && pageOrigin.startsWith('https:'))
    return refuse(
      'the address is not secure (http) while this page is (https); the browser would block it',
      'use the https:// address of the data file',
    );
  if (url.username || url.password)
    return refuse(
      'the address contains a user name or password',
      'remove the credentials from the address; data must be public',
    );
  return {
    kind: url.origin === pageOrigin ? 'same-origin' : 'cross-origin',
    url: url.href,
    origin: url.origin,
  };
}
