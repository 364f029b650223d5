import { KAM_QUADRANT } from "../../src/functions/customFunctions";
import { withSpreadsheetLocale } from "./sheetLocale";

const attractiveness = [[8], [8], [2], [2]];
const strength = [[8], [2], [8], [2]];

describe("KAM_QUADRANT", () => {
  it("labels each row in English", () => {
    expect(KAM_QUADRANT(attractiveness, strength, "", "", "en")).toEqual([
      ["Key account"],
      ["Key development"],
      ["Maintenance"],
      ["Opportunistic"],
    ]);
  });

  it("labels each row in German, case-insensitively", () => {
    const german = [["Schlüsselkunde"], ["Entwicklungskunde"], ["Pflegekunde"], ["Gelegenheitskunde"]];
    expect(KAM_QUADRANT(attractiveness, strength, "", "", "de")).toEqual(german);
    expect(KAM_QUADRANT(attractiveness, strength, "", "", "DE")).toEqual(german);
  });

  it("cuts at 5.5 by default, a value equal to the cut counting as high", () => {
    expect(KAM_QUADRANT([[5.5], [5.49], [5.5]], [[5.5], [5.5], [5.49]], "", "", "en")).toEqual([
      ["Key account"],
      ["Maintenance"],
      ["Key development"],
    ]);
    expect(KAM_QUADRANT([[5.5]], [[5.5]], null, null, "en")).toEqual([["Key account"]]);
  });

  it("uses the given cuts for each axis", () => {
    // attractiveness 3 >= 3 high, strength 3 < 3.5 low
    expect(KAM_QUADRANT([[3]], [[3]], 3, 3.5, "en")).toEqual([["Key development"]]);
    expect(KAM_QUADRANT([[3]], [[3]], [[3.5]], [[3]], "en")).toEqual([["Maintenance"]]);
  });

  it("gives a blank when either input is blank", () => {
    expect(KAM_QUADRANT([[""], [8], [""]], [[8], [""], [""]], "", "", "en")).toEqual([[""], [""], [""]]);
  });

  it("gives a #VALUE! text naming the input and the value for an invalid cell; other rows still get labels", () => {
    expect(KAM_QUADRANT([["x"], [8], [true], [8]], [[8], ["#N/A"], [2], [8]], "", "", "en")).toEqual([
      ['#VALUE! attractiveness holds the text "x", not a number.'],
      ["#VALUE! strength holds the error #N/A, not a number."],
      ["#VALUE! attractiveness holds the value TRUE, not a number."],
      ["Key account"],
    ]);
  });

  it("returns a single value for single cells", () => {
    expect(KAM_QUADRANT(8, 2, "", "", "en")).toBe("Key development");
    expect(KAM_QUADRANT("", 2, "", "", "en")).toBe("");
    expect(KAM_QUADRANT("7", 2, "", "", "en")).toBe(
      '#VALUE! attractiveness holds the text "7", not a number.',
    );
  });

  it("returns a column as soon as one input is a range, even of one cell", () => {
    expect(KAM_QUADRANT(8, [[2]], "", "", "en")).toEqual([["Key development"]]);
    expect(KAM_QUADRANT([[8]], 2, "", "", "en")).toEqual([["Key development"]]);
  });

  it("throws when the inputs have different numbers of rows", () => {
    expect(() => KAM_QUADRANT([[1], [2]], [[1]], "", "", "en")).toThrow(
      new Error("KAM_QUADRANT: attractiveness has 2 rows but strength has 1; they must match."),
    );
    expect(() => KAM_QUADRANT(5, [[1], [2]], "", "", "en")).toThrow(
      /^KAM_QUADRANT: attractiveness has 1 rows/,
    );
  });

  it("throws for inputs of several columns", () => {
    expect(() => KAM_QUADRANT([[1, 2]], [[1]])).toThrow(
      "KAM_QUADRANT: attractiveness must be a single column, got 2 columns.",
    );
    expect(() => KAM_QUADRANT([[1]], [[1, 2]])).toThrow("KAM_QUADRANT: strength must be a single column");
  });

  it("throws for a cut that is not a number and for an unknown language", () => {
    expect(() => KAM_QUADRANT([[1]], [[1]], "5")).toThrow(
      'KAM_QUADRANT: cut_attractiveness must be a number, got the text "5".',
    );
    expect(() => KAM_QUADRANT([[1]], [[1]], "", false)).toThrow(
      "KAM_QUADRANT: cut_strength must be a number",
    );
    expect(() => KAM_QUADRANT([[1]], [[1]], "", "", "fr")).toThrow(
      'KAM_QUADRANT: language must be "en" or "de", got the text "fr".',
    );
  });

  it("throws for empty ranges", () => {
    expect(() => KAM_QUADRANT([], [])).toThrow("KAM_QUADRANT: the attractiveness range is empty.");
    expect(() => KAM_QUADRANT([[1]], [[]])).toThrow("KAM_QUADRANT: the strength range is empty.");
  });

  describe("default language", () => {
    it("is English when the spreadsheet locale cannot be read", () => {
      expect(KAM_QUADRANT(8, 8)).toBe("Key account");
      expect(
        withSpreadsheetLocale(
          () => {
            throw new Error("no spreadsheet");
          },
          () => KAM_QUADRANT(8, 8),
        ),
      ).toBe("Key account");
    });

    it('is German for a "de_DE" (or "de") spreadsheet locale', () => {
      expect(withSpreadsheetLocale("de_DE", () => KAM_QUADRANT(8, 8))).toBe("Schlüsselkunde");
      expect(withSpreadsheetLocale("de", () => KAM_QUADRANT(2, 2, "", "", ""))).toBe("Gelegenheitskunde");
    });

    it("is English for other locales", () => {
      expect(withSpreadsheetLocale("en_US", () => KAM_QUADRANT(8, 8))).toBe("Key account");
      expect(withSpreadsheetLocale("fr_FR", () => KAM_QUADRANT(8, 8, null, null, null))).toBe("Key account");
    });

    it("gives way to an explicit language", () => {
      expect(withSpreadsheetLocale("de_DE", () => KAM_QUADRANT(8, 8, "", "", "en"))).toBe("Key account");
    });
  });
});
