import fc from "fast-check";
import { sizeFor } from "../support/mutationRun";
import { columnLetter } from "../../src/core/a1";
import {
  PLAN_COLUMNS,
  buildPlan,
  isOurNextContactFormula,
  nextContactFormula,
  planRuleFormulas,
  planStatus,
  planStatusLine,
  type PlanAccount,
  type PlanCell,
  type PlanGrid,
  type PlanResult,
} from "../../src/core/plan";
import type { QuadrantKey } from "../../src/core/quadrant";

const QUADRANTS: QuadrantKey[] = ["keyAccount", "keyDevelopment"];
const TODAY = "2026-12-01";
const at = (key: string) => PLAN_COLUMNS.findIndex((c) => c.key === key);

/** What the sheet holds after the adapter wrote a result: each cell's value or formula and its format. */
function written(result: PlanResult): PlanGrid {
  return {
    rows: result.cells.map((line) =>
      line.map((cell): PlanCell => ({
        value: cell.formula ? "" : cell.value,
        formula: cell.formula ?? "",
        format: cell.format,
      })),
    ),
  };
}

function refresh(existing: PlanGrid | null, accounts: PlanAccount[], language: "en" | "de" = "en") {
  return buildPlan({ existing, accounts, quadrants: QUADRANTS, language, today: TODAY });
}

const account = (
  name: string,
  quadrant: QuadrantKey | null,
  score: number,
  sheetRow: number,
): PlanAccount => ({
  name,
  quadrant,
  score,
  sheetRow,
});

describe("buildPlan", () => {
  const data = [
    account("Nordwind GmbH", "keyAccount", 8, 2),
    account("Alpenblick AG", "keyDevelopment", 6, 3),
    account("Kessler & Co.", "maintenance", 5, 4),
    account("Berger KG", "keyAccount", 9, 5),
  ];

  it("creates a row per account in the plan's quadrants, best first, with defaults per quadrant", () => {
    const result = refresh(null, data);
    expect(result.cells.map((r) => r[0]?.value)).toEqual([
      "Account",
      "Berger KG",
      "Nordwind GmbH",
      "Alpenblick AG",
    ]);
    expect(result.cells.slice(1).map((r) => r[at("contactEvery")]?.value)).toEqual([14, 14, 30]);
    expect(result.cells[3]?.[at("nextContact")]?.formula).toBe('=IFERROR(J4+I4/(J4<>""))');
    expect(result).toMatchObject({ accounts: 3, added: 3, kept: 0, planRows: 3 });
  });

  it("matches by trimmed, case-insensitive name and keeps the Account cell as it was", () => {
    const grid = written(refresh(null, data));
    grid.rows[1]![at("owner")] = { value: "Mia", formula: "", format: "@" };
    const result = refresh(grid, [account("  BERGER kg ", "keyAccount", 9, 9), ...data.slice(0, 3)]);
    expect(result.cells[1]?.[0]?.value).toBe("Berger KG");
    expect(result.cells[1]?.[at("owner")]?.value).toBe("Mia");
    expect(result.added).toBe(0);
  });

  it("keeps a leaver at the end with the day it left, and that day on later refreshes", () => {
    const grid = written(refresh(null, data));
    const moved = data.map((a) =>
      a.name === "Berger KG" ? { ...a, quadrant: "opportunistic" as const } : a,
    );
    const once = buildPlan({
      existing: grid,
      accounts: moved,
      quadrants: QUADRANTS,
      language: "en",
      today: "2026-12-01",
    });
    const last = once.cells.at(-1)!;
    expect(last[0]?.value).toBe("Berger KG");
    expect(last[at("status")]?.value).toBe("Left the plan on 2026-12-01: now Opportunistic");
    const gone = moved.filter((a) => a.name !== "Berger KG");
    const later = buildPlan({
      existing: written(once),
      accounts: gone,
      quadrants: QUADRANTS,
      language: "en",
      today: "2027-01-15",
    });
    expect(later.cells.at(-1)?.[at("status")]?.value).toBe(
      "Left the plan on 2026-12-01: no longer in the data sheet",
    );
    expect(later.kept).toBe(1);
  });

  it("moves a person's formula with its row, so it keeps reading its own account's cells", () => {
    // Berger KG (row 2), Nordwind GmbH (row 3), Alpenblick AG (row 4). Berger leaves: it goes to the end.
    const grid = written(refresh(null, data));
    const note = (formula: string): PlanCell => ({ value: "", formula, format: "@" });
    grid.rows[1]![at("notes")] = note("=TODAY()-J2");
    grid.rows[2]![at("notes")] = note('=IF(J3="", "call", $J$1&J3)');
    grid.rows[3]![at("notes")] = note("=Team!B4");
    const moved = data.map((a) => (a.name === "Berger KG" ? { ...a, quadrant: "maintenance" as const } : a));
    const result = refresh(grid, moved);
    expect(result.cells.map((r) => [r[0]?.value, r[at("notes")]?.formula])).toEqual([
      ["Account", undefined],
      ["Nordwind GmbH", '=IF(J2="", "call", $J$1&J2)'],
      ["Alpenblick AG", "=Team!B3"],
      ["Berger KG", "=TODAY()-J4"],
    ]);
    // Refreshed again with nothing moved, every formula stays as it is.
    const again = refresh(written(result), moved);
    expect(again.cells.map((r) => r[at("notes")]?.formula)).toEqual(
      result.cells.map((r) => r[at("notes")]?.formula),
    );
  });

  it("brings a returning account back among the active rows", () => {
    const grid = written(refresh(null, data));
    const left = written(
      refresh(
        grid,
        data.map((a) => (a.name === "Berger KG" ? { ...a, quadrant: null } : a)),
      ),
    );
    const back = refresh(left, data);
    expect(back.cells.slice(1).map((r) => r[at("status")]?.value)).toEqual(["In plan", "In plan", "In plan"]);
    expect(back.kept).toBe(0);
  });

  it("keeps duplicates apart by their order in the data and names them", () => {
    const twins = [account("Acme", "keyAccount", 8, 2), account("ACME ", "keyAccount", 7, 3)];
    const result = refresh(null, twins);
    expect(result.duplicates).toEqual([{ name: "Acme", sheetRows: [2, 3] }]);
    expect(result.cells.slice(1).map((r) => r[at("status")]?.value)).toEqual([
      "In plan (name 2 times in the data: #1, data row 2)",
      "In plan (name 2 times in the data: #2, data row 3)",
    ]);
  });

  it("keeps a person's own Next contact due, and writes German words for German", () => {
    const grid = written(refresh(null, data, "de"));
    grid.rows[1]![at("nextContact")] = { value: new Date(2027, 0, 5), formula: "", format: "dd.mm.yyyy" };
    const result = refresh(grid, data, "de");
    expect(result.cells[1]?.[at("nextContact")]).toEqual({
      value: new Date(2027, 0, 5),
      format: "dd.mm.yyyy",
    });
    expect(result.cells[0]?.map((c) => c.value)).toEqual(PLAN_COLUMNS.map((c) => c.header.de));
    expect(result.cells[1]?.[at("offer")]?.value).toBe("keins");
    expect(result.cells[1]?.[at("status")]?.value).toBe("Im Plan");
  });

  it("finds its columns by header wherever a person moved them, and carries columns of their own", () => {
    const grid = written(refresh(null, data));
    // A person's column inserted between Owner and Needs analysed on: every later column moves right.
    for (const row of grid.rows)
      row.splice(at("owner") + 1, 0, { value: "", formula: "", format: "General" });
    grid.rows[0]![at("owner") + 1] = { value: "Region", formula: "", format: "General" };
    grid.rows[2]![at("owner") + 1] = { value: "North", formula: "", format: "General" };
    const result = refresh(grid, data);
    expect(result.columns.needsAnalysed).toBe(at("needsAnalysed") + 2);
    expect(result.cells[2]?.[at("owner") + 1]?.value).toBe("North");
    expect(result.cells[2]?.[result.columns.nextContact - 1]?.formula).toBe(
      `=IFERROR(${columnLetter(result.columns.lastContact)}3+${columnLetter(result.columns.contactEvery)}3/(${columnLetter(result.columns.lastContact)}3<>""))`,
    );
  });
});

describe("formulas", () => {
  it("recognise their own Next contact due formula for any row, and nothing else", () => {
    expect(isOurNextContactFormula(nextContactFormula(7, 10, 9))).toBe(true);
    expect(isOurNextContactFormula('=IFERROR(J7+I8/(J7<>""))')).toBe(false);
    expect(isOurNextContactFormula("=J7+I7")).toBe(false);
  });

  it("use no argument separator, in either language", () => {
    const columns = refresh(null, []).columns;
    for (const language of ["en", "de"] as const) {
      const { overdue, noNeedsAnalysis } = planRuleFormulas(columns, QUADRANTS, language);
      for (const f of [overdue, noNeedsAnalysis, nextContactFormula(2, 10, 9)])
        expect(f.replace(/"[^"]*"/g, "")).not.toMatch(/[,;]/);
    }
  });
});

describe("planStatus", () => {
  it("counts the plan's accounts overdue for contact and without needs analysis", () => {
    const data = [
      account("A", "keyAccount", 9, 2),
      account("B", "keyAccount", 8, 3),
      account("C", "keyDevelopment", 7, 4),
    ];
    const grid = written(refresh(null, data));
    grid.rows[1]![at("lastContact")] = {
      value: new Date(Date.UTC(2026, 10, 1)),
      formula: "",
      format: "yyyy-mm-dd",
    };
    grid.rows[1]![at("needsAnalysed")] = {
      value: new Date(Date.UTC(2026, 10, 1)),
      formula: "",
      format: "yyyy-mm-dd",
    };
    grid.rows[2]![at("lastContact")] = {
      value: new Date(Date.UTC(2026, 10, 25)),
      formula: "",
      format: "yyyy-mm-dd",
    };
    const result = refresh(grid, data);
    const dayOf = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : null);
    const status = planStatus(result.cells, result.columns, QUADRANTS, TODAY, dayOf);
    expect(status).toEqual({ accounts: 3, overdue: 1, withoutNeedsAnalysis: 2 });
    expect(planStatusLine(status, "en")).toBe(
      "Key account plan: 1 of 3 accounts overdue for contact, 2 without needs analysis.",
    );
    expect(planStatusLine(status, "de")).toMatch(/^Key-Account-Plan: 1 von 3 Kunden/);
  });

  it("reads what a person's own formula showed: in Next contact due, and in Last contact under ours", () => {
    const data = [
      account("A", "keyAccount", 9, 2),
      account("B", "keyAccount", 8, 3),
      account("C", "keyAccount", 7, 4),
    ];
    const grid = written(refresh(null, data));
    const day = (d: number) => new Date(Date.UTC(2026, 10, d));
    // A: a due date of the person's own formula, shown as Nov 20: overdue on Dec 1.
    grid.rows[1]![at("nextContact")] = { value: day(20), formula: "=WORKDAY(J2, 10)", format: "yyyy-mm-dd" };
    // B: the same formula, showing a day after today: not overdue.
    grid.rows[2]![at("nextContact")] = {
      value: new Date(Date.UTC(2026, 11, 9)),
      formula: "=WORKDAY(J3, 10)",
      format: "yyyy-mm-dd",
    };
    // C: Last contact from a formula of the person's (Nov 1), our Next contact due adds 14 days: overdue.
    grid.rows[3]![at("lastContact")] = { value: day(1), formula: "=MAX(Log!B:B)", format: "yyyy-mm-dd" };
    const result = refresh(grid, data);
    const dayOf = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : null);
    expect(planStatus(result.cells, result.columns, QUADRANTS, TODAY, dayOf).overdue).toBe(2);
    expect(result.cells[1]?.[at("nextContact")]).toEqual({
      value: day(20),
      formula: "=WORKDAY(J2, 10)",
      format: "yyyy-mm-dd",
    });
  });
});

/**
 * The property: whatever sequence of data changes, hand sorts and typed entries, a refresh never loses or
 * alters a typed cell, and the typed cells of one row stay together on one row of the same account.
 */
describe("typed entries survive every refresh (property)", () => {
  const NAMES = ["Acme", "acme ", "Berger", "Kessler", "Nordwind", "Alpen", "Zeta"];
  const QUADRANT_LIST: (QuadrantKey | null)[] = [
    "keyAccount",
    "keyDevelopment",
    "maintenance",
    "opportunistic",
    null,
  ];
  const PERSON = PLAN_COLUMNS.filter((c) => c.kind === "person").map((c) => c.key);

  type Op =
    | { kind: "data"; accounts: { name: number; quadrant: number; score: number }[] }
    | { kind: "sort"; seed: number[] }
    | { kind: "type"; row: number; column: number; text: string }
    | { kind: "refresh" };

  const op: fc.Arbitrary<Op> = fc.oneof(
    fc.record({
      kind: fc.constant("data" as const),
      accounts: fc.array(
        fc.record({
          name: fc.nat(NAMES.length - 1),
          quadrant: fc.nat(QUADRANT_LIST.length - 1),
          score: fc.integer({ min: 1, max: 10 }),
        }),
        { maxLength: 8 },
      ),
    }),
    fc.record({
      kind: fc.constant("sort" as const),
      seed: fc.array(fc.nat(), { minLength: 1, maxLength: 12 }),
    }),
    fc.record({
      kind: fc.constant("type" as const),
      row: fc.nat(20),
      column: fc.nat(PERSON.length - 1),
      text: fc.oneof(fc.string(), fc.constant("=1+1"), fc.constant("line\nbreak")),
    }),
    fc.record({ kind: fc.constant("refresh" as const) }),
  );

  /** Typed cells per row: what the row's account must keep, as "key|column|value" facts, grouped by row. */
  function typedFacts(grid: PlanGrid, typedMarks: Set<string>): string[] {
    const facts: string[] = [];
    for (const row of grid.rows.slice(1)) {
      const key = String(row[0]?.value ?? "")
        .trim()
        .toLowerCase();
      const marks = row
        .map((cell, c) => ({ cell, c }))
        .filter(({ cell }) => typeof cell.value === "string" && typedMarks.has(cell.value))
        .map(({ cell, c }) => `${PLAN_COLUMNS[c]?.key}=${JSON.stringify(cell.value)}`);
      if (marks.length > 0) facts.push(`${key}|${marks.sort().join("&")}`);
    }
    return facts.sort();
  }

  it("holds for random sequences", () => {
    fc.assert(
      fc.property(fc.array(op, { minLength: 1, maxLength: 25 }), (ops) => {
        let accounts: PlanAccount[] = [
          account("Acme", "keyAccount", 9, 2),
          account("Berger", "keyDevelopment", 7, 3),
        ];
        let grid = written(refresh(null, accounts));
        const marks = new Set<string>();
        let counter = 0;
        for (const step of ops) {
          if (step.kind === "data") {
            accounts = step.accounts.map((a, i) =>
              account(NAMES[a.name] as string, QUADRANT_LIST[a.quadrant] ?? null, a.score, i + 2),
            );
          } else if (step.kind === "sort") {
            const body = grid.rows.slice(1);
            const keyed = body.map((row, i) => ({ row, k: step.seed[i % step.seed.length] ?? 0, i }));
            keyed.sort((a, b) => a.k - b.k || b.i - a.i);
            grid = { rows: [grid.rows[0] as PlanCell[], ...keyed.map((x) => x.row)] };
          } else if (step.kind === "type") {
            if (grid.rows.length < 2) continue;
            const row = grid.rows[1 + (step.row % (grid.rows.length - 1))] as PlanCell[];
            const column = at(PERSON[step.column] as string);
            const text = `${step.text}#${counter++}`;
            // Overwriting a person's own earlier entry is the person's right; the old mark is gone then.
            const old = row[column]?.value;
            if (typeof old === "string") marks.delete(old);
            row[column] = { value: text, formula: "", format: "@" };
            marks.add(text);
          } else {
            const before = typedFacts(grid, marks);
            const result = refresh(grid, accounts);
            grid = written(result);
            expect(typedFacts(grid, marks)).toEqual(before);
            // Refreshing again changes nothing.
            expect(written(refresh(grid, accounts))).toEqual(grid);
          }
        }
      }),
      { numRuns: sizeFor(200, 25) },
    );
  });
});
