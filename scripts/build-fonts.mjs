// Builds the subset web fonts in public/fonts/ (`npm run data:fonts`).
//
// Why: the map has no glyphs URL and the test browser has no CJK system font, so every Chinese
// character the app can show must be in a font file we ship. Noto Sans SC is ~1.1 MB per weight;
// subsetting to the characters actually used (data/ + src/ + a base set) keeps it small.
// Outputs: chainatlas-{latin,cjk}-{400,700}.woff2, charset.txt (what the files really cover, read
// back from their cmap so tests need no font parser) and LICENSE-OFL.txt.
// The face ranges below must match src/map/fontFaces.ts and src/app/fonts.css (test/unit/fonts.test.ts
// checks that every character in charset.txt lies in its face's declared range).

import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliDecompressSync } from 'node:zlib';
import subsetFont from 'subset-font';
import { parseSync } from 'vite';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const PKG = join(ROOT, 'node_modules/@fontsource/noto-sans-sc');
const OUT = join(ROOT, 'public/fonts');
const WEIGHTS = [400, 700];

// First face whose range holds a character gets it, so the two files never overlap.
const FACES = [
  {
    id: 'latin',
    source: 'latin',
    // The range @fontsource gives its latin file.
    ranges:
      'U+0000-00FF U+0131 U+0152-0153 U+02BB-02BC U+02C6 U+02DA U+02DC U+0304 U+0308 U+0329 U+2000-206F U+20AC U+2122 U+2191 U+2193 U+2212 U+2215 U+FEFF U+FFFD',
  },
  { id: 'cjk', source: 'chinese-simplified', ranges: 'U+3000-9FFF U+F900-FAFF U+FE30-FE6F U+FF00-FFEF' },
].map((f) => ({ ...f, ranges: f.ranges.split(' ').map(parseRange) }));

const ASCII = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('');
const CJK_PUNCT = '（）《》“”‘’「」『』、。，：；！？—…·〔〕【】％～￥';
const FULL_WIDTH_DIGITS = '０１２３４５６７８９';
// Frequent characters, so short UI strings added later rarely need a rebuild before they render.
const FREQUENT =
  '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理府研' +
  '链图广东省市产业集群城链条上中下游企业龙头数据来源筛选搜索显示隐藏全部重置导出返回详情名称类型说明更新日期';

// Invisible/format characters need no glyph; test/unit/fonts.test.ts uses the same rule.
const IGNORABLE = /^(?:\p{Cc}|\p{Cf}|\p{Zl}|\p{Zp}|\p{Variation_Selector})$/u;

function parseRange(text) {
  const m = /^U\+([0-9A-F]{1,6})(?:-([0-9A-F]{1,6}))?$/i.exec(text);
  if (!m) throw new Error(`bad unicode range ${text}`);
  return [Number.parseInt(m[1], 16), Number.parseInt(m[2] ?? m[1], 16)];
}

function walk(dir, exts) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) return walk(p, exts);
      return exts.some((e) => name.endsWith(e)) ? [p] : [];
    });
}

function addChars(set, text) {
  for (const ch of text) if (ch.codePointAt(0) > 126 && !IGNORABLE.test(ch)) set.add(ch);
}

// JSON may spell characters as \uXXXX escapes, so read the parsed strings as well as the raw text.
function addJsonStrings(set, value) {
  if (typeof value === 'string') addChars(set, value);
  else if (Array.isArray(value)) for (const v of value) addJsonStrings(set, v);
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) {
      addChars(set, k);
      addJsonStrings(set, v);
    }
}

// Comments are never rendered, and they hold symbols (→ ≥ ≈ ≲) Noto Sans SC lacks, so skip them.
// Everything else counts: string literals, template text, JSX text. A file that does not parse
// (e.g. mid-edit) counts whole.
function withoutComments(file) {
  const text = readFileSync(file, 'utf8');
  if (file.endsWith('.css')) return text.replace(/\/\*[\s\S]*?\*\//g, '');
  const { comments, errors } = parseSync(file, text, { lang: file.endsWith('.tsx') ? 'tsx' : 'ts' });
  if (errors.length) {
    console.warn(`warn: ${relative(ROOT, file)} does not parse; counted its comments too`);
    return text;
  }
  let kept = '';
  let at = 0;
  for (const c of comments) {
    kept += text.slice(at, c.start);
    at = c.end;
  }
  return kept + text.slice(at);
}

function collectCharacters() {
  const found = new Set();
  for (const file of walk(join(ROOT, 'data'), ['.json', '.geojson'])) {
    const text = readFileSync(file, 'utf8');
    addChars(found, text);
    try {
      addJsonStrings(found, JSON.parse(text));
    } catch (e) {
      console.warn(`warn: ${relative(ROOT, file)} is not valid JSON (${e.message}); used its raw text only`);
    }
  }
  for (const file of walk(join(ROOT, 'src'), ['.ts', '.tsx', '.css'])) addChars(found, withoutComments(file));
  const wanted = new Set(found);
  addChars(wanted, CJK_PUNCT + FULL_WIDTH_DIGITS + FREQUENT);
  return { found, wanted: [...wanted, ...ASCII].sort((a, b) => a.codePointAt(0) - b.codePointAt(0)) };
}

// Code points a WOFF2 font maps to a glyph. Read back from our own output so charset.txt states what
// the shipped files really cover. WOFF2 keeps cmap untransformed inside one brotli stream.
function woff2CodePoints(buf) {
  if (buf.toString('latin1', 0, 4) !== 'wOF2') throw new Error('not a WOFF2 file');
  let p = 48; // end of the WOFF2 header
  const base128 = () => {
    let v = 0;
    for (let i = 0; i < 5; i++) {
      const b = buf[p++];
      v = v * 128 + (b & 0x7f);
      if (!(b & 0x80)) return v;
    }
    throw new Error('bad UIntBase128');
  };
  let offset = 0;
  let cmap;
  for (let t = buf.readUInt16BE(12); t > 0; t--) {
    const flags = buf[p++];
    const tag = flags & 0x3f; // 0 = cmap, 10 = glyf, 11 = loca, 63 = explicit 4-byte tag follows
    if (tag === 63) p += 4;
    const length = base128();
    const transformed = tag === 10 || tag === 11 ? flags >> 6 !== 3 : flags >> 6 !== 0;
    const stored = transformed ? base128() : length;
    if (tag === 0) cmap = { offset, length };
    offset += stored;
  }
  if (!cmap) throw new Error('no cmap table');
  const c = brotliDecompressSync(buf.subarray(p, p + buf.readUInt32BE(20))).subarray(cmap.offset);
  const set = new Set();
  const subtables = Array.from({ length: c.readUInt16BE(2) }, (_, i) => c.readUInt32BE(8 + 8 * i));
  for (const o of subtables) {
    const format = c.readUInt16BE(o);
    if (format === 12) {
      for (let g = 0, n = c.readUInt32BE(o + 12); g < n; g++) {
        const [start, end, gid] = [0, 4, 8].map((k) => c.readUInt32BE(o + 16 + 12 * g + k));
        for (let cp = start; cp <= end; cp++) if (gid + cp - start) set.add(cp);
      }
    } else if (format === 4) {
      const seg = c.readUInt16BE(o + 6) / 2;
      for (let i = 0; i < seg; i++) {
        const end = c.readUInt16BE(o + 14 + 2 * i);
        const start = c.readUInt16BE(o + 16 + 2 * seg + 2 * i);
        const delta = c.readInt16BE(o + 16 + 4 * seg + 2 * i);
        const ro = o + 16 + 6 * seg + 2 * i;
        const rangeOffset = c.readUInt16BE(ro);
        for (let cp = start; cp <= end && cp !== 0xffff; cp++) {
          const raw = rangeOffset ? c.readUInt16BE(ro + rangeOffset + 2 * (cp - start)) : cp;
          if (raw && (raw + delta) & 0xffff) set.add(cp);
        }
      }
    }
  }
  return set;
}

const hex = (cp) => `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
const faceOf = (cp) => FACES.find((f) => f.ranges.some(([a, b]) => cp >= a && cp <= b));

async function main() {
  const { found, wanted } = collectCharacters();
  const byFace = new Map(FACES.map((f) => [f.id, []]));
  const outOfRange = [];
  for (const ch of wanted) {
    const face = faceOf(ch.codePointAt(0));
    if (face) byFace.get(face.id).push(ch);
    else outOfRange.push(ch);
  }

  mkdirSync(OUT, { recursive: true });
  const written = [];
  const covered = new Map(); // char -> face id, from the 400 files' cmaps
  for (const weight of WEIGHTS) {
    for (const face of FACES) {
      const src = join(PKG, `files/noto-sans-sc-${face.source}-${weight}-normal.woff2`);
      if (!existsSync(src)) {
        if (weight === 400) throw new Error(`missing ${src}`);
        console.warn(`warn: no ${weight} weight in @fontsource/noto-sans-sc; skipped`);
        continue;
      }
      const chars = byFace.get(face.id);
      const font = await subsetFont(readFileSync(src), chars.join(''), { targetFormat: 'woff2' });
      const name = `chainatlas-${face.id}-${weight}.woff2`;
      writeFileSync(join(OUT, name), font);
      written.push(name);
      const cps = woff2CodePoints(font);
      const absent = chars.filter((ch) => !cps.has(ch.codePointAt(0)));
      if (weight === 400) {
        // harfbuzz may keep a few extra code points (e.g. bidi mirrors); list those the face is declared for.
        for (const cp of cps) if (faceOf(cp) === face) covered.set(String.fromCodePoint(cp), face.id);
        outOfRange.push(...absent);
      } else if (absent.some((ch) => covered.has(ch))) {
        console.warn(`warn: ${name} lacks characters that the 400 file has`);
      }
      const sha = createHash('sha256').update(font).digest('hex').slice(0, 16);
      console.log(`${name}: ${font.length} bytes, ${cps.size} code points, sha256 ${sha}…`);
    }
  }
  // Drop outputs of an earlier run that this run did not produce (e.g. a weight no longer built).
  for (const name of readdirSync(OUT))
    if (/^chainatlas-.*\.woff2$/.test(name) && !written.includes(name)) rmSync(join(OUT, name));

  const missing = outOfRange;
  if (missing.length)
    console.warn(
      `warn: ${missing.length} wanted character(s) are not in Noto Sans SC's latin/chinese-simplified files and will fall back to system fonts (tofu without them): ${missing.map((ch) => `${ch} ${hex(ch.codePointAt(0))}`).join(', ')}`,
    );

  const lines = [...covered]
    .sort(([a], [b]) => a.codePointAt(0) - b.codePointAt(0))
    .map(([ch, face]) => `${hex(ch.codePointAt(0))} ${ch} ${face}`);
  const header = `# Characters covered by public/fonts/chainatlas-*.woff2: "<code point> <char> <face>". Generated by scripts/build-fonts.mjs; do not edit, run npm run data:fonts.\n`;
  writeFileSync(join(OUT, 'charset.txt'), `${header}${lines.join('\n')}\n`);

  const pkg = JSON.parse(readFileSync(join(PKG, 'package.json'), 'utf8'));
  const note = `Subsets of Noto Sans SC from the npm package ${pkg.name} ${pkg.version}, made by scripts/build-fonts.mjs; licensed under the SIL Open Font License 1.1 below.\n\n`;
  writeFileSync(join(OUT, 'LICENSE-OFL.txt'), note + readFileSync(join(PKG, 'LICENSE'), 'utf8'));

  const cjk = [...covered.values()].filter((f) => f === 'cjk').length;
  console.log(
    `charset.txt: ${covered.size} characters (${cjk} in the cjk file, ${covered.size - cjk} in the latin file); ${found.size} distinct non-ASCII characters found in data/ and src/`,
  );
}

await main();
