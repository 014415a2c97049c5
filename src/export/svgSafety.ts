/**
 * What an exported SVG must never contain, checked on the parsed tree (regex checks get bypassed:
 * redmine_drawio#157): no <script>, no event attributes, no <foreignObject> or other HTML islands,
 * no animation that could rewrite an attribute, no javascript: in any attribute that a browser reads
 * as a URL or style, no reference out of the file (href or CSS url()/@import other than data: or a
 * #fragment). ARIA attributes are text a screen reader speaks, never a URL: a firm named
 * "javascript: 入门" is allowed there. The exporter runs it before every download; the tests run it
 * on the output.
 */

const FORBIDDEN_ELEMENTS = new Set([
  'script',
  'foreignobject',
  'iframe',
  'object',
  'embed',
  'handler',
  'listener',
  // SMIL can set any attribute, href included, to a javascript: URL.
  'animate',
  'set',
  'animatemotion',
  'animatetransform',
]);

/** Read as plain text by every consumer. */
const isTextAttribute = (key: string) => key.startsWith('aria-');
/** Browsers ignore whitespace and control characters inside a URL scheme ("java\tscript:"). */
const squeeze = (v: string) => [...v].filter((c) => c.charCodeAt(0) > 0x20).join('');
const CSS_URL = /url\(\s*(['"]?)([^'")\s]*)/gi;

function cssProblems(css: string, where: string): string[] {
  const out: string[] = [];
  if (/@import/i.test(css)) out.push(`${where}: @import`);
  for (const m of css.matchAll(CSS_URL)) {
    const target = m[2] ?? '';
    if (!/^data:/i.test(target) && !target.startsWith('#')) out.push(`${where}: url(${target.slice(0, 40)})`);
  }
  return out;
}

export function unsafeSvgParts(root: Element): string[] {
  const problems: string[] = [];
  for (const el of [root, ...Array.from(root.querySelectorAll('*'))]) {
    const name = el.localName.toLowerCase();
    if (FORBIDDEN_ELEMENTS.has(name)) problems.push(`<${el.localName}> element`);
    if (name === 'style') problems.push(...cssProblems(el.textContent ?? '', '<style>'));
    for (const attr of Array.from(el.attributes)) {
      const key = attr.localName.toLowerCase();
      const value = attr.value;
      if (key.startsWith('on')) problems.push(`${attr.name} attribute on <${el.localName}>`);
      if (isTextAttribute(key) && attr.namespaceURI === null) continue;
      if (/javascript:/i.test(squeeze(value))) problems.push(`javascript: in ${attr.name}`);
      if (key === 'href' && !value.startsWith('#') && !/^data:image\//i.test(value))
        problems.push(`external ${attr.name}="${value.slice(0, 40)}"`);
      if (key === 'style') problems.push(...cssProblems(value, `style on <${el.localName}>`));
      else if (/url\(/i.test(value))
        problems.push(...cssProblems(value, `${attr.name} on <${el.localName}>`));
    }
  }
  return problems;
}
