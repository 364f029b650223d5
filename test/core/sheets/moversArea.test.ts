import { parseConfig } from "../../../src/core/config";
import {
  computeMovement,
  GONE_LISTED,
  modelFingerprint,
  snapshotOf,
  type HistoryView,
  type Mover,
  type Movement,
  type SnapshotRow,
} from "../../../src/core/history";
import type { Language } from "../../../src/core/language";
import { buildMatrixLayouts } from "../../../src/core/matrixLayout";
import { evaluateAccounts, type Evaluation } from "../../../src/core/model";
import type { QuadrantKey } from "../../../src/core/quadrant";
import { HEADER_FILL } from "../../../src/core/sheets/colors";
import { Canvas, GENERAL_FORMAT, TEXT_FORMAT, type LayoutValue } from "../../../src/core/sheets/grid";
import type { MatrixInput } from "../../../src/core/sheets/input";
import { drawMovers, RANK_CHANGE_FORMAT } from "../../../src/core/sheets/moversArea";
import type { OverviewContext } from "../../../src/core/sheets/overviewContext";
import { SHEET_TEXTS } from "../../../src/core/sheets/texts";

const CONFIG = parseConfig({
  version: 1,
  dataSheet: "Accounts",
  accountColumn: "Customer",
  revenueColumn: "Revenue",
  criteria: [
    { name: "Need", column: "Need", axis: "attractiveness", weight: 1 },
    { name: "Wallet", column: "Wallet", axis: "strength", weight: 1 },
  ],
});
const HEADERS = ["Customer", "Revenue", "Need", "Wallet"];

function evaluate(rows: (string | number)[][], language: Language): Evaluation {
  return evaluateAccounts(CONFIG, { headerRow: 1, headers: HEADERS, rows }, language);
}

function inputFor(language: Language, history?: HistoryView): MatrixInput {
  return {
    evaluation: evaluate([["Alpha", 100, 8, 8]], language),
    config: CONFIG,
    language,
    madeAt: "2025-06-01 10:00",
    ...(history ? { history } : {}),
  };
}

function contextFor(language: Language, history?: HistoryView): OverviewContext {
  const none: Record<QuadrantKey, []> = {
    keyAccount: [],
    keyDevelopment: [],
    maintenance: [],
    opportunistic: [],
  };
  return {
    input: inputFor(language, history),
    t: SHEET_TEXTS[language],
    scoresSheet: "KAM Scores",
    groups: none,
  };
}

/** The overview's width is wider than the area; 12 columns leave room right of the drivers' column 6. */
const COLS = 12;

function movement(over: Partial<Movement>): Movement {
  return {
    previousAt: "2025-03-01 09:15:00",
    accounts: [],
    byRow: new Map(),
    gone: [],
    movers: [],
    modelChanged: false,
    ...over,
  };
}

function mover(account: string, rankChange: number, from: QuadrantKey | null, to: QuadrantKey | null): Mover {
  return { account, rank: 1, rankChange, from, to, drivers: [] };
}

function goneRow(account: string, quadrant: QuadrantKey | null): SnapshotRow {
  return {
    account,
    rank: 1,
    attractiveness: null,
    strength: null,
    score: null,
    quadrant,
    revenue: null,
    share: null,
    points: [],
  };
}

/** Draws the area at `row` of a fresh canvas and returns it with the rows the area said it used. */
function draw(view: HistoryView | undefined, language: Language = "en", row = 1) {
  const canvas = new Canvas(COLS);
  const used = drawMovers(canvas, row, contextFor(language, view));
  return { canvas, used };
}

/** The non-empty cells of a row, by 1-based column. */
function cells(canvas: Canvas, row: number): Record<number, LayoutValue> {
  const out: Record<number, LayoutValue> = {};
  (canvas.values[row - 1] ?? []).forEach((v, j) => {
    if (v !== "") out[j + 1] = v;
  });
  return out;
}

const BOLD_HEADING = ["bold", "bold", "bold", "bold", "bold", ...Array<string>(COLS - 5).fill("normal")];
const FILLED_HEADING = [...Array<string>(5).fill(HEADER_FILL), ...Array<null>(COLS - 5).fill(null)];

describe("the movers area on the overview", () => {
  it("is absent when the history was not read", () => {
    const { canvas, used } = draw(undefined);
    expect(used).toBe(0);
    expect(canvas.rows).toBe(0);
  });

  it("says it is the first snapshot when there is no earlier one, under a heading without a date", () => {
    const { canvas, used } = draw({ movement: null, notice: null }, "en", 4);
    expect(used).toBe(3); // heading, the note, a blank row
    expect(canvas.rows).toBe(5); // the blank row is not drawn: the next area starts there
    expect(cells(canvas, 4)).toEqual({ 1: "Moved since the last snapshot (–)" });
    expect(canvas.backgrounds[3]).toEqual(FILLED_HEADING);
    expect(canvas.weights[3]).toEqual(BOLD_HEADING);
    expect(cells(canvas, 5)).toEqual({
      2: "This is the first snapshot of this data sheet: the next generation shows who moved (see KAM History).",
    });
    expect(canvas.formats[4]?.[1]).toBe(TEXT_FORMAT);
  });

  it("shows the notice it is given instead (a damaged history) in German too", () => {
    const { canvas, used } = draw(
      { movement: null, notice: "Das Blatt „KAM-Verlauf“ wurde von Hand geändert" },
      "de",
    );
    expect(used).toBe(3);
    expect(cells(canvas, 1)).toEqual({ 1: "Bewegt seit dem letzten Stand (–)" });
    expect(cells(canvas, 2)).toEqual({ 2: "Das Blatt „KAM-Verlauf“ wurde von Hand geändert" });
  });

  it("says nobody moved, and nothing more, when no account changed rank or quadrant", () => {
    const { canvas, used } = draw({ movement: movement({}), notice: null }, "en", 2);
    expect(used).toBe(3);
    expect(canvas.rows).toBe(3);
    expect(cells(canvas, 2)).toEqual({ 1: "Moved since the last snapshot (2025-03-01 09:15:00)" });
    expect(canvas.backgrounds[1]).toEqual(FILLED_HEADING);
    expect(cells(canvas, 3)).toEqual({ 2: "No account changed rank or quadrant." });
  });

  it("puts the note on a changed model first", () => {
    const { canvas, used } = draw({ movement: movement({ modelChanged: true }), notice: null }, "de");
    expect(used).toBe(4);
    expect(cells(canvas, 1)).toEqual({ 1: "Bewegt seit dem letzten Stand (2025-03-01 09:15:00)" });
    expect(cells(canvas, 2)[2]).toMatch(/^Das Modell \(Kriterien, Gewichte oder Grenzen\) hat sich/);
    expect(cells(canvas, 3)).toEqual({ 2: "Kein Kunde hat Rang oder Quadrant gewechselt." });
  });

  it("lists the movers in the order given, with rank change, quadrant move and the drivers", () => {
    const movers: Mover[] = [
      { ...mover("Beta AG", 2, "keyDevelopment", "keyAccount"), drivers: [{ criterion: "Need", change: 3 }] },
      {
        ...mover("Alpha GmbH", -5, "maintenance", "maintenance"),
        drivers: [
          { criterion: "Wallet", change: -2.5 },
          { criterion: "Need", change: 1 },
        ],
      },
      mover("Gamma Ltd", 1, null, "opportunistic"),
      mover("Delta SE", -1, "opportunistic", null),
      mover("Epsilon", 4, null, null),
    ];
    const { canvas, used } = draw({ movement: movement({ movers }), notice: null }, "en", 3);
    expect(used).toBe(1 + 1 + movers.length + 1); // heading, the column headers, a row each, a blank row
    expect(canvas.rows).toBe(9);
    expect(cells(canvas, 4)).toEqual({
      2: "Account",
      3: "Rank change",
      4: "Quadrant",
      6: "Points that changed most",
    });
    expect(canvas.weights[3]).toEqual([
      "normal",
      ...Array<string>(5).fill("bold"),
      ...Array<string>(COLS - 6).fill("normal"),
    ]);
    expect(canvas.backgrounds[3]).toEqual(Array<null>(COLS).fill(null));
    expect([5, 6, 7, 8, 9].map((r) => cells(canvas, r))).toEqual([
      { 2: "Beta AG", 3: 2, 4: "Key development → Key account", 6: "Need +3" },
      { 2: "Alpha GmbH", 3: -5, 4: "Maintenance", 6: "Wallet −2.5, Need +1" },
      { 2: "Gamma Ltd", 3: 1, 4: "– → Opportunistic" },
      { 2: "Delta SE", 3: -1, 4: "Opportunistic → –" },
      { 2: "Epsilon", 3: 4, 4: "–" },
    ]);
    // The rank change is a number shown with its sign; the texts are plain text, never a formula.
    expect(canvas.formats[4]?.slice(0, 6)).toEqual([
      GENERAL_FORMAT,
      TEXT_FORMAT,
      RANK_CHANGE_FORMAT,
      TEXT_FORMAT,
      GENERAL_FORMAT,
      TEXT_FORMAT,
    ]);
    expect(RANK_CHANGE_FORMAT).toBe("+0;-0;0");
    expect(canvas.weights[4]).toEqual(Array<string>(COLS).fill("normal"));
  });

  it("names quadrants and headers in German", () => {
    const movers = [
      {
        ...mover("Beta AG", -3, "keyAccount", "maintenance"),
        drivers: [{ criterion: "Bedarf", change: -1.5 }],
      },
    ];
    const { canvas } = draw({ movement: movement({ movers }), notice: null }, "de");
    expect(cells(canvas, 2)).toEqual({
      2: "Kunde",
      3: "Rangänderung",
      4: "Quadrant",
      6: "Punkte mit der größten Änderung",
    });
    expect(cells(canvas, 3)).toEqual({
      2: "Beta AG",
      3: -3,
      4: "Schlüsselkunde → Pflegekunde",
      6: "Bedarf −1,5",
    });
  });

  it("lists the accounts no longer in the data after a blank row, with their last quadrant", () => {
    const gone = [goneRow("Omega", "keyAccount"), goneRow("Psi", null)];
    const { canvas, used } = draw({ movement: movement({ gone }), notice: null });
    // heading, "no movers", blank, gone heading, two accounts, blank
    expect(used).toBe(7);
    expect(canvas.rows).toBe(6);
    expect(cells(canvas, 2)).toEqual({ 2: "No account changed rank or quadrant." });
    expect(cells(canvas, 3)).toEqual({});
    expect(cells(canvas, 4)).toEqual({ 2: "No longer in the data: 2 accounts" });
    expect(canvas.weights[3]).toEqual(["normal", "bold", ...Array<string>(COLS - 2).fill("normal")]);
    expect(cells(canvas, 5)).toEqual({ 2: "Omega", 4: "Key account" });
    expect(cells(canvas, 6)).toEqual({ 2: "Psi" });
  });

  it(`lists at most ${GONE_LISTED} gone accounts and counts the rest`, () => {
    const names = (n: number) => Array.from({ length: n }, (_, i) => goneRow(`Gone ${i + 1}`, "maintenance"));
    const exactly = draw({ movement: movement({ gone: names(GONE_LISTED) }), notice: null }, "de");
    expect(exactly.used).toBe(2 + 2 + GONE_LISTED + 1);
    expect(cells(exactly.canvas, 4)).toEqual({ 2: `Nicht mehr in den Daten: ${GONE_LISTED} Kunden` });
    expect(cells(exactly.canvas, 4 + GONE_LISTED)).toEqual({ 2: `Gone ${GONE_LISTED}`, 4: "Pflegekunde" });
    expect(exactly.canvas.rows).toBe(4 + GONE_LISTED);

    const many = draw({ movement: movement({ gone: names(GONE_LISTED + 3) }), notice: null }, "de");
    expect(many.used).toBe(2 + 2 + GONE_LISTED + 1 + 1);
    expect(cells(many.canvas, 4)).toEqual({ 2: `Nicht mehr in den Daten: ${GONE_LISTED + 3} Kunden` });
    expect(cells(many.canvas, 4 + GONE_LISTED)).toEqual({ 2: `Gone ${GONE_LISTED}`, 4: "Pflegekunde" });
    expect(cells(many.canvas, 5 + GONE_LISTED)).toEqual({ 2: "… und 3 weitere" });
    expect(many.canvas.rows).toBe(5 + GONE_LISTED);
  });

  it("stacks the model note, the movers and the gone accounts in that order", () => {
    const view: HistoryView = {
      movement: movement({
        modelChanged: true,
        movers: [mover("Beta AG", 1, "maintenance", "maintenance")],
        gone: [goneRow("Omega", "opportunistic")],
      }),
      notice: null,
    };
    const { canvas, used } = draw(view, "en", 10);
    expect(used).toBe(8);
    expect([10, 11, 12, 13, 14, 15, 16].map((r) => Object.values(cells(canvas, r))[0])).toEqual([
      "Moved since the last snapshot (2025-03-01 09:15:00)",
      expect.stringMatching(/^The model \(criteria, weights or cuts\) changed/),
      "Account",
      "Beta AG",
      undefined,
      "No longer in the data: 1 account",
      "Omega",
    ]);
    expect(cells(canvas, 16)).toEqual({ 2: "Omega", 4: "Opportunistic" });
  });
});

describe("the movers area in the generated overview", () => {
  // Two generations of the same data sheet: Beta overtakes Alpha, which drops out of Key account; Gamma
  // leaves, Delta is new (and so no mover).
  const before = evaluate(
    [
      ["Alpha", 100, 9, 9],
      ["Beta", 100, 6, 6],
      ["Gamma", 100, 2, 2],
    ],
    "en",
  );
  const now = evaluate(
    [
      ["Alpha", 100, 5, 5],
      ["Beta", 100, 9, 8],
      ["Delta", 100, 4, 4],
    ],
    "en",
  );
  const model = modelFingerprint(CONFIG);
  const criteria = CONFIG.criteria.map((c) => c.name);
  const previous = snapshotOf(before.accounts, {
    at: "2025-03-01 09:15:00",
    dataSheet: "Accounts",
    model,
    criteria,
  });
  const history: HistoryView = {
    movement: computeMovement(previous, now.accounts, { model, criteria }),
    notice: null,
  };
  const input: MatrixInput = {
    evaluation: now,
    config: CONFIG,
    language: "en",
    madeAt: "2025-06-01 10:00",
    history,
  };

  it("draws the area where the overview says, as many rows as it used", () => {
    const overview = buildMatrixLayouts(input).overview;
    const area = overview.areas.find((a) => a.id === "movers");
    expect(area).toBeDefined();
    const canvas = new Canvas(overview.numColumns);
    const used = drawMovers(canvas, area!.row, { ...contextFor("en", history), input });
    expect(area!.rows).toBe(used);
    const rows = overview.values.slice(area!.row - 1, area!.row - 1 + used - 1);
    expect(rows).toEqual(canvas.values.slice(area!.row - 1));
    const text = rows.map((r) => r.filter((v) => v !== "").join(" | "));
    expect(text).toEqual([
      "Moved since the last snapshot (2025-03-01 09:15:00)",
      "Account | Rank change | Quadrant | Points that changed most",
      // A change of quadrant comes before a larger change of rank alone.
      "Alpha | -1 | Key account → Opportunistic | Need −4, Wallet −4",
      "Beta | 1 | Key account | Need +3, Wallet +2",
      "",
      "No longer in the data: 1 account",
      "Gamma | Opportunistic",
    ]);
  });

  it("is absent from the overview without a history", () => {
    const { history: _, ...without } = input;
    expect(buildMatrixLayouts(without).overview.areas.map((a) => a.id)).not.toContain("movers");
  });
});
