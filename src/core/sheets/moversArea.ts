import { HISTORY_TEXTS } from "../historyTexts";
import { GONE_LISTED } from "../history";
import { QUADRANT_LABELS } from "../i18n";
import type { Language } from "../language";
import type { QuadrantKey } from "../quadrant";
import { HEADER_FILL } from "./colors";
import type { Canvas } from "./grid";
import type { OverviewContext } from "./overviewContext";

/** Rank changes shown with their sign: +3 moved up, -2 down. */
export const RANK_CHANGE_FORMAT = "+0;-0;0";
const LABEL_COL = 1;
const NAME_COL = 2;
const CHANGE_COL = 3;
const QUADRANT_COL = 4;
/** Under the chart's columns: the drivers' text runs on into the empty cells right of it. */
const DRIVERS_COL = 6;

function quadrantMove(from: QuadrantKey | null, to: QuadrantKey | null, language: Language): string {
  const label = (q: QuadrantKey | null) => (q ? QUADRANT_LABELS[language][q] : "–");
  return from === to ? label(to) : `${label(from)} → ${label(to)}`;
}

/**
 * The movers since the last snapshot (docs/REFERENCE.md, "KAM History"): quadrant changes first, then the
 * largest rank changes, each with the criteria whose points changed most; the note when the model changed;
 * the accounts no longer in the data. Without a history view (no history read) the area is absent.
 */
export function drawMovers(canvas: Canvas, row: number, ctx: OverviewContext): number {
  const view = ctx.input.history;
  if (!view) return 0;
  const language = ctx.input.language;
  const t = HISTORY_TEXTS[language];
  const movement = view.movement;
  const heading = (r: number, text: string) => {
    canvas.put(r, LABEL_COL, text);
    canvas.fill({ row: r, col: LABEL_COL, numRows: 1, numCols: 5 }, HEADER_FILL, true);
  };
  if (!movement) {
    heading(row, t.moversHeading("–"));
    canvas.put(row + 1, NAME_COL, view.notice ?? t.firstSnapshot);
    return 3;
  }
  heading(row, t.moversHeading(movement.previousAt));
  let r = row + 1;
  if (movement.modelChanged) canvas.put(r++, NAME_COL, t.modelChanged);
  if (movement.movers.length === 0) {
    canvas.put(r++, NAME_COL, t.noMovers);
  } else {
    const [name, change, quadrant, drivers] = t.moversHeaders;
    canvas.put(r, NAME_COL, name);
    canvas.put(r, CHANGE_COL, change);
    canvas.put(r, QUADRANT_COL, quadrant);
    canvas.put(r, DRIVERS_COL, drivers);
    canvas.bold(r, NAME_COL, DRIVERS_COL - NAME_COL + 1);
    r++;
    for (const m of movement.movers) {
      canvas.put(r, NAME_COL, m.account);
      canvas.put(r, CHANGE_COL, m.rankChange, RANK_CHANGE_FORMAT);
      canvas.put(r, QUADRANT_COL, quadrantMove(m.from, m.to, language));
      canvas.put(r, DRIVERS_COL, m.drivers.map((d) => t.driver(d.criterion, d.change)).join(", "));
      r++;
    }
  }
  if (movement.gone.length > 0) {
    r++;
    canvas.put(r, NAME_COL, t.goneHeading(movement.gone.length));
    canvas.bold(r, NAME_COL);
    r++;
    for (const g of movement.gone.slice(0, GONE_LISTED)) {
      canvas.put(r, NAME_COL, g.account);
      canvas.put(r, QUADRANT_COL, g.quadrant ? QUADRANT_LABELS[language][g.quadrant] : "");
      r++;
    }
    if (movement.gone.length > GONE_LISTED)
      canvas.put(r++, NAME_COL, t.moreGone(movement.gone.length - GONE_LISTED));
  }
  return r - row + 1;
}
