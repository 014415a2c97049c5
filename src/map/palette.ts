/** Map colours. Text stays dark for contrast on every fill. */
export const MAP_COLORS = {
  sea: '#dbe9f4',
  contextLand: '#eeece6',
  contextLine: '#c9c5bb',
  cityLine: '#ffffff',
  hoverLine: '#1f2937',
  selectedLine: '#b4232c',
  label: '#1f2937',
  labelHalo: '#ffffff',
  contextLabel: '#7a7468',
  belt: '#b4232c',
} as const;

export const DEFAULT_FILL = '#e5e7eb';
