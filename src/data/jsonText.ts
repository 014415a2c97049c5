/**
 * Text → JSON value, guarded. Runs before any recursive code: an empty file, an HTML page served in
 * place of a data file, nesting deeper than MAX_JSON_DEPTH and syntax errors each become one Problem
 * with a line and column. Never throws.
 */
import { decodeText } from './decode.ts';
import { locateJsonSyntaxError } from './jsonSyntax.ts';
import { MAX_JSON_DEPTH } from './limits.ts';
import { formatLineColumn, type Problem, problem, type Result } from './problems.ts';

const HTML_START = /^<(?:!doctype\s+html|html|head|body|meta|title|script|link|!--)/i;

/** Offset of the first `{`/`[` that opens level MAX_JSON_DEPTH + 1, or -1. Linear, no recursion. */
export function findTooDeep(text: string, maxDepth = MAX_JSON_DEPTH): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92)
        i++; // skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      if (++depth > maxDepth) return i;
    } else if (c === 125 || c === 93) depth--;
  }
  return -1;
}

/** A problem for text that is plainly not JSON at all, judged from its first characters. */
export function notJsonAtAll(text: string, file: string): Problem | null {
  const head = text.trimStart().slice(0, 200);
  if (head === '')
    return problem(
      file,
      '',
      'the file is empty',
      'choose the data file itself; if it was downloaded, download it again',
    );
  if (HTML_START.test(head))
    return problem(
      file,
      '',
      'this is an HTML web page, not JSON data',
      'the server answered with a page instead of the data file — often its "page not found" fallback. Check the path or address',
    );
  if (head.startsWith('<'))
    return problem(file, '', 'this is XML or SVG, not JSON data', 'choose a .json data file');
  return null;
}

export function parseJsonText(raw: string, file: string): Result<unknown> {
  // A UTF-8 BOM is common from Windows editors; JSON.parse rejects it, we don't.
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  const obvious = notJsonAtAll(text, file);
  if (obvious) return { ok: false, problems: [obvious] };

  const deep = findTooDeep(text);
  if (deep >= 0)
    return {
      ok: false,
      problems: [
        problem(
          file,
          formatLineColumn(text, deep),
          `nested more than ${MAX_JSON_DEPTH} levels deep`,
          'a ChainAtlas file never nests this deep — the file is damaged or is not a dataset',
        ),
      ],
    };

  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (e) {
    const at = locateJsonSyntaxError(text);
    const where = at ? formatLineColumn(text, at.offset) : '';
    const what = at ? at.message : e instanceof Error ? e.message : String(e);
    return {
      ok: false,
      problems: [
        problem(
          file,
          where,
          `not valid JSON: ${what}`,
          'fix the JSON at that place (a missing comma, quote or bracket is the usual cause), or export the file again',
        ),
      ],
    };
  }
}

/** UTF-8 bytes → JSON value, depth-guarded. */
export function parseJsonBytes(bytes: Uint8Array, file: string): Result<unknown> {
  const decoded = decodeText(bytes, file, false);
  if (!decoded.ok) return decoded;
  return parseJsonText(decoded.value.text, file);
}
