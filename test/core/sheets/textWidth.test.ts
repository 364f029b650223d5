import { CELL_PADDING_PX, cellWidthFor, fitText, textWidth } from "../../../src/core/sheets/textWidth";

/**
 * Expected widths from the per-character table (in em, Arial 10 at 13.33 px a em, rounded up):
 * space 0.278, narrow 0.3, wide 0.89, capitals 0.72, digits 0.556, everything else 0.56; bold 8% wider.
 */
describe("textWidth", () => {
  it("is zero for no text", () => {
    expect(textWidth("")).toBe(0);
  });

  it("weighs each group of characters by its own width", () => {
    expect(textWidth(" ".repeat(10))).toBe(38); // 2.78 em = 37.06 px
    expect(textWidth("i".repeat(10))).toBe(40); // 3 em = 39.99 px
    expect(textWidth("|.,:;'!()[]/-")).toBe(52); // 13 narrow: 3.9 em = 51.99 px
    expect(textWidth("m".repeat(10))).toBe(119); // 8.9 em = 118.64 px
    expect(textWidth("@%MW")).toBe(48); // 3.56 em = 47.45 px
    expect(textWidth("A".repeat(10))).toBe(96); // 7.2 em = 95.98 px
    expect(textWidth("ÄÖÜ")).toBe(29); // 2.16 em = 28.79 px
    expect(textWidth("0".repeat(100))).toBe(742); // 55.6 em = 741.15 px
    expect(textWidth("a".repeat(100))).toBe(747); // 56 em = 746.48 px
    expect(textWidth("ß")).toBe(8); // 0.56 em = 7.46 px
  });

  it("adds the characters up", () => {
    // A 0.72 + l 0.3 + p h a 3 × 0.56 = 2.7 em = 35.99 px
    expect(textWidth("Alpha")).toBe(36);
    // 2.7 + space 0.278 + B 0.72 + e 0.56 + t 0.3 + a 0.56 = 5.118 em = 68.22 px
    expect(textWidth("Alpha Beta")).toBe(69);
  });

  it("makes bold text about 8% wider, and plain text by default", () => {
    expect(textWidth("a".repeat(10), true)).toBe(81); // 74.65 px × 1.08 = 80.62
    expect(textWidth("a".repeat(10), false)).toBe(75);
    expect(textWidth("a".repeat(10))).toBe(75);
  });
});

describe("cellWidthFor", () => {
  it("adds the cell's padding to the text's width", () => {
    expect(CELL_PADDING_PX).toBe(6);
    expect(cellWidthFor("Alpha")).toBe(42);
    expect(cellWidthFor("a".repeat(10))).toBe(81);
    expect(cellWidthFor("a".repeat(10), true)).toBe(87);
    expect(cellWidthFor("")).toBe(6);
  });
});

describe("fitText", () => {
  // Cell widths: "Alpha Beta" 75, "Alpha B…" 63 (4.258 em), "Alpha …" 54 (3.538 em), "Alpha…" 50.
  it("keeps a text that fits, up to the exact width", () => {
    expect(fitText("Alpha Beta", 75)).toBe("Alpha Beta");
    expect(fitText("Alpha Beta", 200)).toBe("Alpha Beta");
  });

  it("cuts the longest start that fits with the ellipsis", () => {
    expect(fitText("Alpha Beta", 74)).toBe("Alpha Be…"); // "Alpha Bet…" is as wide as the whole text
    expect(fitText("Alpha Beta", 63)).toBe("Alpha B…");
    expect(fitText("Alpha Beta", 62)).toBe("Alpha…");
  });

  it("drops the space before the ellipsis", () => {
    expect(fitText("Alpha Beta", 54)).toBe("Alpha…");
    expect(fitText(" Alpha Beta", 58)).toBe(" Alpha…");
  });

  it("keeps at least one character however narrow the cell", () => {
    expect(fitText("Alpha Beta", 1)).toBe("A…");
  });

  it("measures bold text as bold, and plain text by default", () => {
    // Bold "Alpha Beta" needs ceil(68.22 × 1.08) + 6 = 80 px.
    expect(fitText("Alpha Beta", 75, true)).not.toBe("Alpha Beta");
    expect(fitText("Alpha Beta", 80, true)).toBe("Alpha Beta");
    expect(fitText("Alpha Beta", 75, false)).toBe("Alpha Beta");
  });
});
