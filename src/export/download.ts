/** Saving a Blob as a file: an <a download> on an object URL, revoked once the download has started. */

export function fileName(slug: string, date: string, ext: 'png' | 'svg'): string {
  const safe = slug.replace(/[^a-z0-9-]/g, '') || 'view';
  return `chainatlas-${safe}-${date}.${ext}`;
}

export function downloadBlob(blob: Blob, name: string, doc: Document = document): void {
  const url = URL.createObjectURL(blob);
  const a = doc.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  a.style.display = 'none';
  doc.body.appendChild(a);
  a.click();
  a.remove();
  // Revoking in the same task can cancel the download in some browsers; a minute is plenty.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function canvasBlob(canvas: HTMLCanvasElement, type = 'image/png'): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the image could not be encoded'))), type),
  );
}
