import { readFileSync, writeFileSync } from 'node:fs';
import { it } from 'vitest';
import { buildExportSvg, serializeSvg } from '/work/main/src/export/svg.ts';
import { CJK_RANGE, LATIN_RANGE } from '/work/main/src/map/fontFaces.ts';
import { figureFor } from '/work/main/test/unit/export/helpers.ts';
it('gen', () => {
  const fonts = (['latin','cjk'] as const).flatMap((face) => ([400,700] as const).map((weight) => ({ weight, unicodeRange: (face==='cjk'?CJK_RANGE:LATIN_RANGE).join(','), dataUrl: 'data:font/woff2;base64,' + readFileSync(`/work/main/public/fonts/chainatlas-${face}-${weight}.woff2`).toString('base64') })));
  for (const [name, ids, layout] of [['p', { cluster: 'petrochem', node: 'seg-refining' }, 'slide'], ['n', { cluster: 'new-energy', city: '440300', lang: 'en' }, 'a4'], ['o', {}, 'slide']] as const) {
    writeFileSync(`/tmp/exp/${name}.svg`, serializeSvg(buildExportSvg(figureFor(ids as never), document, { layout, fonts })));
  }
});
