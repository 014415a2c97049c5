/** Map colours. Region fills are light and distinct; text stays dark for contrast on every fill. */
export const MAP_COLORS = {
  sea: '#dbe9f4',
  contextLand: '#eeece6',
  contextLine: '#c9c5bb',
  cityLine: '#ffffff',
  provinceLine: '#5b6470',
  hoverLine: '#1f2937',
  selectedLine: '#b4232c',
  label: '#1f2937',
  labelHalo: '#ffffff',
  contextLabel: '#7a7468',
  belt: '#b4232c',
  dimmed: '#e7e5e0',
} as const;

/** 一核一带一区 regions. Hues far apart; lightness high enough for dark labels. */
export const REGION_FILLS: Record<string, string> = {
  prd: '#f6c28b',
  'coastal-east': '#9fd3c7',
  'coastal-west': '#a7c5eb',
  north: '#c5e1a5',
};
export const DEFAULT_FILL = '#e5e7eb';
