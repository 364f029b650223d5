import { widthStrokes, type WidthRun } from "../../src/adapters/widthStrokes";
import { groupWidths } from "../../src/core/matrixLayout";

/** The widths the columns end with after the strokes, from `initial` (0 = never set). */
function apply(strokes: readonly WidthRun[], columns: number, initial: number): number[] {
  const widths = new Array<number>(columns).fill(initial);
  for (const { col, count, width } of strokes) for (let c = col; c < col + count; c++) widths[c - 1] = width;
  return widths;
}

describe("widthStrokes", () => {
  const cases: number[][] = [
    [110, 236, 64, 236, 64, 100, 100, 150, 150],
    [60, 220, 130, 130, 130],
    [100, 100, 100],
    [1, 2, 1, 2, 1, 2, 1],
    [5, 4, 3, 4, 5],
    [7],
  ];

  it.each(cases)(
    "leaves every column at its width, from an unknown and from the default width (%#)",
    (...widths) => {
      const runs = groupWidths(widths);
      expect(apply(widthStrokes(runs, null), widths.length, 0)).toEqual(widths);
      expect(apply(widthStrokes(runs, 100), widths.length, 100)).toEqual(widths);
    },
  );

  it("needs fewer calls than runs where a width comes back", () => {
    const runs = groupWidths([110, 236, 64, 236, 64, 100, 150]);
    expect(runs).toHaveLength(7);
    expect(widthStrokes(runs, null)).toHaveLength(6);
    expect(widthStrokes(runs, 100)).toHaveLength(5);
    expect(widthStrokes(groupWidths([1, 2, 1, 2, 1, 2, 1]), null)).toHaveLength(4);
  });

  it("never needs more calls than runs", () => {
    for (const widths of cases) {
      const runs = groupWidths(widths);
      expect(widthStrokes(runs, null).length).toBeLessThanOrEqual(runs.length);
    }
  });
});
