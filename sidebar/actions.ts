/**
 * The sidebar's server actions: each calls the server through the typed wrapper (server.ts) and answers
 * with plain data for the state (state.ts); nothing here touches the page.
 */
import type { ConfigProblem, KamConfig, KamConfigInput } from "../src/core/config";
import type { Draft } from "./draft";
import { errorText, hasServerFunction, NotAvailableError, run } from "./server";
import { previewRequest, type PreviewData, type SheetInfo } from "./state";

export interface StartData {
  sheets: SheetInfo[];
  saved: KamConfig | null;
  /** Why the sheet list or the saved model could not be read; "" when both could. */
  problem: string;
}

/** The sheet list and the saved model: all the form needs to be drawn. */
export async function loadStart(): Promise<StartData> {
  let problem = "";
  const [sheets, saved] = await Promise.all([
    run("listDataSheets").catch((error: unknown) => {
      problem = errorText(error);
      return [];
    }),
    run("getConfig").catch((error: unknown) => {
      problem = errorText(error);
      return null;
    }),
  ]);
  return { sheets, saved, problem };
}

/** The preview's data for the draft's sheet and header row; a failure is answered with its message. */
export async function loadPreviewData(draft: Draft): Promise<PreviewData> {
  const request = previewRequest(draft);
  if (!request) return { kind: "none" };
  const headerRow = Number(draft.headerRow);
  try {
    const data = await run("getPreviewData", draft.dataSheet, headerRow);
    return {
      kind: "ready",
      request,
      table: { headers: data.headers, rows: data.rows, headerRow },
      totalRows: data.totalRows,
    };
  } catch (error) {
    return { kind: "error", request, message: errorText(error) };
  }
}

export type SaveOutcome =
  | { kind: "saved"; config: KamConfig }
  | { kind: "refused"; problems: ConfigProblem[] }
  | { kind: "failed"; message: string };

/** Saves through saveConfigFromSidebar, whose refusals are a typed list of problems with their paths. */
export async function saveModel(config: KamConfigInput): Promise<SaveOutcome> {
  try {
    const result = await run("saveConfigFromSidebar", config);
    if (result.ok) return { kind: "saved", config: result.config };
    return {
      kind: "refused",
      problems: result.problems.map((p) => ({ path: p.path, message: p.message })),
    };
  } catch (error) {
    return { kind: "failed", message: errorText(error) };
  }
}

export type GenerateOutcome =
  | { kind: "generated"; sheetName: string; accounts: number }
  /** The server explained the failure in a dialog of its own. */
  | { kind: "explained" }
  | { kind: "unavailable" }
  | { kind: "failed"; message: string };

export function canGenerate(): boolean {
  return hasServerFunction("generateKaismMatrix");
}

export async function generateMatrix(): Promise<GenerateOutcome> {
  try {
    const result = await run("generateKaismMatrix");
    return result
      ? { kind: "generated", sheetName: result.sheetName, accounts: result.accounts }
      : { kind: "explained" };
  } catch (error) {
    if (error instanceof NotAvailableError) return { kind: "unavailable" };
    return { kind: "failed", message: errorText(error) };
  }
}
