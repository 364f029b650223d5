import { shiftRelativeRows } from "../../src/core/formulaRows";

describe("shiftRelativeRows", () => {
  it("moves every relative row number with the formula, as a copy in Sheets does", () => {
    expect(shiftRelativeRows("=TODAY()-J5", 2)).toBe("=TODAY()-J7");
    expect(shiftRelativeRows("=SUM(E5:G5)/$I5", -3)).toBe("=SUM(E2:G2)/$I2");
    expect(shiftRelativeRows("=j5+ab10", 1)).toBe("=j6+ab11");
    expect(shiftRelativeRows("=Team!B5&' x'!C5", 1)).toBe("=Team!B6&' x'!C6");
    expect(shiftRelativeRows("=SUM(5:5)", 4)).toBe("=SUM(9:9)");
  });

  it("keeps $-fixed rows, whole columns and open ends", () => {
    expect(shiftRelativeRows("=J$1+$K$2+L3", 2)).toBe("=J$1+$K$2+L5");
    expect(shiftRelativeRows("=SUM($1:$1)+SUM($2:3)", 2)).toBe("=SUM($1:$1)+SUM($2:5)");
    expect(shiftRelativeRows("=COUNTA(A:A)+SUM(B2:B)", 1)).toBe("=COUNTA(A:A)+SUM(B3:B)");
  });

  it("leaves texts, quoted sheet names, function and range names and numbers as they are", () => {
    expect(shiftRelativeRows('=IF(J5="",  "call A5 ""B6""", J5)', 1)).toBe(
      '=IF(J6="",  "call A5 ""B6""", J6)',
    );
    expect(shiftRelativeRows("='Plan A1'!B5+'it''s B2'!C3", 1)).toBe("='Plan A1'!B6+'it''s B2'!C4");
    expect(shiftRelativeRows("=LOG10(A5)+ATAN2(B5, 1)+DAYS360(C5, D5)", 1)).toBe(
      "=LOG10(A6)+ATAN2(B6, 1)+DAYS360(C6, D6)",
    );
    expect(shiftRelativeRows("=Sheet1!A1+Q1_sales+R1C1+F.DIST(1.5E3, 2, TRUE)", 1)).toBe(
      "=Sheet1!A2+Q1_sales+R1C1+F.DIST(1.5E3, 2, TRUE)",
    );
    expect(shiftRelativeRows("=ABCD12+3.25", 1)).toBe("=ABCD12+3.25");
    expect(shiftRelativeRows('="unclosed A5', 1)).toBe('="unclosed A5');
  });

  it("makes a reference pushed above row 1 #REF!, as Sheets does", () => {
    expect(shiftRelativeRows("=J2+K5", -3)).toBe("=#REF!+K2");
    expect(shiftRelativeRows("=SUM(1:4)", -1)).toBe("=SUM(#REF!:3)");
    expect(shiftRelativeRows("=J1", -1)).toBe("=#REF!");
    expect(shiftRelativeRows("=J2", -1)).toBe("=J1");
  });

  it("changes nothing without a move, not even a row typed with a leading zero", () => {
    expect(shiftRelativeRows("=J5+'x'!A1", 0)).toBe("=J5+'x'!A1");
    expect(shiftRelativeRows("=J05", 0)).toBe("=J05");
    expect(shiftRelativeRows("=J05", 1)).toBe("=J6");
  });

  it("finds a reference at the very end and the very start of the text", () => {
    expect(shiftRelativeRows("=1:2", 1)).toBe("=2:3");
    expect(shiftRelativeRows("=B$1:C2", 1)).toBe("=B$1:C3");
    expect(shiftRelativeRows("A1", 1)).toBe("A2");
    expect(shiftRelativeRows("=A1_", 1)).toBe("=A1_");
    expect(shiftRelativeRows("=1:2_", 1)).toBe("=1:2_");
  });
});
