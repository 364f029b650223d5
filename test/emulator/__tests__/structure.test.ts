import { Emulator, MESSAGES } from "../index";

const setup = (options: { user?: string } = {}) => {
  const emulator = Emulator.fromFixture(
    {
      sheets: [
        {
          name: "Data",
          rows: [
            ["Account", "x", "y", "Revenue"],
            ["A", 2, 8, 100],
            ["B", 7, 3, 50],
          ],
        },
        { name: "Other" },
      ],
    },
    options,
  );
  const app = emulator.globals().SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  return { emulator, app, ss: emulator.spreadsheet, sheet: emulator.spreadsheet.getSheetByName("Data")! };
};

describe("sheets", () => {
  it("insertSheet with a 0-based index, duplicate names refused with Sheets' wording", () => {
    const { ss } = setup();
    const inserted = ss.insertSheet("KAM Criteria", 0);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(["KAM Criteria", "Data", "Other"]);
    expect(inserted.getIndex()).toBe(1);
    expect(ss.getActiveSheet().getName()).toBe("KAM Criteria");
    expect(() => ss.insertSheet("data")).toThrow(
      'A sheet with the name "data" already exists. Please enter another name.',
    );
    expect(() => ss.getSheetByName("Other")!.setName("Data")).toThrow(MESSAGES.sheetExists("Data"));
    expect(ss.insertSheet().getName()).toBe("Sheet4");
  });

  it("renames, moves and deletes; the last sheet cannot go", () => {
    const { ss } = setup();
    const other = ss.getSheetByName("Other")!;
    other.setName("Renamed");
    expect(ss.getSheetByName("Other")).toBeNull();
    ss.setActiveSheet(other);
    ss.moveActiveSheet(1);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(["Renamed", "Data"]);
    ss.deleteSheet(ss.getSheetByName("Data")!);
    expect(() => ss.deleteSheet(other)).toThrow("You can't remove all the sheets in a document.");
  });
});

describe("named ranges", () => {
  it("set, look up (case-insensitive), list and remove", () => {
    const { ss, sheet } = setup();
    ss.setNamedRange("KAM_WEIGHTS", sheet.getRange("B1:C1"));
    expect(ss.getRangeByName("kam_weights")!.getA1Notation()).toBe("B1:C1");
    expect(ss.getNamedRanges().map((n) => [n.getName(), n.getRange().getA1Notation()])).toEqual([
      ["KAM_WEIGHTS", "B1:C1"],
    ]);
    ss.removeNamedRange("KAM_WEIGHTS");
    expect(ss.getRangeByName("KAM_WEIGHTS")).toBeNull();
  });

  it.each(["1abc", "has space", "A1", "R1C1", "true", "bad-name", "", "x".repeat(251)])(
    "refuses the name %p",
    (name) => {
      const { ss, sheet } = setup();
      expect(() => ss.setNamedRange(name, sheet.getRange("A1"))).toThrow(MESSAGES.invalidName(name));
    },
  );
});

describe("developer metadata", () => {
  it("on the spreadsheet, a sheet and whole rows or columns, found by key, with its location", () => {
    const { ss, sheet } = setup();
    ss.addDeveloperMetadata("kam.version", "1");
    sheet.addDeveloperMetadata("kam.criteriaSheet");
    sheet.getRange("2:3").addDeveloperMetadata("kam.rows", "criteria");
    sheet.getRange("D:D").addDeveloperMetadata("kam.revenue");
    expect(() => sheet.getRange("A1:B2").addDeveloperMetadata("x")).toThrow(MESSAGES.metadataLocation);
    const found = ss.createDeveloperMetadataFinder().withKey("kam.criteriaSheet").find();
    expect(found).toHaveLength(1);
    sheet.setName("Renamed by hand");
    expect(found[0]!.getLocation().getSheet()!.getName()).toBe("Renamed by hand");
    expect(String(found[0]!.getLocation().getLocationType())).toBe("SHEET");
    expect(ss.getDeveloperMetadata().map((m) => [m.getKey(), m.getValue()])).toEqual([["kam.version", "1"]]);
    expect(sheet.getDeveloperMetadata().map((m) => m.getKey())).toEqual(["kam.criteriaSheet"]);
    const rows = sheet.createDeveloperMetadataFinder().withKey("kam.rows").find()[0]!;
    expect(rows.getLocation().getRow()!.getA1Notation()).toBe("2:3");
    expect(
      sheet
        .getRange("D:D")
        .getDeveloperMetadata()
        .map((m) => m.getKey()),
    ).toEqual(["kam.revenue"]);
    rows.remove();
    expect(ss.createDeveloperMetadataFinder().withKey("kam.rows").find()).toHaveLength(0);
  });
});

describe("data validation", () => {
  it("dropdown lists are stored, read back and enforced when invalid data is not allowed", () => {
    const { app, sheet } = setup();
    const rule = app
      .newDataValidation()
      .requireValueInList(["attractiveness", "strength"], true)
      .setAllowInvalid(false)
      .build();
    sheet.getRange("E2:E3").setDataValidation(rule);
    const read = sheet.getRange("E2").getDataValidation()!;
    expect(String(read.getCriteriaType())).toBe("VALUE_IN_LIST");
    expect(read.getCriteriaValues()).toEqual([["attractiveness", "strength"], true]);
    expect(read.getAllowInvalid()).toBe(false);
    expect(sheet.getRange("E4").getDataValidation()).toBeNull();
    sheet.getRange("E2").setValue("strength");
    expect(() => sheet.getRange("E3").setValue("size")).toThrow(MESSAGES.validation("E3"));
    sheet.getRange("F2").setDataValidation(app.newDataValidation().requireNumberBetween(0, 10).build());
    sheet.getRange("F2").setValue(99);
    expect(sheet.getRange("F2").getValue()).toBe(99);
    expect(() => app.newDataValidation().setAllowInvalid(false).build()).toThrow("criteria");
  });
});

describe("protection", () => {
  it("warning-only protection is recorded and does not stop the script", () => {
    const { ss, sheet, emulator, app } = setup();
    const protection = sheet.protect().setWarningOnly(true).setDescription("Generated by KAM");
    expect(protection.isWarningOnly()).toBe(true);
    const listed = ss.getProtections(app.ProtectionType.SHEET);
    expect(listed.map((p) => p.getDescription())).toEqual(["Generated by KAM"]);
    emulator.setUser("colleague@example.com");
    sheet.getRange("A1").setValue("still fine");
    expect(emulator.dump().protections).toEqual([
      {
        type: "SHEET",
        sheet: "Data",
        range: null,
        description: "Generated by KAM",
        warningOnly: true,
        editors: "everyone who can edit the file",
        unprotectedRanges: [],
      },
    ]);
  });

  it("a protected range with narrowed editors refuses other users' writes with Sheets' message", () => {
    const { sheet, emulator } = setup();
    const protection = sheet.getRange("A1:D1").protect();
    protection.removeEditors(protection.getEditors());
    expect(protection.getEditors().map((u) => u.getEmail())).toEqual(["owner@example.com"]);
    sheet.getRange("A1").setValue("owner may");
    emulator.setUser("colleague@example.com");
    expect(() => sheet.getRange("B1").setValue("no")).toThrow(MESSAGES.protectedCell);
    expect(() => sheet.getRange("A1:A2").setBackground("#ff0000")).toThrow(MESSAGES.protectedCell);
    sheet.getRange("A2").setValue("outside is fine");
    expect(protection.canEdit()).toBe(false);
  });

  it("a fresh protection mirrors the file's sharing until editors are removed, as Apps Script documents", () => {
    const { sheet, emulator } = setup();
    sheet.getRange("A1").protect();
    emulator.setUser("colleague@example.com");
    sheet.getRange("A1").setValue("allowed");
    expect(sheet.getRange("A1").getValue()).toBe("allowed");
  });
});

describe("charts", () => {
  it("builds, inserts, reads back and removes an embedded bubble chart", () => {
    const { emulator, sheet } = setup();
    const Charts = emulator.globals().Charts as typeof GoogleAppsScript.Charts & {
      ChartType: Record<string, unknown>;
    };
    const chart = sheet
      .newChart()
      .setChartType(Charts.ChartType.BUBBLE as GoogleAppsScript.Charts.ChartType)
      .addRange(sheet.getRange("A1:D3"))
      .setPosition(5, 6, 0, 0)
      .setOption("title", "KAISM matrix")
      .setOption("hAxis", { title: "Relative strength", viewWindow: { min: 1, max: 10 } })
      .build();
    sheet.insertChart(chart);
    const [stored] = sheet.getCharts();
    expect(stored!.getRanges().map((r) => r.getA1Notation())).toEqual(["A1:D3"]);
    expect(stored!.getOptions().get("title")).toBe("KAISM matrix");
    expect(stored!.getOptions().get("hAxis.title")).toBe("Relative strength");
    expect(stored!.getOptions().get("hAxis.viewWindow.max")).toBe(10);
    expect(stored!.getContainerInfo().getAnchorRow()).toBe(5);
    expect(emulator.dump().sheets[0]!.charts).toEqual([
      {
        id: stored!.getChartId(),
        type: "BUBBLE",
        ranges: ["Data!A1:D3"],
        position: { row: 5, col: 6, offsetX: 0, offsetY: 0 },
        options: {
          title: "KAISM matrix",
          hAxis: { title: "Relative strength", viewWindow: { min: 1, max: 10 } },
        },
      },
    ]);
    sheet.updateChart(stored!.modify().setOption("title", "New").build());
    expect(sheet.getCharts()[0]!.getOptions().get("title")).toBe("New");
    sheet.removeChart(sheet.getCharts()[0]!);
    expect(sheet.getCharts()).toHaveLength(0);
    expect(() => sheet.newChart().addRange(sheet.getRange("A1")).build()).toThrow("chart type");
  });
});
