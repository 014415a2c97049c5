/**
 * The URL to put in an href, or null. Only absolute http(s) URLs become links: the schema already
 * demands them, but a dropped-in dataset may not have been validated by this build, and a
 * `javascript:` or `data:` href would run code on click.
 */
export function safeHttpUrl(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}
