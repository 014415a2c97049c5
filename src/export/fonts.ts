/**
 * Fonts for rasterising and for the SVG file. Canvas text does not wait for web fonts: a face that
 * is not loaded yet is silently replaced by a fallback — tofu for Chinese on a machine with no CJK
 * font. So every character a figure draws is loaded, in each weight it is drawn in, before painting.
 */
import { CJK_RANGE, fontFilePath, LATIN_RANGE } from '../map/fontFaces.ts';
import type { Weight } from './displayList.ts';
import type { EmbeddedFont } from './svg.ts';

export const FONT_FAMILY = 'ChainAtlas Sans';

export async function ensureFonts(
  doc: Document,
  texts: ReadonlyMap<Weight, readonly string[]>,
): Promise<void> {
  const fonts = doc.fonts;
  if (!fonts?.load) return;
  await Promise.all(
    [...texts].map(([weight, list]) => {
      const chars = [...new Set([...list.join('')])].join('');
      return chars ? fonts.load(`${weight} 16px "${FONT_FAMILY}"`, chars) : Promise.resolve([]);
    }),
  );
  await fonts.ready;
}

function asDataUrl(bytes: ArrayBuffer): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('font could not be read'));
    // The type is set here, not taken from the server, so the URL is always data:font/woff2.
    reader.readAsDataURL(new Blob([bytes], { type: 'font/woff2' }));
  });
}

/**
 * The four subset WOFF2 files from the app's own origin, as data: URLs for an SVG's @font-face
 * (≈ 420 KB in all). A face that fails to load is left out: the SVG then falls back to system fonts.
 */
export async function embeddedFonts(baseUrl: string): Promise<EmbeddedFont[]> {
  const faces = (['latin', 'cjk'] as const).flatMap((face) =>
    ([400, 700] as const).map((weight) => ({ face, weight })),
  );
  const loaded = await Promise.all(
    faces.map(async ({ face, weight }): Promise<EmbeddedFont | null> => {
      try {
        const res = await fetch(new URL(fontFilePath(face, weight), baseUrl).href);
        if (!res.ok) return null;
        const dataUrl = await asDataUrl(await res.arrayBuffer());
        return { weight, unicodeRange: (face === 'cjk' ? CJK_RANGE : LATIN_RANGE).join(','), dataUrl };
      } catch {
        return null;
      }
    }),
  );
  return loaded.filter((f): f is EmbeddedFont => f !== null);
}
