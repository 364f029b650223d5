import { Emulator } from "../index";

const setup = () => {
  const emulator = Emulator.fromFixture({
    sheets: [
      {
        name: "Data",
        rows: [
          ["Account", "Revenue"],
          ["A", 1],
          ["B", 2],
        ],
      },
      { name: "Other" },
    ],
  });
  return { emulator, sheet: emulator.spreadsheet.getSheetByName("Data")! };
};

describe("filters", () => {
  it("creates one filter per sheet, finds it, and refuses a second as Sheets does", () => {
    const { emulator, sheet } = setup();
    expect(sheet.getFilter()).toBeNull();
    sheet.getRange("A1:B3").createFilter();
    expect(sheet.getFilter()?.getRange().getA1Notation()).toBe("A1:B3");
    expect(emulator.spreadsheet.getSheetByName("Other")!.getFilter()).toBeNull();
    expect(() => sheet.getRange("A1:A2").createFilter()).toThrow(
      "You can't create a filter in a sheet that already has a filter.",
    );
  });

  it("removes a filter, after which a new one may be created; both calls are counted", () => {
    const { emulator, sheet } = setup();
    sheet.getRange("A1:B3").createFilter();
    emulator.ledger.reset();
    sheet.getFilter()!.remove();
    expect(sheet.getFilter()).toBeNull();
    sheet.getRange("A1:B2").createFilter();
    expect(emulator.ledger.byMethod()).toMatchObject({ "Filter.remove": 1, "Range.createFilter": 1 });
  });

  it("throws not emulated for column criteria and sorting", () => {
    const { sheet } = setup();
    const filter = sheet.getRange("A1:B3").createFilter();
    expect(() => filter.sort(2, true)).toThrow("not emulated: Filter.sort");
  });
});
