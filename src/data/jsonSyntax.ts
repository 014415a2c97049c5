/**
 * Finds the first JSON syntax error and says what it is, in the same words in every browser.
 * `JSON.parse` messages differ by engine (V8 gives a position, Safari often none), so after
 * `JSON.parse` fails we re-scan the text with this small iterative (never recursive) checker.
 */

export interface SyntaxErrorAt {
  offset: number;
  message: string;
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERALS = ['true', 'false', 'null'] as const;
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const HEX4 = /^[0-9a-fA-F]{4}$/;

type State = 'value' | 'valueOrClose' | 'key' | 'keyOrClose' | 'colon' | 'after';
const OBJ = 0;
const ARR = 1;

/** Returns the end offset of the string starting at `start` (a `"`), or an error. */
function scanString(text: string, start: number): number | SyntaxErrorAt {
  let i = start + 1;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 34) return i + 1;
    if (c === 92) {
      const e = text[i + 1] ?? '';
      if (e === 'u') {
        if (!HEX4.test(text.slice(i + 2, i + 6)))
          return { offset: i, message: 'a \\u escape needs four hex digits' };
        i += 6;
        continue;
      }
      if (!ESCAPES.has(e)) return { offset: i, message: `"\\${e}" is not a valid escape in a JSON string` };
      i += 2;
      continue;
    }
    if (c < 0x20) return { offset: i, message: 'a line break or control character inside a string' };
    i++;
  }
  return { offset: start, message: 'a string that starts here is never closed (missing ")' };
}

function describe(ch: string): string {
  if (ch === "'") return 'single quotes (JSON strings use double quotes ")';
  if (ch === '/') return 'a comment (JSON does not allow comments)';
  return `unexpected character "${ch}"`;
}

export function locateJsonSyntaxError(text: string): SyntaxErrorAt | null {
  const stack: number[] = [];
  let state: State = 'value';
  let i = 0;
  const n = text.length;
  for (;;) {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c !== 32 && c !== 9 && c !== 10 && c !== 13) break;
      i++;
    }
    const top = stack[stack.length - 1];
    if (i >= n) {
      if (state === 'after' && stack.length === 0) return null;
      return {
        offset: n,
        message: stack.length
          ? `the file ends before every "{" or "[" is closed (${stack.length} still open)`
          : 'the file ends where a value was expected',
      };
    }
    const ch = text[i] as string;
    if (state === 'after') {
      if (stack.length === 0) return { offset: i, message: 'more text after the end of the JSON value' };
      if (ch === ',') {
        state = top === OBJ ? 'key' : 'value';
        i++;
      } else if ((ch === '}' && top === OBJ) || (ch === ']' && top === ARR)) {
        stack.pop();
        i++;
      } else {
        const close = top === OBJ ? '}' : ']';
        return { offset: i, message: `expected "," or "${close}" after a value, found ${describe(ch)}` };
      }
      continue;
    }
    if (state === 'key' || state === 'keyOrClose') {
      if (ch === '}') {
        if (state === 'key') return { offset: i, message: 'a trailing comma before "}"' };
        stack.pop();
        state = 'after';
        i++;
        continue;
      }
      if (ch !== '"')
        return { offset: i, message: `expected a property name in double quotes, found ${describe(ch)}` };
      const end = scanString(text, i);
      if (typeof end !== 'number') return end;
      i = end;
      state = 'colon';
      continue;
    }
    if (state === 'colon') {
      if (ch !== ':')
        return { offset: i, message: `expected ":" after a property name, found ${describe(ch)}` };
      i++;
      state = 'value';
      continue;
    }
    // state is 'value' or 'valueOrClose'
    if (ch === ']') {
      if (state === 'value') return { offset: i, message: 'a trailing comma before "]"' };
      stack.pop();
      state = 'after';
      i++;
    } else if (ch === '{' || ch === '[') {
      stack.push(ch === '{' ? OBJ : ARR);
      state = ch === '{' ? 'keyOrClose' : 'valueOrClose';
      i++;
    } else if (ch === '"') {
      const end = scanString(text, i);
      if (typeof end !== 'number') return end;
      i = end;
      state = 'after';
    } else if (ch === '-' || (ch >= '0' && ch <= '9')) {
      NUMBER.lastIndex = i;
      const m = NUMBER.exec(text);
      if (!m) return { offset: i, message: 'an invalid number' };
      i += m[0].length;
      state = 'after';
    } else {
      const word = LITERALS.find((w) => text.startsWith(w, i));
      if (!word) return { offset: i, message: `expected a value, found ${describe(ch)}` };
      i += word.length;
      state = 'after';
    }
  }
}
