import { execFileSync } from "node:child_process";
import path from "node:path";
import { buildSync } from "esbuild";
import {
  ArgumentProblem,
  VALUE_ERROR_PREFIX,
  describeInvalid,
  isBlank,
  isValidNumber,
  negativeNotAllowed,
  notANumber,
  ordinal,
} from "../../src/core/cells";

describe("isBlank", () => {
  it('treats "" (how Sheets passes an empty cell), null and undefined as missing', () => {
    expect(isBlank("")).toBe(true);
    expect(isBlank(null)).toBe(true);
    expect(isBlank(undefined)).toBe(true);
  });

  it("never treats 0, FALSE or a space as missing", () => {
    expect(isBlank(0)).toBe(false);
    expect(isBlank(false)).toBe(false);
    expect(isBlank(" ")).toBe(false);
  });
});

describe("isValidNumber", () => {
  it("accepts finite numbers, including 0, negatives and fractions (percent cells)", () => {
    for (const n of [0, -0, 7, -3.5, 0.25, Number.MAX_VALUE, -Number.MAX_VALUE, Number.MIN_VALUE]) {
      expect(isValidNumber(n)).toBe(true);
    }
  });

  it("rejects NaN and the infinities", () => {
    expect(isValidNumber(NaN)).toBe(false);
    expect(isValidNumber(Infinity)).toBe(false);
    expect(isValidNumber(-Infinity)).toBe(false);
  });

  it('rejects text (also a number typed as text: "7"), booleans, dates, error texts and blanks', () => {
    for (const v of ["7", "abc", "#N/A", true, false, new Date(2024, 0, 31), "", null, undefined]) {
      expect(isValidNumber(v)).toBe(false);
    }
  });
});

describe("describeInvalid", () => {
  it("names text in quotes, a number typed as text included", () => {
    expect(describeInvalid("abc")).toBe('the text "abc"');
    expect(describeInvalid("7")).toBe('the text "7"');
  });

  it("shortens long text to 40 characters", () => {
    const long = "x".repeat(50);
    expect(describeInvalid(long)).toBe(`the text "${"x".repeat(37)}..."`);
    // Forty characters fit as they are; one more is shortened.
    expect(describeInvalid("y".repeat(40))).toBe(`the text "${"y".repeat(40)}"`);
    expect(describeInvalid("y".repeat(41))).toBe(`the text "${"y".repeat(37)}..."`);
  });

  it("names an error text with spaces around it as the error, and an error inside a text as text", () => {
    expect(describeInvalid(" #N/A ")).toBe("the error #N/A");
    expect(describeInvalid("see #N/A")).toBe('the text "see #N/A"');
    expect(describeInvalid("#N/A later")).toBe('the text "#N/A later"');
  });

  it("names Sheets error texts as errors", () => {
    expect(describeInvalid("#N/A")).toBe("the error #N/A");
    expect(describeInvalid("#DIV/0!")).toBe("the error #DIV/0!");
    expect(describeInvalid("#NAME?")).toBe("the error #NAME?");
    expect(describeInvalid("#REF!")).toBe("the error #REF!");
  });

  it("names booleans as Sheets shows them", () => {
    expect(describeInvalid(true)).toBe("the value TRUE");
    expect(describeInvalid(false)).toBe("the value FALSE");
  });

  it("names a date by its calendar day", () => {
    expect(describeInvalid(new Date(2024, 0, 31))).toBe("the date 2024-01-31");
    expect(describeInvalid(new Date(NaN))).toBe("an invalid date");
  });

  it("names non-finite numbers", () => {
    expect(describeInvalid(NaN)).toBe("the value NaN");
    expect(describeInvalid(Infinity)).toBe("the value Infinity");
  });
});

describe("describeInvalid in German", () => {
  it("describes each kind of unusable cell as the subject of a German sentence", () => {
    expect(describeInvalid("n/a", "de")).toBe("der Text „n/a“");
    expect(describeInvalid("#N/A", "de")).toBe("der Fehler #N/A");
    expect(describeInvalid(true, "de")).toBe("der Wert WAHR");
    expect(describeInvalid(false, "de")).toBe("der Wert FALSCH");
    expect(describeInvalid(new Date(2024, 0, 31), "de")).toBe("das Datum 31.01.2024");
    expect(describeInvalid(new Date(NaN), "de")).toBe("ein ungültiges Datum");
    expect(describeInvalid(NaN, "de")).toBe("der Wert NaN");
  });
});

describe("describeInvalid in the add-on's time zone (Europe/Berlin, east of UTC)", () => {
  // Sheets hands a date cell over as local midnight, so the day named must be the local day, not the UTC
  // one. Jest cannot change the zone of its own process, so this runs cells.ts in a child Node process.
  it("still names the date the cell shows", () => {
    // Bundled, since cells.ts imports its wording from messages.ts.
    const source = buildSync({
      entryPoints: [path.resolve(__dirname, "../../src/core/cells.ts")],
      bundle: true,
      format: "cjs",
      write: false,
    }).outputFiles[0]!.text;
    const script = `
      const module = { exports: {} };
      new Function("module", "exports", ${JSON.stringify(source)})(module, module.exports);
      const d = new Date(2024, 0, 31);
      const { describeInvalid } = module.exports;
      process.stdout.write(JSON.stringify([d.getTimezoneOffset(), describeInvalid(d), describeInvalid(d, "de")]));`;
    const out = execFileSync(process.execPath, ["-e", script], {
      env: { ...process.env, TZ: "Europe/Berlin" },
      encoding: "utf8",
    });
    expect(JSON.parse(out)).toEqual([-60, "the date 2024-01-31", "das Datum 31.01.2024"]);
  });
});

describe("per-row error texts", () => {
  it('start with "#VALUE! " and name the column and the value', () => {
    expect(VALUE_ERROR_PREFIX).toBe("#VALUE! ");
    expect(notANumber(3, "abc")).toBe(
      '#VALUE! the 3rd column of the range holds the text "abc", not a number.',
    );
    expect(notANumber("strength", "#N/A")).toBe("#VALUE! strength holds the error #N/A, not a number.");
    expect(negativeNotAllowed(2, -5, "revenue")).toBe(
      "#VALUE! the 2nd column of the range holds revenue -5, which is negative.",
    );
  });
});

describe("ordinal", () => {
  it("writes English ordinals, 11th to 13th included", () => {
    expect([1, 2, 3, 4, 10, 11, 12, 13, 21, 22, 23, 101, 111, 112].map(ordinal)).toEqual([
      "1st",
      "2nd",
      "3rd",
      "4th",
      "10th",
      "11th",
      "12th",
      "13th",
      "21st",
      "22nd",
      "23rd",
      "101st",
      "111th",
      "112th",
    ]);
  });
});

describe("ArgumentProblem", () => {
  it("is an Error carrying its message", () => {
    const p = new ArgumentProblem("bad");
    expect(p).toBeInstanceOf(Error);
    expect(p.message).toBe("bad");
    expect(p.name).toBe("ArgumentProblem");
  });
});
