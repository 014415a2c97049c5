/**
 * Final assembly of the single file, on the HTML vite-plugin-singlefile produced (JS and CSS already
 * inline): the fonts in the CSS become data: URLs, the data block goes in, and a Content-Security-Policy
 * with the sha256 of each inline script and style goes in front of them. Then a check that nothing
 * external is left: the file must open from disk with no server and no network.
 */
import { createHash } from 'node:crypto';
import { formatCsp, singleFileCsp } from '../csp.ts';
import { cspMeta, insertInHead } from '../cspPlugin.ts';

/**
 * CSP hash source of an inline element's text as the browser sees it: the HTML parser turns CR LF and
 * lone CR into LF before anything else, and the hash is taken over the UTF-8 of that text.
 */
export function cspHash(text: string): string {
  const seen = text.replace(/\r\n?/g, '\n');
  return `'sha256-${createHash('sha256').update(seen, 'utf8').digest('base64')}'`;
}

/**
 * The raw-text elements (<script>, <style>) of a page in document order, found the way the HTML
 * parser finds them: inside one, only its own end tag counts, so a "<style>" written in a script's
 * strings is code, not an element.
 */
export function rawTextElements(html: string): { tag: 'script' | 'style'; attrs: string; body: string }[] {
  const out: { tag: 'script' | 'style'; attrs: string; body: string }[] = [];
  const open = /<(script|style)(\s[^>]*)?>/gi;
  let m = open.exec(html);
  while (m) {
    const tag = (m[1] ?? '').toLowerCase() as 'script' | 'style';
    const start = m.index + m[0].length;
    const close = new RegExp(`</${tag}[\\s/>]`, 'i');
    const rest = html.slice(start);
    const end = rest.search(close);
    if (end < 0) throw new Error(`unclosed <${tag}>`);
    out.push({ tag, attrs: m[2] ?? '', body: rest.slice(0, end) });
    open.lastIndex = start + end;
    m = open.exec(html);
  }
  return out;
}

/** The text of every inline element `tag` in document order. */
export function inlineBodies(html: string, tag: 'script' | 'style'): { attrs: string; body: string }[] {
  return rawTextElements(html).filter((e) => e.tag === tag);
}

/** CSS `url(/fonts/x.woff2)` (any quoting, any leading ./ or /) → the font's data: URL. */
export function inlineCssFonts(
  html: string,
  assets: Record<string, string>,
): { html: string; count: number } {
  let count = 0;
  const out = html.replace(/url\((["']?)(?:\.{0,2}\/)*(fonts\/[\w.-]+\.woff2)\1\)/g, (whole, _q, path) => {
    const dataUrl = assets[path as string];
    if (!dataUrl) return whole;
    count++;
    return `url("${dataUrl}")`;
  });
  return { html: out, count };
}

export function insertBeforeBodyEnd(html: string, block: string): string {
  const at = html.lastIndexOf('</body>');
  if (at < 0) throw new Error('single file: no </body> for the data block');
  return `${html.slice(0, at)}${block}\n${html.slice(at)}`;
}

/** Adds the policy; executable scripts and styles are hashed, JSON data blocks are not scripts. */
export function withSingleFileCsp(html: string): string {
  const scripts = inlineBodies(html, 'script').filter(
    (s) => !/type=["']application\/json["']/i.test(s.attrs),
  );
  const styles = inlineBodies(html, 'style');
  const policy = formatCsp(
    singleFileCsp(
      scripts.map((s) => cspHash(s.body)),
      styles.map((s) => cspHash(s.body)),
    ),
  );
  return insertInHead(html, cspMeta(policy));
}

/** Everything that would make the file reach outside itself; empty when it is self-contained. */
export function externalReferences(html: string): string[] {
  // Script bodies are code, not markup: their strings may mention anything.
  const markup = html.replace(/(<script\b[^>]*>)[\s\S]*?(<\/script>)/gi, '$1$2');
  const found: string[] = [];
  for (const m of markup.matchAll(/<(script|link|img|iframe|source)\b[^>]*\s(src|href)=["']?([^"'\s>]+)/gi)) {
    const url = m[3] ?? '';
    if (!url.startsWith('data:')) found.push(`<${m[1]} ${m[2]}=${url}>`);
  }
  for (const m of markup.matchAll(/url\((["']?)([^)"']+)\1\)/g)) {
    const url = m[2] ?? '';
    if (!url.startsWith('data:') && !url.startsWith('#')) found.push(`url(${url})`);
  }
  return found;
}
