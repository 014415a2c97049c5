/**
 * The code the Embed dialog hands out: the <iframe> for the current view and an optional host-page
 * script that sizes it from the app's height message (src/app/embedHeight.ts). Pure strings, tested.
 *
 * The host script follows the Flourish pattern: it accepts a message only from one of *our* frames
 * (event.source), only from the app's origin, only with the expected type, version and a sane number;
 * it never evaluates or parses anything it receives.
 */

import { HEIGHT_MESSAGE_TYPE, HEIGHT_MESSAGE_VERSION } from '../../app/embedHeight.ts';
import { WORKING_SANDBOX } from '../../app/embedNotes.ts';
import type { EmbedPart } from '../../state/viewState.ts';

/** The marker attribute the host script looks for. */
export const FRAME_MARKER = 'data-chainatlas-embed';

/** A sensible first height before the app reports its own (CSS px); see embed.css. */
export function defaultHeight(part: EmbedPart): number {
  return part === 'both' ? 760 : 520;
}

/** Text for a double-quoted HTML attribute value. */
export function escapeAttr(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

export interface IframeOptions {
  src: string;
  title: string;
  height: number;
  /** The sandbox to suggest; null leaves the attribute out. */
  sandbox?: string | null;
}

export function iframeSnippet({ src, title, height, sandbox = WORKING_SANDBOX }: IframeOptions): string {
  const h = Math.max(240, Math.round(Number.isFinite(height) ? height : 520));
  return [
    `<iframe ${FRAME_MARKER}`,
    `  src="${escapeAttr(src)}"`,
    `  title="${escapeAttr(title)}"`,
    `  width="100%" height="${h}" style="border: 0"`,
    '  loading="lazy"',
    ...(sandbox === null ? [] : [`  sandbox="${escapeAttr(sandbox)}"`]),
    '  referrerpolicy="strict-origin-when-cross-origin"',
    '></iframe>',
  ].join('\n');
}

/** Script for the host page; `appOrigin` is the only origin whose messages it accepts. */
export function hostScript(appOrigin: string): string {
  return `<script>
/* ChainAtlas embeds: set each frame's height from the height it reports. */
window.addEventListener('message', function (event) {
  if (event.origin !== ${JSON.stringify(appOrigin)}) return;
  var data = event.data;
  if (!data || data.type !== '${HEIGHT_MESSAGE_TYPE}' || data.version !== ${HEIGHT_MESSAGE_VERSION}) return;
  var height = Number(data.height);
  if (!(height > 0 && height < 20000)) return;
  var frames = document.querySelectorAll('iframe[${FRAME_MARKER}]');
  for (var i = 0; i < frames.length; i++) {
    if (frames[i].contentWindow === event.source) frames[i].style.height = Math.ceil(height) + 'px';
  }
});
</script>`;
}
