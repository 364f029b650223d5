import type { CellValue } from "../../src/core/cells";
import {
  PLAN_COLUMNS,
  accountKey,
  addDays,
  buildPlan,
  dayNumber,
  fillSampleEntries,
  isOurNextContactFormula,
  locateColumns,
  nextContactFormula,
  planQuadrantLabels,
  planRuleFormulas,
  planStatus,
  planStatusLine,
  type PlanAccount,
  type PlanCell,
  type PlanColumnKey,
  type PlanGrid,
  type PlanOutCell,
  type PlanResult,
} from "../../src/core/plan";
import type { QuadrantKey } from "../../src/core/quadrant";

// The plan's rules, each checked where a wrong turn would change what a person sees in the sheet: which
// row an account gets, what its cells say in English and German, what a refresh keeps of a person's typing,
// and what the overview counts. The default column order is A Account, B Quadrant, C KAM score,
// D Strategy, E Owner, F Needs analysed on, G Individual offer, H Loyalty programme, I Contact every (days),
// J Last contact, K Next contact due, L Notes, M Status.

const QUADRANTS: QuadrantKey[] = ["keyAccount", "keyDevelopment"];
const TODAY = "2026-12-01";
const index = (key: PlanColumnKey) => PLAN_COLUMNS.findIndex((c) => c.key === key);
const ours = (row: number) => `=IFERROR(J${row}+I${row}/(J${row}<>""))`;

const account = (
  name: string,
  quadrant: QuadrantKey | null,
  score: number | null,
  sheetRow: number,
): PlanAccount => ({ name, quadrant, score, sheetRow });

const cell = (value: CellValue, format = "@", formula = ""): PlanCell => ({ value, formula, format });

function refresh(
  existing: PlanGrid | null,
  accounts: PlanAccount[],
  language: "en" | "de" = "en",
  today = TODAY,
): PlanResult {
  return buildPlan({ existing, accounts, quadrants: QUADRANTS, language, today });
}

/** What the sheet holds after the adapter wrote a result: each cell's value or formula and its format. */
function written(result: PlanResult): PlanGrid {
  return {
    rows: result.cells.map((line) =>
      line.map((c): PlanCell => ({
        value: c.formula ? "" : c.value,
        formula: c.formula ?? "",
        format: c.format,
      })),
    ),
  };
}

const header = (language: "en" | "de" = "en") => PLAN_COLUMNS.map((c) => cell(c.header[language]));

/** A plan row as read, in the default column order: blank cells in the columns' formats, then `fill`. */
function row(fill: Partial<Record<PlanColumnKey, PlanCell>>): PlanCell[] {
  return PLAN_COLUMNS.map((c) => fill[c.key] ?? cell("", c.format));
}

const column = (result: PlanResult, key: PlanColumnKey) =>
  result.cells.slice(1, 1 + result.planRows).map((line) => line[result.columns[key] - 1]?.value);

describe("matching names and headers", () => {
  it("folds case as lower case: ß stays apart from SS, as everywhere else in the add-on", () => {
    expect(accountKey("  Straße GmbH ")).toBe("straße gmbh");
    const result = refresh(null, [
      account("Straße GmbH", "keyAccount", 8, 2),
      account("STRASSE GMBH", "keyAccount", 7, 3),
    ]);
    expect(column(result, "account")).toEqual(["Straße GmbH", "STRASSE GMBH"]);
    expect(result.duplicates).toEqual([]);
  });

  it("finds each column by its first header in either language, trimmed and in any case", () => {
    expect(
      locateColumns([
        "Region",
        " kunde ",
        "Account",
        "NÄCHSTER KONTAKT FÄLLIG",
        null,
        new Date(2026, 0, 1),
        3,
      ]),
    ).toEqual({ account: 2, nextContact: 4 });
    expect(locateColumns([])).toEqual({});
  });
});

describe("formulas", () => {
  it("recognise their own Next contact due formula with spaces typed into it", () => {
    expect(isOurNextContactFormula('= IFERROR( J7 + I7 / ( J7 <> "" ) )')).toBe(true);
    expect(isOurNextContactFormula('=IFERROR(\nJ7+I7/(J7<>""))')).toBe(true);
  });

  it("take a formula whose cells are not all on one row, or that divides by another cell, for a person's", () => {
    expect(isOurNextContactFormula('=IFERROR(J7+I7/(J8<>""))')).toBe(false);
    expect(isOurNextContactFormula('=IFERROR(J7+I8/(J8<>""))')).toBe(false);
    expect(isOurNextContactFormula('=IFERROR(J7+I7/(K7<>""))')).toBe(false);
    expect(isOurNextContactFormula('=IFERROR(AB12+AA12/(AB12<>""))')).toBe(true);
  });

  it("write the rules with the plan's labels in the plan's language, in quadrant order", () => {
    const { columns } = refresh(null, []);
    expect(planQuadrantLabels(["keyDevelopment", "keyAccount"], "de")).toEqual([
      "Schlüsselkunde",
      "Entwicklungskunde",
    ]);
    expect(planQuadrantLabels(["maintenance"], "en")).toEqual(["Maintenance"]);
    expect(planRuleFormulas(columns, ["keyDevelopment", "keyAccount"], "en")).toEqual({
      overdue: '=($K2<>"")*($K2<TODAY())*(($B2="Key account")+($B2="Key development"))>0',
      noNeedsAnalysis: '=($F2="")*(($B2="Key account")+($B2="Key development"))>0',
    });
    expect(planRuleFormulas(columns, ["opportunistic"], "de")).toEqual({
      overdue: '=($K2<>"")*($K2<TODAY())*(($B2="Gelegenheitskunde"))>0',
      noNeedsAnalysis: '=($F2="")*(($B2="Gelegenheitskunde"))>0',
    });
  });

  it("mark nothing when the plan has no quadrants, and follow columns a person moved", () => {
    const { columns } = refresh(null, []);
    expect(planRuleFormulas(columns, [], "en")).toEqual({
      overdue: '=($K2<>"")*($K2<TODAY())*0>0',
      noNeedsAnalysis: '=($F2="")*0>0',
    });
    const moved = { ...columns, quadrant: 27, nextContact: 3, needsAnalysed: 1 };
    expect(planRuleFormulas(moved, ["maintenance"], "en")).toEqual({
      overdue: '=($C2<>"")*($C2<TODAY())*(($AA2="Maintenance"))>0',
      noNeedsAnalysis: '=($A2="")*(($AA2="Maintenance"))>0',
    });
    expect(nextContactFormula(12, 28, 2)).toBe('=IFERROR(AB12+B12/(AB12<>""))');
  });
});

describe("a new plan", () => {
  const data = [account("Alpen AG", "keyDevelopment", 6.5, 3), account("Berger KG", "keyAccount", 9, 5)];

  it("fills every cell of a new row: the account, our columns, the defaults, the formula (English)", () => {
    const result = refresh(null, data);
    expect(result.cells[0]).toEqual(PLAN_COLUMNS.map((c) => ({ value: c.header.en, format: "@" })));
    expect(result.cells[1]).toEqual([
      { value: "Berger KG", format: "@" },
      { value: "Key account", format: "@" },
      { value: 9, format: "0.00" },
      { value: "Invest: strategic partnership and joint planning.", format: "@" },
      { value: "", format: "@" },
      { value: "", format: "yyyy-mm-dd" },
      { value: "none", format: "@" },
      { value: false, format: "General" },
      { value: 14, format: "0" },
      { value: "", format: "yyyy-mm-dd" },
      { value: "", formula: ours(2), format: "yyyy-mm-dd" },
      { value: "", format: "@" },
      { value: "In plan", format: "@" },
    ]);
    expect(result.cells).toHaveLength(3);
    expect(result.columns).toEqual(Object.fromEntries(PLAN_COLUMNS.map((c, i) => [c.key, i + 1])));
    expect(result).toMatchObject({
      planRows: 2,
      accounts: 2,
      added: 2,
      kept: 0,
      duplicates: [],
      headersRenamed: false,
    });
  });

  it("says the same in German", () => {
    const result = refresh(null, data, "de");
    expect(result.cells[0]?.map((c) => c.value)).toEqual([
      "Kunde",
      "Quadrant",
      "KAM-Wert",
      "Strategie",
      "Verantwortlich",
      "Bedarf analysiert am",
      "Individuelles Angebot",
      "Treueprogramm",
      "Kontakt alle (Tage)",
      "Letzter Kontakt",
      "Nächster Kontakt fällig",
      "Notizen",
      "Status",
    ]);
    expect(result.cells[2]?.map((c) => c.value)).toEqual([
      "Alpen AG",
      "Entwicklungskunde",
      6.5,
      "Gezielt investieren: Anteil gewinnen, das sind die künftigen Stars.",
      "",
      "",
      "keins",
      false,
      30,
      "",
      "",
      "",
      "Im Plan",
    ]);
    expect(result.cells[2]?.[index("nextContact")]?.formula).toBe(ours(3));
  });

  it("leaves out accounts without a name or outside the plan's quadrants", () => {
    const result = refresh(null, [
      account("", "keyAccount", 9, 2),
      account("  ", "keyAccount", 9, 3),
      account("Kessler", "maintenance", 5, 4),
      account("Zeta", null, null, 5),
      account("Nordwind", "keyAccount", 7, 6),
    ]);
    expect(column(result, "account")).toEqual(["Nordwind"]);
    expect(result.duplicates).toEqual([]);
    expect(result.cells).toHaveLength(2);
  });

  it("puts the best score first, ties in data order, an account without a score last", () => {
    const result = refresh(null, [
      account("Ohne", "keyAccount", null, 2),
      account("Acme", "keyAccount", 5, 3),
      account("Berger", "keyAccount", 5, 4),
      account("acme", "keyDevelopment", 5, 5),
      account("Top", "keyAccount", 8, 6),
      account("Low", "keyDevelopment", 1, 7),
    ]);
    expect(column(result, "account")).toEqual(["Top", "Acme", "Berger", "acme", "Low", "Ohne"]);
    expect(column(result, "score")).toEqual([8, 5, 5, 5, 1, ""]);
    const unscoredLast = refresh(null, [
      account("Acme", "keyAccount", 5, 2),
      account("Top", "keyAccount", 8, 3),
      account("Ohne", "keyAccount", null, 4),
    ]);
    expect(column(unscoredLast, "account")).toEqual(["Top", "Acme", "Ohne"]);
  });

  it("names duplicates by their first row in the data, with the data rows in order, whatever order they came in", () => {
    const result = refresh(null, [
      account("ACME", "keyAccount", 6, 7),
      account("Berger", "keyAccount", 5, 3),
      account("acme ", "keyAccount", 7, 4),
      account("Acme", "keyAccount", 8, 2),
    ]);
    expect(result.duplicates).toEqual([{ name: "Acme", sheetRows: [2, 4, 7] }]);
    expect(column(result, "status")).toEqual([
      "In plan (name 3 times in the data: #1, data row 2)",
      "In plan (name 3 times in the data: #2, data row 4)",
      "In plan (name 3 times in the data: #3, data row 7)",
      "In plan",
    ]);
    const de = refresh(
      null,
      [account("Acme", "keyAccount", 8, 2), account("ACME", "keyAccount", 6, 9)],
      "de",
    );
    expect(column(de, "status")).toEqual([
      "Im Plan (Name 2-mal in den Daten: #1, Datenzeile 2)",
      "Im Plan (Name 2-mal in den Daten: #2, Datenzeile 9)",
    ]);
  });
});

describe("a refresh", () => {
  const data = [account("Nordwind", "keyAccount", 8, 2), account("Berger", "keyDevelopment", 6, 3)];

  it("renames the headers only when the language changed or a header was retyped", () => {
    const grid = written(refresh(null, data));
    expect(refresh(grid, data).headersRenamed).toBe(false);
    const german = refresh(grid, data, "de");
    expect(german.headersRenamed).toBe(true);
    expect(german.cells[0]?.map((c) => c.value)).toEqual(PLAN_COLUMNS.map((c) => c.header.de));
    expect(german.cells[0]?.every((c) => c.format === "@")).toBe(true);
    grid.rows[0]![index("score")] = cell("kam score");
    const retyped = refresh(grid, data);
    expect(retyped.headersRenamed).toBe(true);
    expect(retyped.cells[0]?.[index("score")]?.value).toBe("KAM score");
  });

  it("updates our columns and keeps every typed cell, formula or value, in its own format", () => {
    const grid = written(refresh(null, data));
    const nordwind = grid.rows[1]!;
    nordwind[index("owner")] = cell("", "@", "=Team!A2");
    nordwind[index("offer")] = cell("sent");
    nordwind[index("loyalty")] = cell(true, "General");
    nordwind[index("contactEvery")] = cell(7, "0");
    nordwind[index("notes")] = cell(null, "General");
    const moved = [account("Nordwind", "keyDevelopment", 7.25, 2), account("Berger", "keyAccount", 9.5, 3)];
    const result = refresh(grid, moved, "de");
    expect(result.cells[1]).toEqual([
      { value: "Nordwind", format: "@" },
      { value: "Entwicklungskunde", format: "@" },
      { value: 7.25, format: "0.00" },
      { value: "Gezielt investieren: Anteil gewinnen, das sind die künftigen Stars.", format: "@" },
      { value: "", formula: "=Team!A2", format: "@" },
      { value: "", format: "yyyy-mm-dd" },
      { value: "sent", format: "@" },
      { value: true, format: "General" },
      { value: 7, format: "0" },
      { value: "", format: "yyyy-mm-dd" },
      { value: "", formula: ours(2), format: "yyyy-mm-dd" },
      { value: "", format: "General" },
      { value: "Im Plan", format: "@" },
    ]);
    expect(result.cells[2]?.[index("strategy")]?.value).toBe(
      "Investieren: strategische Partnerschaft und gemeinsame Planung.",
    );
    expect(result).toMatchObject({ planRows: 2, accounts: 2, added: 0, kept: 0 });
  });

  it("writes Next contact due again where it was ours or cleared, for the row it is on, in the cell's format", () => {
    const grid: PlanGrid = {
      rows: [
        header(),
        row({ account: cell("Nordwind"), nextContact: cell("", "dd.mm.yyyy", ours(5)) }),
        row({ account: cell("Berger"), nextContact: cell("", "dd.mm.yyyy") }),
        row({ account: cell("Alpen"), nextContact: cell("", "@", '=IFERROR(J4+I4/(J5<>""))') }),
      ],
    };
    const result = refresh(grid, [...data, account("Alpen", "keyAccount", 1, 4)]);
    expect(result.cells.slice(1).map((line) => line[index("nextContact")])).toEqual([
      { value: "", formula: ours(2), format: "dd.mm.yyyy" },
      { value: "", formula: ours(3), format: "dd.mm.yyyy" },
      { value: "", formula: '=IFERROR(J4+I4/(J5<>""))', format: "@" },
    ]);
  });

  it("keeps a person's column after the last one, and fills it blank for a new account", () => {
    const grid: PlanGrid = {
      rows: [
        [...header(), cell("Region", "General")],
        [...row({ account: cell("Nordwind") }), cell("North", "General")],
        [...row({ account: cell("Berger") }), cell("", "@", '=HYPERLINK("https://example.com")')],
      ],
    };
    const result = refresh(grid, [...data, account("Alpen", "keyAccount", 9, 4)]);
    expect(result.cells[0]?.[13]).toEqual({ value: "Region", format: "General" });
    expect(result.cells.map((line) => line.length)).toEqual([14, 14, 14, 14]);
    expect(result.cells.map((line) => line[13])).toEqual([
      { value: "Region", format: "General" },
      { value: "North", format: "General" },
      { value: "", formula: '=HYPERLINK("https://example.com")', format: "@" },
      { value: "", format: "General" },
    ]);
    expect(column(result, "account")).toEqual(["Nordwind", "Berger", "Alpen"]);
  });

  it("puts a column a person deleted back after the last one and clears the rows the plan no longer needs", () => {
    const noNotes = (line: PlanCell[]) => line.filter((_, i) => i !== index("notes"));
    const old = written(
      refresh(null, [...data, account("Alpen", "keyAccount", 5, 4), account("Zeta", "keyAccount", 4, 5)]),
    );
    old.rows[1]![index("owner")] = cell("Mia", "General");
    // The old plan had four accounts; Alpen and Zeta are gone from the data, two rows were emptied by hand.
    const grid: PlanGrid = {
      rows: [
        noNotes(old.rows[0]!),
        noNotes(old.rows[1]!),
        noNotes(old.rows[2]!),
        noNotes(row({})),
        noNotes(row({ nextContact: cell("", "yyyy-mm-dd", ours(5)) })),
      ],
    };
    const result = refresh(grid, data);
    expect(result.columns.notes).toBe(13);
    expect(result.columns.status).toBe(12);
    expect(result.cells[0]?.[12]).toEqual({ value: "Notes", format: "@" });
    expect(result.planRows).toBe(2);
    expect(result.cells).toHaveLength(5);
    const blank = (format: string) => ({ value: "", format });
    const padding = [
      blank("@"),
      blank("@"),
      blank("0.00"),
      blank("@"),
      blank("General"),
      blank("yyyy-mm-dd"),
      blank("@"),
      blank("General"),
      blank("0"),
      blank("yyyy-mm-dd"),
      blank("yyyy-mm-dd"),
      blank("@"),
      blank("General"),
    ];
    expect(result.cells[3]).toEqual(padding);
    expect(result.cells[4]).toEqual(padding);
  });

  it("keeps a leaver at the end with where it went, its quadrant, score and strategy cleared (English, German)", () => {
    const grid = written(refresh(null, [...data, account("Alpen", "keyAccount", 5, 4)]));
    const later = [account("Nordwind", "maintenance", 4, 2), account("Berger", null, null, 3)];
    const en = refresh(grid, later);
    expect(en.cells.slice(1).map((line) => line[index("status")]?.value)).toEqual([
      "Left the plan on 2026-12-01: now Maintenance",
      "Left the plan on 2026-12-01: no KAM score",
      "Left the plan on 2026-12-01: no longer in the data sheet",
    ]);
    expect(en.cells[3]?.slice(1, 4)).toEqual([
      { value: "", format: "@" },
      { value: "", format: "0.00" },
      { value: "", format: "@" },
    ]);
    expect(en.cells[1]?.slice(1, 4).map((c) => c.value)).toEqual([
      "Maintenance",
      4,
      "Maintain efficiently and protect the margin.",
    ]);
    expect(en).toMatchObject({ planRows: 3, accounts: 0, added: 0, kept: 3 });
    const de = refresh(grid, later, "de");
    expect(column(de, "status")).toEqual([
      "Aus dem Plan seit 2026-12-01: jetzt Pflegekunde",
      "Aus dem Plan seit 2026-12-01: kein KAM-Wert",
      "Aus dem Plan seit 2026-12-01: nicht mehr im Datenblatt",
    ]);
  });

  it("orders the rows: in the plan, new, earlier leavers as they were, then this refresh's leavers", () => {
    const grid: PlanGrid = {
      rows: [
        header(),
        row({
          account: cell("Gone"),
          status: cell("Left the plan on 2026-10-01: no longer in the data sheet"),
        }),
        row({ account: cell("Berger"), status: cell("In plan") }),
        row({ account: cell("Nordwind"), status: cell("In plan") }),
        row({ account: cell("Kessler"), status: cell("Left the plan on 2026-11-15: now Maintenance") }),
      ],
    };
    const result = refresh(grid, [
      account("Nordwind", "keyAccount", 8, 2),
      account("Berger", "maintenance", 5, 3),
      account("Kessler", "maintenance", 5, 4),
      account("Alpen", "keyDevelopment", 6, 5),
    ]);
    expect(column(result, "account")).toEqual(["Nordwind", "Alpen", "Gone", "Kessler", "Berger"]);
    expect(column(result, "status")).toEqual([
      "In plan",
      "In plan",
      "Left the plan on 2026-10-01: no longer in the data sheet",
      "Left the plan on 2026-11-15: now Maintenance",
      "Left the plan on 2026-12-01: now Maintenance",
    ]);
    expect(result).toMatchObject({ accounts: 2, added: 1, kept: 3 });
  });

  it("drops a row read empty or shorter than the header, and keeps a short row with a name", () => {
    const grid: PlanGrid = {
      rows: [header(), [], [cell(null, "General")], [cell("Nordwind"), cell("Key account")]],
    };
    const result = refresh(grid, [account("Nordwind", "keyAccount", 8, 2)]);
    expect(result.planRows).toBe(1);
    expect(result.cells).toHaveLength(4);
    expect(result.cells[1]).toEqual([
      { value: "Nordwind", format: "@" },
      { value: "Key account", format: "@" },
      { value: 8, format: "0.00" },
      { value: "Invest: strategic partnership and joint planning.", format: "@" },
      { value: "", format: "@" },
      { value: "", format: "yyyy-mm-dd" },
      { value: "", format: "@" },
      { value: "", format: "General" },
      { value: "", format: "0" },
      { value: "", format: "yyyy-mm-dd" },
      { value: "", formula: ours(2), format: "yyyy-mm-dd" },
      { value: "", format: "@" },
      { value: "In plan", format: "@" },
    ]);
  });
});

describe("rows without a name", () => {
  // A person cleared the account name of rows 3 to 9 (or typed into a row below the plan).
  const addon = {
    quadrant: cell("Key account"),
    score: cell(8, "0.00"),
    strategy: cell("Invest: strategic partnership and joint planning."),
    status: cell("In plan"),
  };
  const grid = (): PlanGrid => ({
    rows: [
      [...header(), cell("Region", "General")],
      [...row({ account: cell("Acme"), nextContact: cell("", "yyyy-mm-dd", ours(2)) }), cell("", "General")],
      // Only a note: kept.
      [
        ...row({ ...addon, notes: cell("call back"), nextContact: cell("", "dd.mm.yyyy", ours(3)) }),
        cell("", "General"),
      ],
      // Nothing but what the add-on wrote: an empty row.
      [...row({ ...addon, nextContact: cell("", "yyyy-mm-dd", ours(4)) }), cell("", "General")],
      // Only the person's own column.
      [...row({ nextContact: cell("", "dd.mm.yyyy", ours(5)) }), cell("North", "General")],
      // Only a typed due date.
      [...row({ nextContact: cell(new Date(Date.UTC(2027, 0, 5)), "dd.mm.yyyy") }), cell("", "General")],
      // A formula of our shape, but in Notes: the person's.
      [...row({ notes: cell("", "@", ours(7)) }), cell("", "General")],
      // A date typed into the Account column is no name.
      [...row({ account: cell(new Date(Date.UTC(2026, 5, 1)), "yyyy-mm-dd") }), cell("", "General")],
      // Read shorter than the header: an owner and nothing after it.
      [cell(""), cell(""), cell(""), cell(""), cell("Mia", "General")],
      [],
    ],
  });

  it("keeps those a person typed into at the end, says they have no name, clears our columns", () => {
    const result = refresh(grid(), [account("Acme", "keyAccount", 9, 2)]);
    expect(result.planRows).toBe(7);
    expect(result.cells).toHaveLength(10);
    expect(result.cells.slice(2, 8).map((line) => line[index("status")])).toEqual(
      Array(6).fill({ value: "No account name in this row", format: "@" }),
    );
    expect(result.cells.slice(2, 8).map((line) => line.slice(1, 4))).toEqual(
      Array(6).fill([
        { value: "", format: "@" },
        { value: "", format: "0.00" },
        { value: "", format: "@" },
      ]),
    );
    expect(result.cells.slice(2, 8).map((line) => line.length)).toEqual(Array(6).fill(14));
    expect(result.cells[2]?.[index("notes")]).toEqual({ value: "call back", format: "@" });
    expect(result.cells[3]?.[13]).toEqual({ value: "North", format: "General" });
    // Typed in sheet row 7, now in row 6: the person's formula moves with its row, as a copy would.
    expect(result.cells[5]?.[index("notes")]).toEqual({ value: "", formula: ours(6), format: "@" });
    expect(result.cells[6]?.[0]).toEqual({ value: new Date(Date.UTC(2026, 5, 1)), format: "yyyy-mm-dd" });
    expect(result.cells[7]?.slice(4)).toEqual([
      { value: "Mia", format: "General" },
      { value: "", format: "yyyy-mm-dd" },
      { value: "", format: "@" },
      { value: "", format: "General" },
      { value: "", format: "0" },
      { value: "", format: "yyyy-mm-dd" },
      { value: "", formula: ours(8), format: "yyyy-mm-dd" },
      { value: "", format: "@" },
      { value: "No account name in this row", format: "@" },
      { value: "", format: "General" },
    ]);
    // The rows below the plan are cleared.
    expect(result.cells.slice(8).map((line) => line[index("notes")])).toEqual([
      { value: "", format: "@" },
      { value: "", format: "@" },
    ]);
  });

  it("gives each kept row our Next contact due for the row it moves to, and keeps a typed one", () => {
    const result = refresh(grid(), [account("Acme", "keyAccount", 9, 2)]);
    expect(result.cells.slice(2, 8).map((line) => line[index("nextContact")])).toEqual([
      { value: "", formula: ours(3), format: "dd.mm.yyyy" },
      { value: "", formula: ours(4), format: "dd.mm.yyyy" },
      { value: new Date(Date.UTC(2027, 0, 5)), format: "dd.mm.yyyy" },
      { value: "", formula: ours(6), format: "yyyy-mm-dd" },
      { value: "", formula: ours(7), format: "yyyy-mm-dd" },
      { value: "", formula: ours(8), format: "yyyy-mm-dd" },
    ]);
  });

  it("says so in German", () => {
    const result = refresh(grid(), [account("Acme", "keyAccount", 9, 2)], "de");
    expect(result.cells[2]?.[index("status")]?.value).toBe("Kein Kundenname in dieser Zeile");
  });
});

describe("twins (one name on several data rows)", () => {
  const twins = [account("Acme", "keyAccount", 8, 2), account("ACME", "keyAccount", 7, 3)];

  /** The plan after a first refresh, with each row's owner saying which twin it is. */
  function planOf(accounts: PlanAccount[]): PlanGrid {
    const grid = written(refresh(null, accounts));
    grid.rows.slice(1).forEach((line, i) => (line[index("owner")] = cell(`owner ${i + 1}`)));
    return grid;
  }

  it("keep their number and data row on every refresh", () => {
    const result = refresh(planOf(twins), twins);
    expect(column(result, "status")).toEqual([
      "In plan (name 2 times in the data: #1, data row 2)",
      "In plan (name 2 times in the data: #2, data row 3)",
    ]);
    expect(column(result, "owner")).toEqual(["owner 1", "owner 2"]);
  });

  it("keep their data row when a person sorted them the other way round", () => {
    const grid = planOf(twins);
    grid.rows = [grid.rows[0]!, grid.rows[2]!, grid.rows[1]!];
    const result = refresh(grid, [account("Acme", "keyAccount", 8, 2), account("ACME", "keyAccount", 9, 3)]);
    expect(column(result, "owner")).toEqual(["owner 2", "owner 1"]);
    expect(column(result, "score")).toEqual([9, 8]);
    expect(column(result, "status")).toEqual([
      "In plan (name 2 times in the data: #2, data row 3)",
      "In plan (name 2 times in the data: #1, data row 2)",
    ]);
  });

  it("a row a person copied with its #1 takes the next free data row, no third row is added", () => {
    const grid = planOf([twins[0]!]);
    grid.rows.push(grid.rows[1]!.map((c) => ({ ...c })));
    grid.rows[1]![index("status")] = cell("In plan (name 2 times in the data: #1, data row 2)");
    grid.rows[2]![index("status")] = cell("In plan (name 2 times in the data: #1, data row 2)");
    const result = refresh(grid, twins);
    expect(result.planRows).toBe(2);
    expect(column(result, "score")).toEqual([8, 7]);
    expect(result.added).toBe(0);
  });

  it("a row whose number is beyond the data's twins takes a free one, and the other twin is added", () => {
    const grid: PlanGrid = {
      rows: [
        header(),
        row({
          account: cell("Acme"),
          owner: cell("Mia"),
          status: cell("In plan (#3 of the rows with this name, data row 9)"),
        }),
      ],
    };
    const result = refresh(grid, twins);
    expect(column(result, "owner")).toEqual(["Mia", ""]);
    expect(column(result, "status")).toEqual([
      "In plan (name 2 times in the data: #1, data row 2)",
      "In plan (name 2 times in the data: #2, data row 3)",
    ]);
    expect(result).toMatchObject({ added: 1, kept: 0 });
  });

  it("that leave the data keep their own numbers, even sorted by hand, so they stay apart", () => {
    const three = [...twins, account("acme", "keyAccount", 6, 4)];
    const grid = planOf(three);
    grid.rows = [grid.rows[0]!, grid.rows[3]!, grid.rows[1]!, grid.rows[2]!];
    const result = refresh(grid, [account("Acme", "keyAccount", 8, 2)]);
    expect(column(result, "owner")).toEqual(["owner 1", "owner 3", "owner 2"]);
    expect(column(result, "status")).toEqual([
      "In plan (#1 of the rows with this name, data row 2)",
      "Left the plan on 2026-12-01: no longer in the data sheet (#3 of the rows with this name)",
      "Left the plan on 2026-12-01: no longer in the data sheet (#2 of the rows with this name)",
    ]);
    const again = refresh(written(result), [account("Acme", "keyAccount", 8, 2)], "de", "2027-01-10");
    expect(column(again, "status")).toEqual([
      "Im Plan (#1 der Zeilen mit diesem Namen, Datenzeile 2)",
      "Aus dem Plan seit 2026-12-01: nicht mehr im Datenblatt (#3 der Zeilen mit diesem Namen)",
      "Aus dem Plan seit 2026-12-01: nicht mehr im Datenblatt (#2 der Zeilen mit diesem Namen)",
    ]);
  });
});

describe("planStatus", () => {
  const dayOf = (v: CellValue) => (v instanceof Date ? v.toISOString().slice(0, 10) : null);
  const date = (iso: string) => new Date(`${iso}T00:00:00Z`);

  /** The overview's counts for a one-account plan whose row got `fill`. */
  function statusWith(
    fill: Partial<Record<PlanColumnKey, PlanOutCell>>,
    quadrant: QuadrantKey = "keyAccount",
  ) {
    const result = refresh(null, [account("Acme", quadrant, 8, 2)]);
    const line = result.cells[1]!;
    for (const [key, value] of Object.entries(fill)) line[index(key as PlanColumnKey)] = value;
    return planStatus(result.cells, result.columns, QUADRANTS, TODAY, dayOf);
  }
  const overdue = (fill: Partial<Record<PlanColumnKey, PlanOutCell>>) => statusWith(fill).overdue;
  const last = (iso: string) => ({ value: date(iso), format: "yyyy-mm-dd" });
  const every = (value: CellValue) => ({ value, format: "0" });

  it("is overdue when Last contact plus the interval is before today, not on the day itself", () => {
    expect(overdue({ lastContact: last("2026-11-10") })).toBe(1);
    expect(overdue({ lastContact: last("2026-11-16") })).toBe(1);
    expect(overdue({ lastContact: last("2026-11-17") })).toBe(0);
    expect(overdue({ lastContact: last("2026-11-30"), contactEvery: every(2) })).toBe(0);
    expect(overdue({})).toBe(0);
  });

  it("adds a blank interval as 0 days and one typed as text the way Sheets does", () => {
    expect(overdue({ lastContact: last("2026-11-30"), contactEvery: every("") })).toBe(1);
    expect(overdue({ lastContact: last("2026-12-01"), contactEvery: every("") })).toBe(0);
    expect(overdue({ lastContact: last("2026-11-10"), contactEvery: every("14") })).toBe(1);
    expect(overdue({ lastContact: last("2026-11-20"), contactEvery: every("14") })).toBe(0);
    // "2 weeks" makes the sheet's formula fail, so Next contact due shows blank: nothing is due.
    expect(overdue({ lastContact: last("2026-01-01"), contactEvery: every("2 weeks") })).toBe(0);
  });

  it("takes a typed due date as it is, and a typed formula's date only when it is known", () => {
    expect(overdue({ nextContact: { value: date("2026-11-30"), format: "yyyy-mm-dd" } })).toBe(1);
    expect(overdue({ nextContact: { value: date("2026-12-01"), format: "yyyy-mm-dd" } })).toBe(0);
    expect(overdue({ nextContact: { value: "soon", format: "@" } })).toBe(0);
    // A person's own formula (not ours) is not worked out from Last contact.
    expect(
      overdue({
        lastContact: last("2026-01-01"),
        nextContact: { value: "", formula: "=J2+7", format: "yyyy-mm-dd" },
      }),
    ).toBe(0);
  });

  it("counts a needs analysis typed as a date or a formula, not a blank", () => {
    expect(statusWith({}).withoutNeedsAnalysis).toBe(1);
    expect(
      statusWith({ needsAnalysed: { value: date("2026-01-01"), format: "yyyy-mm-dd" } }).withoutNeedsAnalysis,
    ).toBe(0);
    expect(
      statusWith({ needsAnalysed: { value: "", formula: "=TODAY()", format: "yyyy-mm-dd" } })
        .withoutNeedsAnalysis,
    ).toBe(0);
  });

  it("counts only rows in the plan's quadrants, labelled in either language", () => {
    const grid = written(
      refresh(null, [account("Acme", "keyAccount", 8, 2), account("Berger", "keyDevelopment", 7, 3)], "de"),
    );
    grid.rows[1]![index("lastContact")] = cell(date("2026-01-01"), "yyyy-mm-dd");
    grid.rows[2]![index("lastContact")] = cell(date("2026-01-01"), "yyyy-mm-dd");
    // Berger leaves; its old contact no longer counts.
    const result = refresh(
      grid,
      [account("Acme", "keyAccount", 8, 2), account("Berger", "maintenance", 5, 3)],
      "de",
    );
    expect(planStatus(result.cells, result.columns, QUADRANTS, TODAY, dayOf)).toEqual({
      accounts: 1,
      overdue: 1,
      withoutNeedsAnalysis: 1,
    });
    // What counts is the quadrant the row shows: Berger's row says Pflegekunde now.
    expect(planStatus(result.cells, result.columns, ["maintenance"], TODAY, dayOf)).toEqual({
      accounts: 1,
      overdue: 1,
      withoutNeedsAnalysis: 1,
    });
    expect(planStatus(result.cells, result.columns, ["opportunistic"], TODAY, dayOf)).toEqual({
      accounts: 0,
      overdue: 0,
      withoutNeedsAnalysis: 0,
    });
  });

  it("reads the line in both languages", () => {
    const status = { accounts: 12, overdue: 3, withoutNeedsAnalysis: 2 };
    expect(planStatusLine(status, "en")).toBe(
      "Key account plan: 3 of 12 accounts overdue for contact, 2 without needs analysis.",
    );
    expect(planStatusLine(status, "de")).toBe(
      "Key-Account-Plan: 3 von 12 Kunden mit überfälligem Kontakt, 2 ohne Bedarfsanalyse.",
    );
  });
});

describe("dates", () => {
  it("number the days from 1970-01-01, across month ends and leap days", () => {
    expect(dayNumber("1970-01-01")).toBe(0);
    expect(dayNumber("1970-02-01")).toBe(31);
    expect(dayNumber("2024-03-01")! - dayNumber("2024-02-28")!).toBe(2);
    expect(dayNumber("2026-12-01")).toBe(20788);
  });

  it("give no day number for anything but a whole yyyy-mm-dd text", () => {
    for (const text of [null, "", "2026-12-01T10:00", "x2026-12-01", "1.12.2026", "2026-12-1"])
      expect(dayNumber(text)).toBeNull();
  });

  it("move a day by whole days either way", () => {
    expect(addDays("2026-12-01", -20)).toBe("2026-11-11");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2026-03-10", 0)).toBe("2026-03-10");
  });
});

describe("fillSampleEntries", () => {
  const accounts = [
    account("A", "keyAccount", 9, 2),
    account("B", "keyAccount", 8, 3),
    account("C", "keyDevelopment", 7, 4),
    account("D", "keyDevelopment", 6, 5),
  ];
  const makeDate = (iso: string) => new Date(`${iso}T12:00:00Z`);
  const fields: PlanColumnKey[] = ["owner", "needsAnalysed", "offer", "loyalty", "lastContact", "notes"];
  const entries = (result: PlanResult) =>
    result.cells.slice(1).map((line) => fields.map((key) => line[index(key)]?.value));

  it("gives the first three rows an owner, dates relative to today, an offer, loyalty and a note", () => {
    const result = fillSampleEntries(refresh(null, accounts), "en", TODAY, makeDate);
    expect(entries(result)).toEqual([
      [
        "Anna Weber",
        makeDate("2026-11-11"),
        "sent",
        true,
        makeDate("2026-10-22"),
        "Prepare the annual review in January\ninvite purchasing and engineering",
      ],
      ["Jonas Richter", "", "drafted", false, makeDate("2026-11-26"), "Wants shorter lead times"],
      ["Anna Weber", makeDate("2026-10-02"), "accepted", true, makeDate("2026-11-21"), ""],
      ["", "", "none", false, "", ""],
    ]);
    // The cells keep their formats; the header is untouched.
    expect(result.cells[1]?.[index("lastContact")]?.format).toBe("yyyy-mm-dd");
    expect(result.cells[0]?.map((c) => c.value)).toEqual(PLAN_COLUMNS.map((c) => c.header.en));
  });

  it("writes German offers and notes for a German plan", () => {
    const result = fillSampleEntries(refresh(null, accounts, "de"), "de", TODAY, makeDate);
    expect(entries(result).map((e) => [e[2], e[5]])).toEqual([
      ["gesendet", "Jahresgespräch im Januar vorbereiten\nEinkauf und Technik einladen"],
      ["entworfen", "Will Lieferzeiten verkürzen"],
      ["angenommen", ""],
      ["keins", ""],
    ]);
  });

  it("fills only the plan's rows, not the blank rows that clear an old, longer plan", () => {
    const old = written(refresh(null, accounts));
    // A person emptied the last three rows of the old plan.
    old.rows = [old.rows[0]!, old.rows[1]!, row({}), row({}), row({})];
    const result = fillSampleEntries(refresh(old, [accounts[0]!]), "en", TODAY, makeDate);
    expect(result.planRows).toBe(1);
    expect(entries(result).map((e) => e[0])).toEqual(["Anna Weber", "", "", ""]);
    const short = fillSampleEntries(refresh(null, accounts.slice(0, 2)), "en", TODAY, makeDate);
    expect(entries(short).map((e) => e[0])).toEqual(["Anna Weber", "Jonas Richter"]);
  });
});
