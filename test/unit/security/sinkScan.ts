/**
 * A scan for HTML and code sinks in source text, stricter than scripts/check-sinks.ts: comments are
 * stripped (line and block) and property access by string (`el['innerHTML']`) counts too. Pure, so the
 * test can prove it on planted strings before trusting its verdict on src/.
 */
export const SINKS: readonly [RegExp, string][] = [
  [/\binnerHTML\b/, 'innerHTML'],
  [/\bouterHTML\s*=(?!=)/, 'outerHTML assignment'],
  [/\binsertAdjacentHTML\b/, 'insertAdjacentHTML'],
  [/\bdangerouslySetInnerHTML\b/, 'dangerouslySetInnerHTML'],
  [/\bsetHTML\b/, 'setHTML (maplibre Popup / Sanitizer API)'],
  [/\.html\s*\(/, 'd3 selection.html()'],
  [/\bdocument\s*\.\s*write(ln)?\s*\(/, 'document.write'],
  [/\bcustomAttribution\b/, 'maplibre customAttribution (rendered as HTML)'],
  [/\bcreateContextualFragment\b/, 'createContextualFragment'],
  [/\bsrcdoc\b/, 'iframe srcdoc'],
  [/\bnew\s+Function\s*\(/, 'new Function'],
  [/(?<![.\w])eval\s*\(/, 'eval'],
];

export interface Finding {
  line: number;
  what: string;
  text: string;
}

/**
 * Blanks out comments but keeps line breaks, so line numbers stay right. String contents stay:
 * `el['innerHTML']` must still be found. A `//` inside a string (a URL) is kept as code.
 */
export function stripComments(source: string): string {
  let out = '';
  let i = 0;
  let quote: string | null = null;
  while (i < source.length) {
    const c = source[i] as string;
    const next = source[i + 1];
    if (quote) {
      out += c;
      if (c === '\\') {
        out += next ?? '';
        i += 2;
        continue;
      }
      // A quote inside a regex literal (/["']/) would open a "string" that never closes: plain
      // strings end at the line's end.
      if (c === quote || (c === '\n' && quote !== '`')) quote = null;
      i++;
    } else if (c === '"' || c === "'" || c === '`') {
      quote = c;
      out += c;
      i++;
    } else if (c === '/' && next === '/') {
      while (i < source.length && source[i] !== '\n') i++;
    } else if (c === '/' && next === '*') {
      const end = source.indexOf('*/', i + 2);
      const stop = end < 0 ? source.length : end + 2;
      out += source.slice(i, stop).replace(/[^\n]/g, ' ');
      i = stop;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

export function scanSource(source: string): Finding[] {
  const findings: Finding[] = [];
  stripComments(source)
    .split('\n')
    .forEach((text, i) => {
      for (const [re, what] of SINKS)
        if (re.test(text)) findings.push({ line: i + 1, what, text: text.trim() });
    });
  return findings;
}
