/**
 * Printing the current view. The live map is a WebGL canvas, which browsers may print blank, so the
 * Print action first composes the A4 figure (title, map, diagram, legends, sources line, note, date,
 * link) as a 2× PNG (≈300 dpi across an A4 page) into a print-only sheet, adds a second page with
 * the governance card and the full source list, then calls window.print(). print.css hides the app
 * while the sheet is there; without it (Ctrl+P) it prints the live layout without the chrome.
 */
import { collectFigure, type ExportContext } from './collect.ts';
import { composePng } from './png.ts';

const SHEET_CLASS = 'print-sheet';
const ACTIVE_CLASS = 'print-sheet-active';

export function removePrintSheet(doc: Document = document): void {
  for (const el of Array.from(doc.querySelectorAll(`.${SHEET_CLASS}`))) el.remove();
  doc.documentElement.classList.remove(ACTIVE_CLASS);
}

function make<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, cls?: string, text?: string) {
  const el = doc.createElement(tag);
  if (cls) el.className = cls;
  if (text !== undefined) el.textContent = text;
  return el;
}

/** Builds the sheet; exported for tests, which check it without opening a print dialog. */
export async function preparePrintSheet(ctx: ExportContext, doc: Document = document): Promise<HTMLElement> {
  const { input, live } = await collectFigure(ctx, { liveMap: true });
  const canvas = await composePng(input, 'a4', 2, live, doc);
  // A data: URL, not a blob: one: the app's Content-Security-Policy allows img-src 'self' data: only.
  const url = canvas.toDataURL('image/png');
  removePrintSheet(doc);

  const sheet = make(doc, 'div', SHEET_CLASS);
  sheet.setAttribute('data-testid', 'print-sheet');
  const img = make(doc, 'img', 'print-figure');
  img.alt = input.title;
  img.src = url;
  sheet.appendChild(img);

  const details = make(doc, 'div', 'print-details');
  const gov = doc.querySelector('.governance-card');
  if (gov) {
    const copy = gov.cloneNode(true) as Element;
    // The copy must not duplicate the page's ids (citation anchors, aria references).
    for (const el of [copy, ...Array.from(copy.querySelectorAll('[id]'))]) el.removeAttribute('id');
    details.appendChild(copy);
  }
  const s = input.strings;
  if (input.sources.length) {
    const section = make(doc, 'section', 'print-sources');
    section.appendChild(make(doc, 'h3', 'panel-heading', s.sources));
    const list = make(doc, 'ol');
    for (const src of input.sources) {
      const li = make(doc, 'li', undefined, src.text.replace(/^\[\d+\] /, ''));
      if (src.url) li.appendChild(make(doc, 'span', 'print-url', ` ${src.url}`));
      list.appendChild(li);
    }
    section.appendChild(list);
    details.appendChild(section);
  }
  details.appendChild(make(doc, 'p', 'print-meta', input.mapCredit));
  details.appendChild(
    make(doc, 'p', 'print-meta', `${s.exported} ${input.date} · ${s.link}${s.colon}${input.link}`),
  );
  sheet.appendChild(details);

  doc.body.appendChild(sheet);
  doc.documentElement.classList.add(ACTIVE_CLASS);
  await img.decode().catch(() => undefined);
  return sheet;
}

export async function printView(ctx: ExportContext, doc: Document = document): Promise<void> {
  await preparePrintSheet(ctx, doc);
  const win = doc.defaultView ?? window;
  win.addEventListener('afterprint', () => removePrintSheet(doc), { once: true });
  win.print();
}
