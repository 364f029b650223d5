import { QUADRANT_LABELS, QUADRANT_STRATEGIES } from "../../src/core/i18n";
import { PLAN_COLUMNS, PLAN_SHEET_NAMES } from "../../src/core/plan";
import type { Emulator } from "../emulator";
import { CONFIG, DATA_SHEET, accountRows, setup, type Setup } from "./matrixFixtures";
import {
  KEY_FIGURES,
  LOW_FIGURES,
  PLAN,
  handSort,
  quadrantsOf,
  readPlan,
  rowOf,
  setFigures,
  sheetOf,
  typeInto,
} from "./planFixtures";

const HEADERS_EN = PLAN_COLUMNS.map((c) => c.header.en);
const col = (header: string) => HEADERS_EN.indexOf(header) + 1;

type Dump = ReturnType<Emulator["dump"]>;
const sheetDump = (dump: Dump, name: string) => JSON.stringify(dump.sheets.find((s) => s.name === name));

function planAccounts(rows: (string | number)[][]): string[] {
  return [...quadrantsOf(rows).entries()]
    .filter(([, q]) => q === "keyAccount" || q === "keyDevelopment")
    .map(([name]) => name);
}

function created(count = 30): Setup & { rows: (string | number)[][] } {
  const rows = accountRows(count);
  const s = setup(rows);
  const result = s.runner.run("updateAccountPlan");
  expect(result).toMatchObject({ sheetName: PLAN });
  s.emulator.ledger.reset();
  return { ...s, rows };
}

describe("updateAccountPlan creates the Key Account Plan", () => {
  const rows = accountRows(30);
  const s = setup(rows);
  const before = s.emulator.dump();
  const result = s.runner.run("updateAccountPlan") as {
    sheetName: string;
    accounts: number;
    added: number;
    kept: number;
  };
  const after = s.emulator.dump();
  const plan = readPlan(s.emulator);
  const quadrants = quadrantsOf(rows);
  const expected = planAccounts(rows);

  it("returns the counts and says so in a toast", () => {
    expect(expected.length).toBeGreaterThan(1);
    expect(result).toEqual({ sheetName: PLAN, accounts: expected.length, added: expected.length, kept: 0 });
    expect(s.emulator.ui.toasts.at(-1)?.message).toMatch(/Key Account Plan ready: \d+ accounts in the plan/);
    expect(s.emulator.ui.alerts).toEqual([]);
  });

  it("has the contract's headers and one row per account in the plan's quadrants, best first", () => {
    const header = sheetOf(s.emulator, PLAN).getRange(1, 1, 1, HEADERS_EN.length).getValues()[0];
    expect(header).toEqual(HEADERS_EN);
    expect(plan.map((r) => r.cells["Account"]).sort()).toEqual([...expected].sort());
    const scores = plan.map((r) => r.cells["KAM score"] as number);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it("fills the add-on's columns and the defaults per quadrant", () => {
    const days = { keyAccount: 14, keyDevelopment: 30, maintenance: 60, opportunistic: 90 } as const;
    for (const r of plan) {
      const q = quadrants.get(String(r.cells["Account"]));
      if (q !== "keyAccount" && q !== "keyDevelopment") throw new Error("not a plan account");
      expect(r.cells["Quadrant"]).toBe(QUADRANT_LABELS.en[q]);
      expect(r.cells["Strategy"]).toBe(QUADRANT_STRATEGIES.en[q]);
      expect(r.cells["Contact every (days)"]).toBe(days[q]);
      expect(r.cells["Individual offer"]).toBe("none");
      expect(r.cells["Loyalty programme"]).toBe(false);
      expect(r.cells["Status"]).toBe("In plan");
      expect(r.formulas["Next contact due"]).toBe(`=IFERROR(J${r.row}+I${r.row}/(J${r.row}<>""))`);
      expect(r.display["Next contact due"]).toBe("");
    }
  });

  it("writes formulas without argument separators, so they work in every locale", () => {
    const sheet = sheetOf(s.emulator, PLAN);
    const rules = sheet.getConditionalFormatRules();
    expect(rules).toHaveLength(2);
    const formulas = rules.map((r) => String(r.getBooleanCondition()?.getCriteriaValues()[0]));
    for (const f of [...formulas, ...plan.map((r) => r.formulas["Next contact due"] ?? "")]) {
      expect(f.startsWith("=")).toBe(true);
      // Outside string literals: no "," or ";" (en and de separate arguments differently).
      expect(f.replace(/"[^"]*"/g, "")).not.toMatch(/[,;]/);
    }
    expect(formulas[0]).toContain("TODAY()");
  });

  it("offers the dropdown, the checkbox, the interval check and a date picker on the two date columns", () => {
    const sheet = sheetOf(s.emulator, PLAN);
    const offer = sheet.getRange(2, col("Individual offer")).getDataValidation();
    expect(offer?.getCriteriaValues()[0]).toEqual(["none", "drafted", "sent", "accepted"]);
    expect(String(sheet.getRange(2, col("Loyalty programme")).getDataValidation()?.getCriteriaType())).toBe(
      "CHECKBOX",
    );
    expect(sheet.getRange(2, col("Last contact")).getNumberFormat()).toBe("yyyy-mm-dd");
    const last = s.emulator.spreadsheet.getSheetByName(PLAN)!.getMaxRows();
    for (const header of ["Needs analysed on", "Last contact"]) {
      const rule = sheet.getRange(2, col(header)).getDataValidation();
      expect([header, String(rule?.getCriteriaType()), rule?.getAllowInvalid()]).toEqual([
        header,
        "DATE_IS_VALID_DATE",
        true,
      ]);
      expect(sheet.getRange(last, col(header)).getDataValidation()).toBeNull();
    }
    expect(sheet.getRange(2, col("Owner")).getDataValidation()).toBeNull();
  });

  it("touches no other sheet and leaves the data sheet byte for byte", () => {
    for (const name of ["Notes", DATA_SHEET, "KAM Criteria"])
      expect(sheetDump(after, name)).toBe(sheetDump(before, name));
    expect(after.sheets.map((x) => x.name)).toEqual([...before.sheets.map((x) => x.name), PLAN]);
  });
});

describe("a refresh keeps everything people typed on its account's row", () => {
  const s = created(60);
  const names = planAccounts(s.rows);
  const outside = [...quadrantsOf(s.rows).entries()].find(([, q]) => q === "opportunistic")?.[0] as string;
  // The data changes: one plan account drops out, an opportunistic one gets the best figures.
  const changed = s.rows.map((r) => [...r]);
  const leaver = names[1] as string;
  const leaverRow = changed.findIndex((x) => x[0] === leaver);
  const newcomerRow = changed.findIndex((x) => x[0] === outside);
  changed[leaverRow] = [leaver, ...LOW_FIGURES];
  changed[newcomerRow] = [outside, ...KEY_FIGURES];
  const after = planAccounts(changed);
  const stayed = names.filter((n) => after.includes(n));
  const left = names.filter((n) => !after.includes(n));
  const typed = stayed[0] as string;

  // A person types into every column of theirs, and into a column of their own to the right.
  const first = readPlan(s.emulator);
  const r = rowOf(first, typed).row;
  const entries: [string, string | boolean][] = [
    ["Owner", "Mia Berger"],
    ["Needs analysed on", "2026-11-20"],
    ["Individual offer", "sent"],
    ["Loyalty programme", true],
    ["Contact every (days)", "21"],
    ["Last contact", "2026-11-25"],
    ["Notes", "Call before the fair\nthen send the offer"],
  ];
  for (const [header, text] of entries) typeInto(s.emulator, PLAN, r, col(header), text);
  typeInto(s.emulator, PLAN, 1, 14, "My follow-up");
  typeInto(s.emulator, PLAN, r, 14, "ask about Q3");
  const l = rowOf(first, leaver).row;
  // Notes is a plain-text column, so a formula typed there stays text; in a column of their own a
  // person keeps it text with a leading apostrophe, as in Sheets.
  typeInto(s.emulator, PLAN, l, col("Notes"), "=SUM(A1:A9)");
  typeInto(s.emulator, PLAN, l, 14, "'=1+1");
  typeInto(s.emulator, PLAN, l, col("Owner"), "Jan");

  setFigures(s.emulator, leaverRow + 2, LOW_FIGURES);
  setFigures(s.emulator, newcomerRow + 2, KEY_FIGURES);
  // The person sorts the plan by hand, last row first.
  handSort(s.emulator, PLAN, (rows) => [...rows].reverse());
  // A formula of a person's own, in a column of their own, on the typed account's row: it lies below the
  // leaver, so the refresh moves it up (the leaver goes to the end). It must still read its own Owner.
  const sorted = readPlan(s.emulator);
  const below = rowOf(sorted, typed);
  typeInto(s.emulator, PLAN, 1, 15, "Check");
  typeInto(s.emulator, PLAN, below.row, 15, `=E${below.row}&" owns it"`);
  const before = s.emulator.dump();
  const result = s.runner.run("updateAccountPlan");
  const refreshed = s.emulator.dump();
  const plan = readPlan(s.emulator);

  it("was set up with a leaver, a newcomer and accounts that stay", () => {
    expect(left).toContain(leaver);
    expect(after).toContain(outside);
    expect(stayed.length).toBeGreaterThan(1);
  });

  it("keeps every typed cell on its account's row, as typed", () => {
    const row = rowOf(plan, typed);
    expect(row.cells["Owner"]).toBe("Mia Berger");
    expect(row.display["Needs analysed on"]).toBe("2026-11-20");
    expect(row.cells["Individual offer"]).toBe("sent");
    expect(row.cells["Loyalty programme"]).toBe(true);
    expect(row.cells["Contact every (days)"]).toBe(21);
    expect(row.display["Last contact"]).toBe("2026-11-25");
    expect(row.display["Next contact due"]).toBe("2026-12-16");
    expect(row.cells["Notes"]).toBe("Call before the fair\nthen send the offer");
    expect(row.cells["My follow-up"]).toBe("ask about Q3");
    expect(row.formulas["Next contact due"]).toBe(`=IFERROR(J${row.row}+I${row.row}/(J${row.row}<>""))`);
  });

  it("moves the leavers to the end with their entries and a Status saying since when and where they went", () => {
    const tail = plan.slice(plan.length - left.length);
    expect(tail.map((x) => x.cells["Account"]).sort()).toEqual([...left].sort());
    const row = rowOf(plan, leaver);
    expect(row.cells["Notes"]).toBe("=SUM(A1:A9)");
    expect(row.formulas["Notes"]).toBe("");
    expect(row.cells["My follow-up"]).toBe("=1+1");
    expect(row.formulas["My follow-up"]).toBe("");
    expect(row.cells["Owner"]).toBe("Jan");
    expect(String(row.cells["Status"])).toMatch(
      /^Left the plan on \d{4}-\d{2}-\d{2}: now (Maintenance|Opportunistic)$/,
    );
    expect(String(row.cells["Status"])).toContain(String(row.cells["Quadrant"]));
  });

  it("moves a person's formula with its row, so it still reads its own account's cells", () => {
    expect(below.row).toBeGreaterThan(rowOf(sorted, leaver).row);
    const moved = rowOf(plan, typed);
    expect(moved.row).toBeLessThan(below.row);
    expect(moved.formulas["Check"]).toBe(`=E${moved.row}&" owns it"`);
    expect(moved.cells["Check"]).toBe("Mia Berger owns it");
  });

  it("adds the newcomer with defaults", () => {
    const row = rowOf(plan, outside);
    expect(row.cells["Quadrant"]).toBe("Key account");
    expect(row.cells["Contact every (days)"]).toBe(14);
    expect(row.cells["Owner"]).toBe("");
    expect(result).toEqual({
      sheetName: PLAN,
      accounts: after.length,
      added: after.filter((n) => !names.includes(n)).length,
      kept: left.length,
    });
  });

  it("changes nothing on a second refresh, and no other sheet ever", () => {
    s.runner.run("updateAccountPlan");
    expect(sheetDump(s.emulator.dump(), PLAN)).toBe(sheetDump(refreshed, PLAN));
    for (const name of ["Notes", DATA_SHEET, "KAM Criteria"])
      expect(sheetDump(refreshed, name)).toBe(sheetDump(before, name));
  });

  it("turns an overdue contact and a missing needs analysis red", () => {
    const row = rowOf(readPlan(s.emulator), typed);
    typeInto(s.emulator, PLAN, row.row, col("Last contact"), "2020-01-01");
    expect(s.emulator.displayed(PLAN, `K${row.row}`).background).toBe("#f4c7c3");
    typeInto(s.emulator, PLAN, row.row, col("Last contact"), "2999-01-01");
    expect(s.emulator.displayed(PLAN, `K${row.row}`).background).toBe("#ffffff");
    const other = rowOf(readPlan(s.emulator), stayed[1] as string);
    expect(s.emulator.displayed(PLAN, `F${other.row}`).background).toBe("#f4c7c3");
    expect(s.emulator.displayed(PLAN, `F${row.row}`).background).toBe("#ffffff");
    // A leaver is no longer worked on: no red for it.
    expect(s.emulator.displayed(PLAN, `F${rowOf(readPlan(s.emulator), leaver).row}`).background).toBe(
      "#ffffff",
    );
  });
});

describe("the plan sheet", () => {
  it("is found again by its developer metadata when renamed", () => {
    const s = created(20);
    sheetOf(s.emulator, PLAN).setName("Our accounts");
    const result = s.runner.run("updateAccountPlan") as { sheetName: string };
    expect(result.sheetName).toBe("Our accounts");
    expect(s.emulator.spreadsheet.getSheetByName(PLAN)).toBeNull();
  });

  it("is German, with German words, when the language is de", () => {
    const rows = accountRows(20);
    const s = setup(rows, { ...CONFIG, language: "de" });
    s.runner.run("updateAccountPlan");
    const sheet = sheetOf(s.emulator, PLAN_SHEET_NAMES.de);
    const header = sheet.getRange(1, 1, 1, PLAN_COLUMNS.length).getValues()[0];
    expect(header).toEqual(PLAN_COLUMNS.map((c) => c.header.de));
    expect(sheet.getRange(2, 7).getValue()).toBe("keins");
    expect(sheet.getRange(2, 13).getValue()).toBe("Im Plan");
    expect(String(sheet.getRange(2, 2).getValue())).toMatch(/Schlüsselkunde|Entwicklungskunde/);
    expect(s.emulator.ui.toasts.at(-1)?.message).toMatch(/^Key-Account-Plan fertig/);
  });

  it("warns about duplicate names and keeps them apart, in data order", () => {
    const rows = accountRows(20);
    const names = planAccounts(rows);
    const twin = rows.findIndex((x) => x[0] === names[0]);
    const copy = [...(rows[twin] as (string | number)[])];
    rows.push([` ${String(copy[0]).toUpperCase()} `, ...copy.slice(1)]);
    const s = setup(rows);
    s.runner.run("updateAccountPlan");
    expect(s.emulator.ui.alerts).toHaveLength(1);
    expect(s.emulator.ui.alerts[0]?.prompt).toContain(
      `"${names[0]}": data rows ${twin + 2}, ${rows.length + 1}`,
    );
    const plan = readPlan(s.emulator);
    const twins = plan.filter(
      (r) => String(r.cells["Account"]).trim().toLowerCase() === String(names[0]).toLowerCase(),
    );
    expect(twins).toHaveLength(2);
    typeInto(s.emulator, PLAN, twins[1]!.row, col("Owner"), "second");
    handSort(s.emulator, PLAN, (order) => [...order].reverse());
    s.runner.run("updateAccountPlan");
    const again = readPlan(s.emulator).filter(
      (r) => String(r.cells["Account"]).trim().toLowerCase() === String(names[0]).toLowerCase(),
    );
    expect(again.map((r) => r.cells["Owner"]).sort()).toEqual(["", "second"]);
    expect(String(again.find((r) => r.cells["Owner"] === "second")?.cells["Status"])).toContain("#2");
  });

  it("holds the quadrants the settings name (the KAM Criteria sheet's plan row)", () => {
    const rows = accountRows(30);
    const s = setup(rows, { ...CONFIG, plan: { quadrants: ["maintenance"] } });
    s.runner.run("updateAccountPlan");
    const maintenance = [...quadrantsOf(rows).entries()]
      .filter(([, q]) => q === "maintenance")
      .map(([n]) => n);
    expect(maintenance.length).toBeGreaterThan(0);
    const plan = readPlan(s.emulator);
    expect(plan.map((r) => r.cells["Account"]).sort()).toEqual(maintenance.sort());
    expect(plan.every((r) => r.cells["Contact every (days)"] === 60)).toBe(true);
  });

  it("is listed in the menu, after Generate", () => {
    const s = setup(accountRows(3));
    s.runner.runInAuthMode("NONE", "onOpen");
    const items = s.emulator.ui.menus[0]!.items.filter(
      (i): i is { caption: string; functionName: string } => "caption" in i,
    );
    expect(items.map((i) => i.functionName)).toContain("updateAccountPlan");
    expect(items.find((i) => i.functionName === "updateAccountPlan")?.caption).toBe("Key account plan");
  });

  it("says what to do without criteria, and writes nothing", () => {
    const s = setup(accountRows(5), null);
    const before = JSON.stringify(s.emulator.dump());
    expect(s.runner.run("updateAccountPlan")).toBeNull();
    expect(JSON.stringify(s.emulator.dump())).toBe(before);
    expect(s.emulator.ui.alerts[0]?.title).toBe("The key account plan was not updated");
    expect(s.emulator.ui.alerts[0]?.prompt).toMatch(/no criteria yet/);
  });
});

describe("the refresh's service calls", () => {
  // Cuts at the bottom of the scale put every account in Key account: a plan row per account.
  function refreshCalls(count: number): Record<string, number> {
    const s = setup(accountRows(count), { ...CONFIG, cuts: { attractiveness: 1, strength: 1 } });
    s.runner.run("updateAccountPlan");
    expect(readPlan(s.emulator)).toHaveLength(count);
    typeInto(s.emulator, DATA_SHEET, 2, 1, "Renamed account");
    s.runner.run("updateAccountPlan");
    const calls = s.emulator.ledger.byMethod();
    expect(readPlan(s.emulator)).toHaveLength(count + 1);
    return calls;
  }
  // A new sheet has 1,000 rows: a plan of 5,001 rows asks for one more row where 51 rows fit.
  const withoutResize = ({ ["Sheet.insertRowsAfter"]: _more = 0, ...rest }: Record<string, number>) => rest;

  it("read the plan and the data once each and do not grow with the number of rows", () => {
    const small = refreshCalls(50);
    const large = refreshCalls(5000);
    expect(withoutResize(large)).toEqual(withoutResize(small));
    expect(small["Range.getFormulas"]).toBe(1);
    expect(small["Range.getNumberFormats"]).toBe(1);
    expect(small["Range.setValues"]).toBe(1);
    // Criteria sheet, data sheet, plan sheet: one getValues each.
    expect(small["Range.getValues"]).toBe(3);
  });
});

describe("reads before writes", () => {
  it("Key account plan reads nothing after its first write, on a refresh", () => {
    const s = created();
    s.runner.run("updateAccountPlan");
    const { firstWrite, reads } = s.emulator.ledger.readsAfterFirstWrite();
    expect(firstWrite).toBeGreaterThan(0);
    expect(reads).toEqual([]);
  });

  it("Generate with a plan reads it before the first write and writes it after the matrix", () => {
    const s = created();
    s.runner.run("generateKaismMatrix");
    s.emulator.ledger.reset();
    s.runner.run("generateKaismMatrix");
    const { firstWrite, reads } = s.emulator.ledger.readsAfterFirstWrite();
    expect(firstWrite).toBeGreaterThan(0);
    expect(reads).toEqual([]);
  });
});

describe("a service failure in any call of the refresh", () => {
  function prepared(): Setup & { typed: string; rows: (string | number)[][] } {
    const s = created(30);
    const names = planAccounts(s.rows);
    const typed = names[0] as string;
    const r = rowOf(readPlan(s.emulator), typed).row;
    typeInto(s.emulator, PLAN, r, col("Owner"), "Mia");
    typeInto(s.emulator, PLAN, r, col("Notes"), "keep me");
    setFigures(s.emulator, s.rows.findIndex((x) => x[0] === names[1]) + 2, LOW_FIGURES);
    handSort(s.emulator, PLAN, (rows) => [...rows].reverse());
    s.emulator.ledger.reset();
    return { ...s, typed };
  }

  const probe = prepared();
  probe.runner.run("updateAccountPlan");
  const calls = probe.emulator.ledger.calls().length;

  it("was probed over a real number of calls", () => {
    expect(calls).toBeGreaterThan(20);
  });

  for (let k = 1; k <= calls; k++) {
    it(`loses no typed entry and ends in a message (failure in call ${k} of ${calls})`, () => {
      const s = prepared();
      s.emulator.failOn("*", { nth: k });
      let result: unknown;
      expect(() => {
        result = s.runner.run("updateAccountPlan");
      }).not.toThrow();
      if (result === null) {
        expect(s.emulator.ui.alerts.at(-1)?.title).toBe("The key account plan was not updated");
        expect(s.emulator.ui.alerts.at(-1)?.prompt).toMatch(
          /nothing you typed is lost|every entry is on its account's row|Every entry is on its account's row/,
        );
      }
      const row = rowOf(readPlan(s.emulator), s.typed);
      expect([row.cells["Owner"], row.cells["Notes"]]).toEqual(["Mia", "keep me"]);
      // And the next refresh completes the plan.
      s.emulator.clearFaults();
      expect(s.runner.run("updateAccountPlan")).not.toBeNull();
      const done = rowOf(readPlan(s.emulator), s.typed);
      expect([done.cells["Owner"], done.cells["Notes"]]).toEqual(["Mia", "keep me"]);
    });
  }
});

describe("Generate and the sample data", () => {
  it("Generate leaves a spreadsheet without a plan without one, and refreshes a plan that exists", () => {
    const rows = accountRows(30);
    const s = setup(rows);
    const first = s.runner.run("generateKaismMatrix") as { plan?: unknown };
    expect(first.plan).toBeUndefined();
    expect(s.emulator.spreadsheet.getSheetByName(PLAN)).toBeNull();

    s.runner.run("updateAccountPlan");
    const names = planAccounts(rows);
    const r = rowOf(readPlan(s.emulator), names[0] as string).row;
    typeInto(s.emulator, PLAN, r, col("Owner"), "Mia");
    const leaverRow = rows.findIndex((x) => x[0] === names[1]) + 2;
    setFigures(s.emulator, leaverRow, LOW_FIGURES);
    const result = s.runner.run("generateKaismMatrix") as { plan?: { kept: number } };
    expect(result.plan?.kept).toBeGreaterThanOrEqual(1);
    const plan = readPlan(s.emulator);
    expect(rowOf(plan, names[0] as string).cells["Owner"]).toBe("Mia");
    expect(String(rowOf(plan, names[1] as string).cells["Status"])).toMatch(/^Left the plan on/);
    const statusLine =
      /^Key account plan: \d+ of \d+ accounts overdue for contact, \d+ without needs analysis\.$/;
    expect(s.emulator.ui.toasts.at(-1)?.message).toMatch(new RegExp(statusLine.source.slice(1)));
    // The overview carries the same line under its title, counted from the refreshed plan.
    const overview = sheetOf(s.emulator, "KAISM Matrix").getRange("A1:A6").getValues().flat().map(String);
    const lines = overview.filter((v) => statusLine.test(v));
    expect(lines).toHaveLength(1);
    expect(s.emulator.ui.toasts.at(-1)?.message).toContain(lines[0]);
  });

  it("puts the plan's counts on the overview: overdue contacts and accounts without needs analysis", () => {
    const rows = accountRows(30);
    const s = setup(rows);
    s.runner.run("updateAccountPlan");
    const names = planAccounts(rows);
    // One account analysed, one contacted long ago (overdue), the rest untouched.
    typeInto(
      s.emulator,
      PLAN,
      rowOf(readPlan(s.emulator), names[0] as string).row,
      col("Needs analysed on"),
      new Date("2026-01-05T12:00:00Z"),
    );
    typeInto(
      s.emulator,
      PLAN,
      rowOf(readPlan(s.emulator), names[1] as string).row,
      col("Last contact"),
      new Date("2020-01-05T12:00:00Z"),
    );
    s.runner.run("generateKaismMatrix");
    const overview = sheetOf(s.emulator, "KAISM Matrix").getRange("A1:A6").getValues().flat().map(String);
    const n = names.length;
    expect(overview).toContain(
      `Key account plan: 1 of ${n} accounts overdue for contact, ${n - 1} without needs analysis.`,
    );
  });

  it("Insert sample data comes with a living plan: owners, offers, an overdue contact, a missing analysis", () => {
    const s = setup([], null);
    s.runner.run("insertSampleData");
    const plan = readPlan(s.emulator);
    expect(plan.length).toBeGreaterThan(3);
    expect(plan.slice(0, 3).map((r) => r.cells["Owner"])).toEqual([
      "Anna Weber",
      "Jonas Richter",
      "Anna Weber",
    ]);
    expect(plan[0]?.cells["Individual offer"]).toBe("sent");
    expect(s.emulator.displayed(PLAN, "K2").background).toBe("#f4c7c3");
    expect(s.emulator.displayed(PLAN, "K3").background).toBe("#ffffff");
    expect(s.emulator.displayed(PLAN, "F3").background).toBe("#f4c7c3");
    expect(String(plan[0]?.cells["Notes"])).toContain("\n");
  });
});
