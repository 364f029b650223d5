import { a1, columnLetter } from "../../src/core/a1";

describe("columnLetter", () => {
  it("counts A to Z, then AA, in Sheets' bijective base 26", () => {
    expect([1, 2, 26, 27, 52, 53, 702, 703, 18278].map(columnLetter)).toEqual([
      "A",
      "B",
      "Z",
      "AA",
      "AZ",
      "BA",
      "ZZ",
      "AAA",
      "ZZZ",
    ]);
  });
});

describe("a1", () => {
  it("puts the column letters before the row number", () => {
    expect(a1(7, 2)).toBe("B7");
    expect(a1(1048576, 28)).toBe("AB1048576");
  });
});
