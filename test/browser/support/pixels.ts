/** Pixel statistics of a PNG screenshot, to tell a drawn map from a blank one. */
import { PNG } from 'pngjs';

export function pixelStats(png: Buffer): { distinctColors: number; dominantShare: number } {
  const img = PNG.sync.read(png);
  const counts = new Map<number, number>();
  for (let i = 0; i < img.data.length; i += 4) {
    // Quantise to 5 bits per channel so antialiasing does not inflate the count.
    const key =
      ((img.data[i] ?? 0) >> 3) * 1024 + ((img.data[i + 1] ?? 0) >> 3) * 32 + ((img.data[i + 2] ?? 0) >> 3);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const total = img.width * img.height;
  const dominant = Math.max(...counts.values());
  return { distinctColors: counts.size, dominantShare: dominant / total };
}

/** How many pixels of a PNG are within `tolerance` per channel of a `#rrggbb` colour. */
export function pixelsNear(png: Buffer, hex: string, tolerance = 6): number {
  const img = PNG.sync.read(png);
  const want = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
  let n = 0;
  for (let i = 0; i < img.data.length; i += 4) {
    if (
      Math.abs((img.data[i] ?? 0) - (want[0] ?? 0)) <= tolerance &&
      Math.abs((img.data[i + 1] ?? 0) - (want[1] ?? 0)) <= tolerance &&
      Math.abs((img.data[i + 2] ?? 0) - (want[2] ?? 0)) <= tolerance
    )
      n++;
  }
  return n;
}
