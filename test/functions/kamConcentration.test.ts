import { KAM_CONCENTRATION } from "../../src/functions/customFunctions";
import { CONCENTRATION_LABELS_EN } from "../support/concentrationLabels";
import { withSpreadsheetLocale } from "./sheetLocale";

type Table = [string, string | number | boolean][];

function value(table: unknown, label: string): unknown {
  const row = (table as Table).find((r) => r[0] === label);
  if (!row) throw new Error(`no row ${label}`);
  return row[1];
}

describe("KAM_CONCENTRATION", () => {
  it("returns the nine label/value rows in order, in English", () => {
    const table = KAM_CONCENTRATION([[50], [30], [20]], "", "en") as Table;
    expect(table).toHaveLength(9);
    for (const row of table) expect(row).toHaveLength(2);
    expect(table.map((r) => r[0])).toEqual(CONCENTRATION_LABELS_EN);
    const [customers, largest, top5, top10, hhi, effective, major, mono, level] = table.map((r) => r[1]);
    expect(customers).toBe(3);
    expect(largest).toBe(0.5);
    expect(top5).toBeCloseTo(1, 12);
    expect(top10).toBeCloseTo(1, 12);
    // 50^2 + 30^2 + 20^2
    expect(hhi).toBeCloseTo(3800, 9);
    expect(effective).toBeCloseTo(10000 / 3800, 12);
    expect(major).toBe(3);
    expect(mono).toBe(false);
    expect(level).toBe("high");
  });

  it("labels in German, case-insensitively", () => {
    const table = KAM_CONCENTRATION([[50], [30], [20]], "", "DE") as Table;
    expect(table.map((r) => r[0])).toEqual([
      "Kunden",
      "Größter Anteil",
      "Anteil Top 5",
      "Anteil Top 10",
      "HHI",
      "Effektive Anzahl Kunden",
      "Kunden mit 10 % oder mehr",
      "Monokunde",
      "Konzentration",
    ]);
    expect(table[8]?.[1]).toBe("hoch");
    expect(value(KAM_CONCENTRATION([[25], [25], [25], [25]], "", "de"), "Konzentration")).toBe("mittel");
    expect(value(KAM_CONCENTRATION(new Array(10).fill([10]), "", "de"), "Konzentration")).toBe("gering");
  });

  it("defaults to German for a de_DE spreadsheet and English otherwise", () => {
    expect((withSpreadsheetLocale("de_DE", () => KAM_CONCENTRATION([[1]])) as Table)[0]?.[0]).toBe("Kunden");
    expect((KAM_CONCENTRATION([[1]]) as Table)[0]?.[0]).toBe("Customers");
    expect((KAM_CONCENTRATION([[1]], null, null) as Table)[0]?.[0]).toBe("Customers");
  });

  it("counts numbers, not text, and gives Mono-customer as a boolean", () => {
    const table = KAM_CONCENTRATION([[60], [40]], "", "en") as Table;
    expect(typeof value(table, "Customers")).toBe("number");
    expect(typeof value(table, "Customers with 10% or more")).toBe("number");
    expect(value(table, "Mono-customer")).toBe(true);
  });

  it("sums the 5 and 10 largest shares", () => {
    // revenues 1..12, total 78: top 5 = 12+11+10+9+8 = 50, top 10 = 75
    const table = KAM_CONCENTRATION(
      Array.from({ length: 12 }, (_, i) => [i + 1]),
      "",
      "en",
    );
    expect(value(table, "Customers")).toBe(12);
    expect(value(table, "Largest share")).toBe(12 / 78);
    expect(value(table, "Top 5 share")).toBeCloseTo(50 / 78, 12);
    expect(value(table, "Top 10 share")).toBeCloseTo(75 / 78, 12);
  });

  it("counts a zero revenue as a customer", () => {
    const table = KAM_CONCENTRATION([[100], [0]], "", "en");
    expect(value(table, "Customers")).toBe(2);
    expect(value(table, "HHI")).toBe(10000);
    expect(value(table, "Effective number of customers")).toBe(1);
    expect(value(table, "Customers with 10% or more")).toBe(1);
  });

  it("leaves invalid cells and blanks out", () => {
    const table = KAM_CONCENTRATION([[60], ["x"], [-5], [""], [40], [true], ["#N/A"], ["7"]], "", "en");
    expect(value(table, "Customers")).toBe(2);
    expect(value(table, "Largest share")).toBe(0.6);
    // 60^2 + 40^2 = 5200
    expect(value(table, "HHI")).toBeCloseTo(5200, 9);
  });

  it("works over a 2-D range", () => {
    const table = KAM_CONCENTRATION(
      [
        [20, 20],
        [60, ""],
      ],
      "",
      "en",
    );
    expect(value(table, "Customers")).toBe(3);
    expect(value(table, "Largest share")).toBe(0.6);
  });

  it("places the HHI bands: < 1500 low, 1500 to 2500 moderate, > 2500 high", () => {
    const level = (revenues: number[]) =>
      value(
        KAM_CONCENTRATION(
          revenues.map((r) => [r]),
          "",
          "en",
        ),
        "Concentration",
      );
    // 2*400 + 6*100 = 1400
    expect(level([20, 20, 10, 10, 10, 10, 10, 10])).toBe("low");
    // 3*400 + 2*100 + 4*25 = 1500
    expect(
      value(KAM_CONCENTRATION([[20], [20], [20], [10], [10], [5], [5], [5], [5]], "", "en"), "HHI"),
    ).toBe(1500);
    expect(level([20, 20, 20, 10, 10, 5, 5, 5, 5])).toBe("moderate");
    // 4*625 = 2500
    expect(level([25, 25, 25, 25])).toBe("moderate");
    // 676 + 625 + 625 + 576 = 2502
    expect(level([26, 25, 25, 24])).toBe("high");
  });

  it("counts shares of 10% or more and flags a share over one half", () => {
    const table = (revenues: number[]) =>
      KAM_CONCENTRATION(
        revenues.map((r) => [r]),
        "",
        "en",
      );
    expect(value(table([10, 90]), "Customers with 10% or more")).toBe(2);
    expect(value(table([9, 91]), "Customers with 10% or more")).toBe(1);
    expect(value(table([50, 50]), "Mono-customer")).toBe(false);
    expect(value(table([51, 49]), "Mono-customer")).toBe(true);
  });

  it("uses a given total as T", () => {
    const table = KAM_CONCENTRATION([[30], [20]], 200, "en");
    expect(value(table, "Customers")).toBe(2);
    expect(value(table, "Largest share")).toBe(0.15);
    expect(value(table, "Top 5 share")).toBe(0.25);
    expect(value(table, "HHI")).toBeCloseTo(325, 9);
    expect(value(table, "Mono-customer")).toBe(false);
    expect(value(table, "Concentration")).toBe("low");
  });

  it("leaves the effective number blank when HHI is 0 (only zeros against a given total)", () => {
    const table = KAM_CONCENTRATION([[0], [0]], 100, "en");
    expect(value(table, "HHI")).toBe(0);
    expect(value(table, "Effective number of customers")).toBe("");
  });

  it("reports no customers when nothing valid is listed against a given total", () => {
    const table = KAM_CONCENTRATION([[""], ["x"]], 100, "en") as Table;
    expect(table.map((r) => r[1])).toEqual([0, 0, 0, 0, 0, "", 0, false, "low"]);
  });

  it("returns the whole table for a single cell", () => {
    const table = KAM_CONCENTRATION(100, "", "en") as Table;
    expect(table.map((r) => r[1])).toEqual([1, 1, 1, 1, 10000, 1, 1, true, "high"]);
  });

  it("throws like REVENUE_SHARE for T <= 0 or a total below the listed revenues", () => {
    expect(() => KAM_CONCENTRATION([[0], [0]])).toThrow(
      /^KAM_CONCENTRATION: there is no revenue to divide by/,
    );
    expect(() => KAM_CONCENTRATION([["x"]])).toThrow(/^KAM_CONCENTRATION: /);
    expect(() => KAM_CONCENTRATION([[10]], 0)).toThrow(
      "KAM_CONCENTRATION: total must be greater than 0, got 0.",
    );
    expect(() => KAM_CONCENTRATION([[30], [70]], 50)).toThrow(
      "KAM_CONCENTRATION: total (50) is smaller than the sum of the listed revenues (100).",
    );
  });

  it("throws for a total that is not a number, an unknown language and empty ranges", () => {
    expect(() => KAM_CONCENTRATION([[1]], "100")).toThrow(
      'KAM_CONCENTRATION: total must be a number, got the text "100".',
    );
    expect(() => KAM_CONCENTRATION([[1]], "", "english")).toThrow(
      'KAM_CONCENTRATION: language must be "en" or "de", got the text "english".',
    );
    expect(() => KAM_CONCENTRATION([])).toThrow("KAM_CONCENTRATION: the revenues range is empty.");
    expect(() => KAM_CONCENTRATION([[]])).toThrow("KAM_CONCENTRATION: the revenues range is empty.");
  });
});
