import { parseConfig, sameConfig } from "../../src/core/config";
import { draftToInput } from "../../sidebar/draft";
import { blankCriterion } from "../../sidebar/presets";
import {
  attractivenessShare,
  headersOf,
  previewConfig,
  previewNoteOf,
  previewRequest,
  scaleWarningsByCriterion,
  sliderMax,
  startingDraft,
  startingState,
  tableOf,
  withAttractivenessShare,
  withColumnsChecked,
  withCriterionAdded,
  withCriterionField,
  withCriterionRemoved,
  withEdgeOpen,
  withExplained,
  withPlanQuadrant,
  withPreviewData,
  withSetting,
  type SheetInfo,
  type SidebarState,
} from "../../sidebar/state";

const SHEETS: SheetInfo[] = [
  { name: "Notes", headerRow: 1, headers: [] },
  { name: "Accounts", headerRow: 2, headers: ["Customer", "Revenue", "Revenue potential", "Need"] },
  { name: "Other", headerRow: 1, headers: ["Name", "Umsatz"] },
];

const saved = parseConfig({
  version: 1,
  dataSheet: "Accounts",
  headerRow: 2,
  accountColumn: "Customer",
  revenueColumn: "Revenue",
  criteria: [
    { name: "Need", column: "Need", axis: "attractiveness", weight: 2 },
    { name: "Revenue", column: "Revenue", axis: "strength", weight: 1, input: "linear" },
  ],
});

function ready(state: SidebarState, headers: string[], rows: (string | number)[][], totalRows = rows.length) {
  return withPreviewData(state, {
    kind: "ready",
    request: previewRequest(state.draft),
    table: { headerRow: Number(state.draft.headerRow), headers, rows },
    totalRows,
  });
}

describe("sidebar state: pure updates", () => {
  it("starts from the saved model, else from the first sheet with headers and a guessed revenue column", () => {
    expect(startingState(SHEETS, saved).draft.criteria.map((c) => c.name)).toEqual(["Need", "Revenue"]);
    const fresh = startingDraft(SHEETS);
    expect([fresh.dataSheet, fresh.headerRow, fresh.accountColumn, fresh.revenueColumn]).toEqual([
      "Accounts",
      "2",
      "Customer",
      "Revenue",
    ]);
    expect(startingDraft([SHEETS[2]!]).revenueColumn).toBe("Umsatz");
  });

  it("never changes the state it was given", () => {
    const state = startingState(SHEETS, saved);
    const copy = JSON.stringify(state);
    const id = state.draft.criteria[0]!.id;
    withSetting(state, "scaleMax", "100");
    withCriterionField(state, id, "weight", "7");
    withCriterionRemoved(state, id);
    withAttractivenessShare(state, "70");
    withPlanQuadrant(state, "maintenance", true);
    expect(JSON.stringify(state)).toBe(copy);
  });

  it("a chosen data sheet brings its detected header row; unknown choices are ignored", () => {
    const state = withSetting(startingState(SHEETS, null), "dataSheet", "Other");
    expect([state.draft.dataSheet, state.draft.headerRow]).toEqual(["Other", "1"]);
    expect(withSetting(state, "language", "fr").draft.language).toBe("");
    expect(withSetting(state, "language", "de").draft.language).toBe("de");
    const withSaved = startingState(SHEETS, saved);
    const id = withSaved.draft.criteria[0]!.id;
    const edited = withCriterionField(withSaved, id, "axis", "sideways");
    expect(edited.draft.criteria[0]!.axis).toBe("attractiveness");
    expect(withCriterionField(edited, id, "axis", "strength").draft.criteria[0]!.axis).toBe("strength");
  });

  it("the KAM score's split: one percentage for attractiveness, the rest for strength, blank = 50/50", () => {
    const state = startingState(SHEETS, null);
    expect(attractivenessShare(state.draft)).toBe(50);
    const moved = withAttractivenessShare(state, "70");
    expect(moved.draft.axisWeights).toEqual({ attractiveness: "70", strength: "30" });
    expect(draftToInput(moved.draft).axisWeights).toEqual({ attractiveness: 70, strength: 30 });
    expect(withAttractivenessShare(state, "140").draft.axisWeights).toEqual({
      attractiveness: "100",
      strength: "0",
    });
    expect(withAttractivenessShare(state, "").draft).toBe(state.draft);
    // A saved 3/1 reads as 75%.
    const three = startingState(SHEETS, { ...saved, axisWeights: { attractiveness: 3, strength: 1 } });
    expect(attractivenessShare(three.draft)).toBe(75);
    expect(draftToInput(three.draft).axisWeights).toEqual({ attractiveness: 3, strength: 1 });
  });

  it("the plan's quadrants keep the matrix's order, each once", () => {
    let state = startingState(SHEETS, null);
    expect(state.draft.planQuadrants).toEqual(["keyAccount", "keyDevelopment"]);
    state = withPlanQuadrant(state, "opportunistic", true);
    state = withPlanQuadrant(state, "keyAccount", false);
    state = withPlanQuadrant(state, "opportunistic", true);
    expect(state.draft.planQuadrants).toEqual(["keyDevelopment", "opportunistic"]);
    expect(draftToInput(state.draft).plan).toEqual({ quadrants: ["keyDevelopment", "opportunistic"] });
  });

  it("the preview's data: loading, then ready for the sheet asked for; a late answer for another is dropped", () => {
    let state = startingState(SHEETS, saved);
    const request = previewRequest(state.draft);
    expect(request).toBe("Accounts\u00002");
    state = withPreviewData(state, { kind: "loading", request });
    expect(previewNoteOf(state)).toEqual({ kind: "loading" });
    expect(tableOf(state)).toBeNull();
    const other = withSetting(state, "dataSheet", "Other");
    const late = ready(state, ["Customer"], [["A"]]);
    expect(withPreviewData(other, late.data)).toBe(other);
    state = ready(state, ["Customer", "Revenue", "Need"], [["A", 1, 2]]);
    expect(previewNoteOf(state)).toBeNull();
    expect(tableOf(state)?.rows).toEqual([["A", 1, 2]]);
    expect(headersOf(state)).toEqual(["Customer", "Revenue", "Need"]);
  });

  it("says what failed, and that the preview covers only the first rows of a large sheet", () => {
    const state = startingState(SHEETS, saved);
    const request = previewRequest(state.draft);
    expect(
      previewNoteOf(withPreviewData(state, { kind: "error", request, message: "Service failed" })),
    ).toEqual({ kind: "error", sheet: "Accounts", message: "Service failed" });
    const rows = Array.from({ length: 5000 }, (_, i) => [`A${i}`, i, 1]);
    expect(previewNoteOf(ready(state, ["Customer", "Revenue", "Need"], rows, 20000))).toEqual({
      kind: "capped",
      shown: 5000,
      total: 20000,
    });
  });

  it("after new columns arrive, an account or revenue column they lack is replaced", () => {
    let state = startingState(SHEETS, saved);
    state = ready(state, ["Name", "Umsatz", "Need"], []);
    state = withColumnsChecked(state);
    expect([state.draft.accountColumn, state.draft.revenueColumn]).toEqual(["Name", "Umsatz"]);
  });

  it("the preview evaluates only complete criteria on real columns", () => {
    let state = startingState(SHEETS, saved);
    state = withCriterionAdded(state, blankCriterion("strength", "Half typed", state.draft.criteria));
    const config = previewConfig(state.draft, ["Customer", "Revenue", "Need"]);
    expect(config?.criteria.map((c) => c.name)).toEqual(["Need", "Revenue"]);
    expect(previewConfig(state.draft, ["Revenue", "Need"])).toBeNull();
    // A half-typed axis share falls back to the default split rather than blanking the preview.
    const typing = { ...state.draft, axisWeights: { attractiveness: "-", strength: "" } };
    expect(previewConfig(typing, ["Customer", "Revenue", "Need"])?.axisWeights).toEqual({
      attractiveness: 1,
      strength: 1,
    });
  });

  it("slider tops and model comparison", () => {
    const criteria = startingState(SHEETS, saved).draft.criteria;
    expect(sliderMax(criteria)).toBe(10);
    expect(sliderMax([{ ...criteria[0]!, weight: "90" }])).toBe(100);
    expect(sliderMax([{ ...criteria[0]!, weight: "250" }])).toBe(1000);
    expect(sameConfig(saved, JSON.parse(JSON.stringify(saved)))).toBe(true);
    expect(sameConfig(saved, { ...saved, scaleMax: 100 })).toBe(false);
  });
});

describe("the preview's explanations and edge list", () => {
  it("explains the clicked account, hides it on a second click, switches on another", () => {
    const start = startingState(SHEETS, null);
    expect(start.explained).toBeNull();
    const one = withExplained(start, 7);
    expect(one.explained).toBe(7);
    expect(withExplained(one, 7).explained).toBeNull();
    expect(withExplained(one, 9).explained).toBe(9);
    expect(start.explained).toBeNull();
  });

  it("opens and closes the list of accounts on the edge", () => {
    const start = startingState(SHEETS, null);
    expect(start.edgeOpen).toBe(false);
    expect(withEdgeOpen(start, true).edgeOpen).toBe(true);
    expect(withEdgeOpen(withEdgeOpen(start, true), false).edgeOpen).toBe(false);
  });

  it("puts each scale warning beside the draft criterion of that name, whatever its case and spaces", () => {
    let state = startingState(SHEETS, null);
    state = withCriterionAdded(state, blankCriterion("attractiveness", " Rating ", state.draft.criteria));
    state = withCriterionAdded(state, blankCriterion("strength", "Fit", state.draft.criteria));
    const [rating, fit] = state.draft.criteria;
    const byId = scaleWarningsByCriterion(state.draft, [
      { criterion: "rating", message: "The column Rating ..." },
      { criterion: "Unknown", message: "not shown" },
    ]);
    expect([...byId]).toEqual([[rating!.id, "The column Rating ..."]]);
    expect(byId.has(fit!.id)).toBe(false);
  });
});
