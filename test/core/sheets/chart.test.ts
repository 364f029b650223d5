import { parseConfig } from "../../../src/core/config";
import { axisWindow, bubbleChartOptions, CHART_OPTIONS_USED } from "../../../src/core/sheets/chart";
import { BUBBLE_COLORS, GRIDLINE_COLOR } from "../../../src/core/sheets/colors";
import { SHEET_TEXTS } from "../../../src/core/sheets/texts";

describe("axisWindow", () => {
  it("leaves half a point at least, else 8% of the scale's span, beyond each end", () => {
    expect(axisWindow(5)).toEqual({ min: 0.5, max: 5.5 });
    const ten = axisWindow(10);
    expect(ten.min).toBeCloseTo(1 - 0.72, 10);
    expect(ten.max).toBeCloseTo(10 + 0.72, 10);
  });
});

describe("bubbleChartOptions", () => {
  const config = parseConfig({
    version: 1,
    dataSheet: "Accounts",
    accountColumn: "Customer",
    scaleMax: 5,
    cuts: { attractiveness: 3.5, strength: 2.5 },
    criteria: [
      { name: "Need", column: "Need", axis: "attractiveness", weight: 1 },
      { name: "Wallet", column: "Wallet", axis: "strength", weight: 1 },
    ],
  });
  const axis = (title: string, cutText: string, cut: number) => ({
    title,
    viewWindow: { min: 0.5, max: 5.5 },
    ticks: [
      { v: 1, f: "1" },
      { v: cut, f: cutText },
      { v: 5, f: "5" },
    ],
    gridlines: { color: GRIDLINE_COLOR },
    minorGridlines: { count: 0 },
  });

  it("sets title, size, both axes with the cut as a tick, bubble sizes, colours and legend (English)", () => {
    const t = SHEET_TEXTS.en;
    const options = bubbleChartOptions(config, t, ["keyAccount", "opportunistic"], {
      width: 512,
      height: 441,
    });
    expect(options).toEqual({
      title: "Attractiveness against relative strength",
      width: 512,
      height: 441,
      hAxis: axis("Relative strength: low → high", "cut 2.5", 2.5),
      vAxis: axis("Attractiveness: low → high", "cut 3.5", 3.5),
      sizeAxis: { minSize: 4, maxSize: 14 },
      colors: [BUBBLE_COLORS.keyAccount, BUBBLE_COLORS.opportunistic],
      bubble: { textStyle: { fontSize: 10 } },
      legend: { position: "bottom" },
    });
  });

  it("uses the German texts and the quadrants' colours in their order", () => {
    const options = bubbleChartOptions(config, SHEET_TEXTS.de, ["maintenance", "keyDevelopment"], {
      width: 300,
      height: 200,
    });
    expect(options["title"]).toBe("Attraktivität gegen relative Stärke");
    expect(options["hAxis"]).toEqual(axis("Relative Stärke: niedrig → hoch", "Grenze 2,5", 2.5));
    expect(options["vAxis"]).toEqual(axis("Attraktivität: niedrig → hoch", "Grenze 3,5", 3.5));
    expect(options["colors"]).toEqual([BUBBLE_COLORS.maintenance, BUBBLE_COLORS.keyDevelopment]);
    expect([options["width"], options["height"]]).toEqual([300, 200]);
  });

  it("uses only the option paths it lists", () => {
    const options = bubbleChartOptions(config, SHEET_TEXTS.en, ["keyAccount"], { width: 1, height: 1 });
    const paths: string[] = [];
    const walk = (o: Record<string, unknown>, prefix: string) => {
      for (const [k, v] of Object.entries(o)) {
        const path = prefix + k;
        if ((CHART_OPTIONS_USED as readonly string[]).includes(path)) paths.push(path);
        else if (v && typeof v === "object" && !Array.isArray(v))
          walk(v as Record<string, unknown>, path + ".");
        else paths.push(`unlisted ${path}`);
      }
    };
    walk(options, "");
    expect([...paths].sort()).toEqual([...CHART_OPTIONS_USED].sort());
  });
});
