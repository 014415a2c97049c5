// The map's first picture, baked from our boundaries at build time (scripts/vite/previewPlugin.ts).
declare module 'virtual:chainatlas/map-preview' {
  const baked: import('./bakedPreview.ts').BakedPreview;
  export default baked;
}
