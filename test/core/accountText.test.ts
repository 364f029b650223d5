import { accountText } from "../../src/core/cells";
import { parseConfig } from "../../src/core/config";
import { evaluateAccounts } from "../../src/core/model";

describe("account names as the spreadsheet shows them", () => {
  it("writes a date as its calendar day and a boolean as TRUE/FALSE, never JavaScript's Date text", () => {
    expect(accountText(new Date(2024, 0, 15))).toBe("2024-01-15");
    expect(accountText(true)).toBe("TRUE");
    expect(accountText(false)).toBe("FALSE");
    expect(accountText("  Nordwind GmbH ")).toBe("Nordwind GmbH");
    expect(accountText(42)).toBe("42");
  });

  it("is empty for an empty cell and for an invalid date", () => {
    expect(accountText(null)).toBe("");
    expect(accountText(undefined)).toBe("");
    expect(accountText(new Date(NaN))).toBe("");
  });

  it("names accounts that way in the evaluation", () => {
    const config = parseConfig({
      version: 1,
      dataSheet: "D",
      accountColumn: "Account",
      criteria: [
        { name: "A", column: "A", axis: "attractiveness", weight: 1 },
        { name: "S", column: "S", axis: "strength", weight: 1 },
      ],
    });
    const evaluation = evaluateAccounts(config, {
      headerRow: 1,
      headers: ["Account", "A", "S"],
      rows: [
        [new Date(2024, 0, 15), 8, 8],
        [true, 2, 2],
      ],
    });
    expect(evaluation.accounts.map((a) => a.account)).toEqual(["2024-01-15", "TRUE"]);
    expect(evaluation.accounts.map((a) => a.account).join(" ")).not.toMatch(/GMT|Mon /);
  });
});
