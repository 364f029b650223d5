import {
  blank,
  Canvas,
  GENERAL_FORMAT,
  groupWidths,
  SCORE_FORMAT,
  TEXT_FORMAT,
} from "../../../src/core/sheets/grid";

describe("Canvas", () => {
  it("grows to the rows used, each row as wide as the canvas, blank and plain", () => {
    const canvas = new Canvas(3);
    expect(canvas.rows).toBe(0);
    canvas.put(2, 2, 5, SCORE_FORMAT);
    expect(canvas.rows).toBe(2);
    expect(canvas.values).toEqual([
      ["", "", ""],
      ["", 5, ""],
    ]);
    expect(canvas.formats).toEqual([
      [GENERAL_FORMAT, GENERAL_FORMAT, GENERAL_FORMAT],
      [GENERAL_FORMAT, SCORE_FORMAT, GENERAL_FORMAT],
    ]);
    expect(canvas.backgrounds).toEqual([
      [null, null, null],
      [null, null, null],
    ]);
    expect(canvas.weights).toEqual([
      ["normal", "normal", "normal"],
      ["normal", "normal", "normal"],
    ]);
  });

  it("formats text as plain text, blanks and null as General, numbers as asked", () => {
    const canvas = new Canvas(5);
    canvas.put(1, 1, "=SUM(A1)", SCORE_FORMAT);
    canvas.put(1, 2, "", SCORE_FORMAT);
    canvas.put(1, 3, null, SCORE_FORMAT);
    canvas.put(1, 4, 1.5, SCORE_FORMAT);
    canvas.put(1, 5, 2);
    expect(canvas.values[0]).toEqual(["=SUM(A1)", "", "", 1.5, 2]);
    expect(canvas.formats[0]).toEqual([
      TEXT_FORMAT,
      GENERAL_FORMAT,
      GENERAL_FORMAT,
      SCORE_FORMAT,
      GENERAL_FORMAT,
    ]);
  });

  it("puts booleans with the format asked", () => {
    const canvas = new Canvas(1);
    canvas.put(1, 1, true, SCORE_FORMAT);
    expect(canvas.values[0]).toEqual([true]);
    expect(canvas.formats[0]).toEqual([SCORE_FORMAT]);
  });

  it("fills a rectangle, setting the weight only when asked", () => {
    const canvas = new Canvas(3);
    canvas.bold(1, 1, 3);
    canvas.fill({ row: 1, col: 2, numRows: 2, numCols: 2 }, "#abcdef");
    expect(canvas.rows).toBe(2);
    expect(canvas.backgrounds).toEqual([
      [null, "#abcdef", "#abcdef"],
      [null, "#abcdef", "#abcdef"],
    ]);
    expect(canvas.weights[0]).toEqual(["bold", "bold", "bold"]);
    canvas.fill({ row: 1, col: 3, numRows: 1, numCols: 1 }, null, false);
    canvas.fill({ row: 2, col: 1, numRows: 1, numCols: 1 }, "#000000", true);
    expect(canvas.weights).toEqual([
      ["bold", "bold", "normal"],
      ["bold", "normal", "normal"],
    ]);
    expect(canvas.backgrounds).toEqual([
      [null, "#abcdef", null],
      ["#000000", "#abcdef", "#abcdef"],
    ]);
  });

  it("makes a run of cells bold, one by default", () => {
    const canvas = new Canvas(4);
    canvas.bold(1, 2);
    canvas.bold(2, 2, 2);
    expect(canvas.weights).toEqual([
      ["normal", "bold", "normal", "normal"],
      ["normal", "bold", "bold", "normal"],
    ]);
  });

  it("extends to at least the rows asked, never shrinks", () => {
    const canvas = new Canvas(2);
    canvas.extend(3);
    expect(canvas.rows).toBe(3);
    canvas.extend(1);
    expect(canvas.rows).toBe(3);
  });
});

describe("groupWidths", () => {
  it("makes consecutive columns of one width one group", () => {
    expect(groupWidths([56, 220, 130, 130, 130, 56, 56])).toEqual([
      { col: 1, count: 1, width: 56 },
      { col: 2, count: 1, width: 220 },
      { col: 3, count: 3, width: 130 },
      { col: 6, count: 2, width: 56 },
    ]);
  });

  it("has no group for no columns and one for a single column", () => {
    expect(groupWidths([])).toEqual([]);
    expect(groupWidths([100])).toEqual([{ col: 1, count: 1, width: 100 }]);
  });
});

describe("blank", () => {
  it("turns null into an empty cell and keeps everything else", () => {
    expect(blank(null)).toBe("");
    expect(blank(0)).toBe(0);
    expect(blank("x")).toBe("x");
  });
});
