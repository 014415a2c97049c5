/**
 * Calls back whenever the document has finished loading fonts. The page asks for its fonts only once
 * the workspace's code runs (src/app/Workspace.tsx), so on a slow link the diagram may first be drawn
 * while they are on their way: its canvas labels then used a fallback face and are drawn again.
 * Without the Font Loading API (jsdom) it never calls.
 */
export function onFontsLoaded(doc: Document, callback: () => void): () => void {
  const fonts = (doc as Document & { fonts?: FontFaceSet }).fonts;
  if (!fonts?.addEventListener) return () => {};
  fonts.addEventListener('loadingdone', callback);
  return () => fonts.removeEventListener('loadingdone', callback);
}
