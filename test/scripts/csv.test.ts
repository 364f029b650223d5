import { parseCsv } from "../../scripts/csv";

describe("parseCsv (scripts/csv.ts, shared by the score command and the emulator's CSV import)", () => {
  it("reads quoted fields with commas, doubled quotes and line breaks inside quotes", () => {
    expect(parseCsv('Name,Note\n"Müller, GmbH","Say ""hi""\nagain"\n')).toEqual([
      ["Name", "Note"],
      ["Müller, GmbH", 'Say "hi"\nagain'],
    ]);
  });

  it("takes CRLF, CR and LF line ends, keeps blank fields and a last line without a line end", () => {
    expect(parseCsv("a,b\r\n1,\r2,3\n,4")).toEqual([
      ["a", "b"],
      ["1", ""],
      ["2", "3"],
      ["", "4"],
    ]);
  });

  it("gives no row for empty text and keeps fields as text", () => {
    expect(parseCsv("")).toEqual([]);
    expect(parseCsv("007, 1.5 \n")).toEqual([["007", " 1.5 "]]);
  });
});
