/**
 * The share link is the address itself: the URL already encodes the whole view (cluster, node, city,
 * map and diagram cameras, tab, language). Copying uses the async Clipboard API; where it is missing
 * or refused (insecure origin, no permission, old browser) the caller shows the link to copy by hand.
 */

export function shareLink(win: Window = window): string {
  return win.location.href;
}

/** true when the text is on the clipboard. */
export async function copyToClipboard(text: string, nav: Navigator = navigator): Promise<boolean> {
  try {
    if (!nav.clipboard?.writeText) return false;
    await nav.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
