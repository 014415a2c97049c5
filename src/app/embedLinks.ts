/**
 * The two addresses an embed deals in, both built from the view in the store (not from the address
 * bar, which lags a frame behind) with the URL codec, so they carry exactly what the URL would:
 * - the full app showing the same view ("Open in ChainAtlas"): the embed flags removed;
 * - the embed of the current view (the <iframe src> the Embed dialog hands out): embed=1, show=part.
 * Parameters that are not view state (e.g. `data=`) are kept; the hash is dropped.
 */
import { formatView } from '../state/urlCodec.ts';
import type { EmbedPart, ViewState } from '../state/viewState.ts';

function withQuery(href: string, query: string): string {
  const url = new URL(href);
  url.search = query;
  url.hash = '';
  return url.href;
}

export function fullAppUrl(view: ViewState, href: string): string {
  const url = new URL(href);
  return withQuery(href, formatView({ ...view, embed: false, embedPart: 'both' }, url.search));
}

export function embedUrl(view: ViewState, href: string, part: EmbedPart): string {
  const url = new URL(href);
  return withQuery(href, formatView({ ...view, embed: true, embedPart: part }, url.search));
}
