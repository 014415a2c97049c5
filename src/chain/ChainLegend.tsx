/**
 * Legend of the chain diagram: node kinds (shape + colour), segment status marks, enterprise tiers
 * and link styles, each with a text label. Data and icons come from pure functions (legendData,
 * legendIcon) that export reuses, so legend and diagram cannot drift apart.
 */
import { legendIcon } from './legendIcons.ts';
import { chainStrings, type Lang } from './strings.ts';
import { type ChainTheme, type LegendIcon, legendData, lightTheme } from './theme.ts';

export interface ChainLegendProps {
  lang: Lang;
  theme?: ChainTheme;
  className?: string;
}

function Icon({ icon, theme }: { icon: LegendIcon; theme: ChainTheme }) {
  const drawing = legendIcon(icon, theme);
  return (
    <svg
      width={drawing.width}
      height={drawing.height}
      viewBox={`0 0 ${drawing.width} ${drawing.height}`}
      aria-hidden="true"
      focusable="false"
    >
      {drawing.parts.map((p, i) => (
        <path
          // biome-ignore lint/suspicious/noArrayIndexKey: parts are a fixed, ordered drawing
          key={i}
          d={p.d}
          fill={p.fill}
          stroke={p.stroke}
          strokeWidth={p.strokeWidth}
          strokeDasharray={p.dash}
          strokeLinejoin="round"
        />
      ))}
      {drawing.glyph && (
        <text
          x={drawing.glyph.x}
          y={drawing.glyph.y}
          fontSize={drawing.glyph.size}
          fontWeight={600}
          textAnchor="middle"
          dominantBaseline="central"
          fill={drawing.glyph.fill}
        >
          {drawing.glyph.text}
        </text>
      )}
    </svg>
  );
}

export function ChainLegend({ lang, theme = lightTheme, className }: ChainLegendProps) {
  const groups = legendData(theme, lang);
  return (
    <section className={className ?? 'chain-legend'} aria-label={chainStrings(lang).legendTitle}>
      {groups.map((g) => (
        <div key={g.id} className="chain-legend-group">
          <h3>{g.title}</h3>
          <ul>
            {g.items.map((item) => (
              <li key={item.id}>
                <Icon icon={item.icon} theme={theme} /> <span>{item.label}</span>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
