/**
 * An estimate of how wide a text is drawn in Sheets' default font (Arial 10 pt, about 13.3 px), from the
 * characters' widths in Arial's metrics (in 1/1000 em), grouped. Deliberately a little generous: it is
 * used to choose column widths and to shorten names so that nothing is cut off.
 */
const EM_PX = 13.33;
/** Sheets leaves about 3 px of padding on each side of a cell's text. */
export const CELL_PADDING_PX = 6;

const NARROW = new Set([..."iljtfrI.,:;'|!() []/-"]);
const WIDE = new Set([..."mwMW%@"]);

function charEm(ch: string): number {
  if (ch === " ") return 0.278;
  if (NARROW.has(ch)) return 0.3;
  if (WIDE.has(ch)) return 0.89;
  if (/[A-ZÄÖÜ]/.test(ch)) return 0.72;
  if (/[0-9]/.test(ch)) return 0.556;
  return 0.56;
}

/** Estimated width in pixels of `text` in Arial 10, bold about 8% wider. */
export function textWidth(text: string, bold = false): number {
  let em = 0;
  for (const ch of text) em += charEm(ch);
  return Math.ceil(em * EM_PX * (bold ? 1.08 : 1));
}

/** The width a cell needs to show `text` without cutting it. */
export function cellWidthFor(text: string, bold = false): number {
  return textWidth(text, bold) + CELL_PADDING_PX;
}

/** `text` shortened with "…" so that it fits `width` pixels of cell. */
export function fitText(text: string, width: number, bold = false): string {
  if (cellWidthFor(text, bold) <= width) return text;
  let cut = text;
  while (cut.length > 1 && cellWidthFor(cut + "…", bold) > width) cut = cut.slice(0, -1);
  return cut.trimEnd() + "…";
}
