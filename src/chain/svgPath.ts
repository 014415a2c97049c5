/**
 * PathSink that builds an SVG path `d` string, numbers rounded to 2 decimals so exported files
 * and snapshot tests are stable and small.
 */
import type { PathSink } from './shapes.ts';

export function fmt(v: number): string {
  const r = Math.round(v * 100) / 100;
  return String(Object.is(r, -0) ? 0 : r);
}

export class SvgPath implements PathSink {
  private parts: string[] = [];
  private open = false;
  /** Current point, formatted; lets arc() skip a zero-length join. */
  private at = '';

  moveTo(x: number, y: number): void {
    this.at = `${fmt(x)} ${fmt(y)}`;
    this.parts.push(`M${this.at}`);
    this.open = true;
  }
  lineTo(x: number, y: number): void {
    const pt = `${fmt(x)} ${fmt(y)}`;
    if (this.open && pt === this.at) return;
    this.parts.push(`${this.open ? 'L' : 'M'}${pt}`);
    this.at = pt;
    this.open = true;
  }
  quadraticCurveTo(cx: number, cy: number, x: number, y: number): void {
    this.at = `${fmt(x)} ${fmt(y)}`;
    this.parts.push(`Q${fmt(cx)} ${fmt(cy)} ${this.at}`);
  }
  /** Canvas semantics: a line joins the current point to the arc's start; angles grow clockwise. */
  arc(x: number, y: number, r: number, a0: number, a1: number): void {
    const sweep = a1 - a0;
    if (Math.abs(sweep) >= 2 * Math.PI - 1e-9) {
      // SVG cannot draw a full circle in one arc: two half arcs.
      const mid = a0 + Math.sign(sweep) * Math.PI;
      this.arc(x, y, r, a0, mid);
      this.arc(x, y, r, mid, mid + Math.sign(sweep) * Math.PI);
      return;
    }
    this.lineTo(x + r * Math.cos(a0), y + r * Math.sin(a0));
    const large = Math.abs(sweep) > Math.PI ? 1 : 0;
    const cw = sweep > 0 ? 1 : 0;
    this.at = `${fmt(x + r * Math.cos(a1))} ${fmt(y + r * Math.sin(a1))}`;
    this.parts.push(`A${fmt(r)} ${fmt(r)} 0 ${large} ${cw} ${this.at}`);
  }
  closePath(): void {
    this.parts.push('Z');
    this.open = false;
  }
  toString(): string {
    return this.parts.join('');
  }
}
