/**
 * A chart laid out as display-list items (the same list the PNG/SVG export draws), shown live as an
 * inline SVG. Interaction lives on `hits`: one focusable, transparent rectangle per thing a person can
 * pick, in reading order, so a chart is usable by mouse and by keyboard (Tab to move, Enter/Space to
 * pick, Escape to clear). Text is React text, never markup.
 */
import type { KeyboardEvent } from 'react';
import type { Item } from '../export/displayList.ts';

export interface Hit {
  /** The record the hit selects (a chain node, or a roadmap item's node when it has one). */
  id: string;
  x: number;
  y: number;
  w: number;
  h: number;
  /** What a screen reader announces. */
  label: string;
}

export interface ItemsSvgProps {
  width: number;
  height: number;
  items: readonly Item[];
  hits: readonly Hit[];
  label: string;
  selectedId: string | null;
  onSelect(id: string | null): void;
  onPreview?(id: string | null): void;
  testId?: string;
}

function dash(d: readonly number[] | undefined): string | undefined {
  return d?.length ? d.join(' ') : undefined;
}

/** One display-list item as SVG (also used by the map's first-paint preview). */
export function ItemEl({ it }: { it: Item }) {
  switch (it.t) {
    case 'rect':
      return (
        <rect
          x={it.x}
          y={it.y}
          width={Math.max(0, it.w)}
          height={Math.max(0, it.h)}
          fill={it.fill ?? 'none'}
          stroke={it.stroke}
          strokeWidth={it.strokeWidth}
          strokeDasharray={dash(it.dash)}
        />
      );
    case 'path':
      return (
        <path
          d={it.d}
          fill={it.fill ?? 'none'}
          opacity={it.opacity}
          stroke={it.stroke}
          strokeWidth={it.strokeWidth}
          strokeDasharray={dash(it.dash)}
          strokeLinecap={it.lineCap}
        />
      );
    case 'circle':
      return (
        <circle
          cx={it.cx}
          cy={it.cy}
          r={it.r}
          fill={it.fill ?? 'none'}
          stroke={it.stroke}
          strokeWidth={it.strokeWidth}
          strokeDasharray={dash(it.dash)}
        />
      );
    case 'text':
      return (
        <text
          x={it.x}
          y={it.y}
          fontSize={it.size}
          fontWeight={it.weight ?? 400}
          fill={it.fill}
          textAnchor={it.anchor ?? 'start'}
          stroke={it.halo?.color}
          strokeWidth={it.halo?.width}
          paintOrder={it.halo ? 'stroke' : undefined}
        >
          {it.text}
        </text>
      );
    case 'group':
      return (
        <g transform={`translate(${it.x} ${it.y})${it.scale ? ` scale(${it.scale})` : ''}`}>
          {it.items.map((child, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a display list is static between renders
            <ItemEl key={i} it={child} />
          ))}
        </g>
      );
    case 'slot':
      return null;
  }
}

export function ItemsSvg(props: ItemsSvgProps) {
  const { width, height, hits, selectedId } = props;
  const onKey = (e: KeyboardEvent<SVGRectElement>, id: string) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      props.onSelect(id === selectedId ? null : id);
    } else if (e.key === 'Escape') props.onSelect(null);
  };
  return (
    // biome-ignore lint/a11y/useSemanticElements: an SVG group of picks; <fieldset> cannot live in SVG
    <svg
      className="items-svg"
      viewBox={`0 0 ${width} ${height}`}
      width={width}
      height={height}
      role="group"
      aria-label={props.label}
      data-testid={props.testId}
    >
      {props.items.map((it, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a display list is static between renders
        <ItemEl key={i} it={it} />
      ))}
      {hits.map((h, i) => (
        // biome-ignore lint/a11y/useSemanticElements: an SVG hit area; <button> cannot live in SVG
        <rect
          // biome-ignore lint/suspicious/noArrayIndexKey: one id may have several hits (a node in two lanes)
          key={`${h.id}-${i}`}
          className="items-hit"
          data-id={h.id}
          x={h.x}
          y={h.y}
          width={Math.max(1, h.w)}
          height={Math.max(1, h.h)}
          fill="transparent"
          role="button"
          tabIndex={0}
          aria-label={h.label}
          aria-pressed={h.id === selectedId}
          onClick={() => props.onSelect(h.id === selectedId ? null : h.id)}
          onKeyDown={(e) => onKey(e, h.id)}
          onMouseEnter={() => props.onPreview?.(h.id)}
          onMouseLeave={() => props.onPreview?.(null)}
          onFocus={() => props.onPreview?.(h.id)}
          onBlur={() => props.onPreview?.(null)}
        />
      ))}
    </svg>
  );
}
