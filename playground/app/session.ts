import { AppsScriptRunner, Emulator } from "../../test/emulator";
import type { MessageView, PlaygroundView } from "../view";
import { sheetViews, warnsOnEdit } from "./sheetView";

export interface PlaygroundOptions {
  /** Folder holding the built Code.js, appsscript.json and sidebar HTML. */
  distDir: string;
}

type UiLog = Emulator["ui"];

function uiCounts(ui: UiLog) {
  return {
    toasts: ui.toasts.length,
    alerts: ui.alerts.length,
    dialogs: ui.dialogs.length,
    sidebars: ui.sidebars.length,
  };
}

/**
 * One playground: an emulated spreadsheet that starts as insertSampleData() makes it, with the real built
 * Code.js run against it for every menu item, sidebar call and custom-function recalculation.
 */
export class PlaygroundSession {
  private emulator!: Emulator;
  private runner!: AppsScriptRunner;

  constructor(private readonly options: PlaygroundOptions) {
    this.reset();
  }

  reset(): PlaygroundView {
    this.emulator = Emulator.fromFixture(
      { name: "Key accounts (playground)", locale: "en_US", sheets: [{ name: "Sheet1", rows: [] }] },
      { distDir: this.options.distDir },
    );
    this.runner = new AppsScriptRunner(this.emulator, { codePath: `${this.options.distDir}/Code.js` });
    this.runner.runInAuthMode("NONE", "onOpen", { authMode: "NONE" });
    this.runner.run("insertSampleData");
    const first = this.emulator.spreadsheet.getSheets()[0];
    if (first?.getName() === "Sheet1" && this.emulator.spreadsheet.getSheets().length > 1) {
      this.emulator.spreadsheet.deleteSheet(first);
    }
    const sample = this.emulator.spreadsheet.getSheetByName("Sample accounts");
    if (sample) this.emulator.spreadsheet.setActiveSheet(sample);
    return this.view([]);
  }

  /**
   * Runs a menu item's top-level function, as a click in Extensions > Key Account Matrix does. A question
   * the add-on asks (ui.alert with YES_NO and the like) goes to the person: the run is undone and the page
   * shows the question; the answer comes back in `answers` and the item runs again from the start with
   * the answers given so far, so nothing is decided on the person's behalf.
   */
  runMenuItem(functionName: string, answers: readonly string[] = []): PlaygroundView {
    const allowed = this.menu()?.items.some((item) => item.functionName === functionName);
    if (!allowed) throw new Error(`"${functionName}" is not an item of the add-on menu.`);
    const emulator = this.emulator;
    const undo = emulator.checkpoint();
    emulator.answerAlerts(...answers);
    emulator.askPersonInstead(true);
    let view: PlaygroundView;
    try {
      view = this.withMessages(() => this.runner.run(functionName));
    } finally {
      const question = emulator.pendingQuestion;
      emulator.askPersonInstead(false);
      emulator.clearAlertAnswers();
      if (question) {
        undo();
        view = this.view([
          {
            kind: "question",
            title: question.title ?? "",
            text: question.prompt,
            buttons: question.buttons,
            replay: { functionName, answers: [...answers] },
          },
        ]);
      }
    }
    return view;
  }

  /** A google.script.run call from the sidebar: JSON in and out, errors as messages. */
  scriptRun(name: string, args: unknown[]): { ok: true; value: unknown } | { ok: false; error: string } {
    try {
      return { ok: true, value: this.runner.scriptRun(name, ...args) };
    } catch (error) {
      return { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  }

  /**
   * Typing into a cell: numbers and TRUE/FALSE as values, "=..." as a formula, anything else as text. A
   * cell under a warning-only protection (the generated sheets) first gets Sheets' warning, and is
   * written only when the person confirmed it (`confirmed`).
   */
  editCell(sheetName: string, row: number, column: number, input: string, confirmed = false): PlaygroundView {
    const sheet = this.emulator.spreadsheet.getSheetByName(sheetName);
    if (!sheet) throw new Error(`There is no sheet named "${sheetName}".`);
    if (!confirmed && warnsOnEdit(this.emulator, sheetName, row, column)) {
      return this.view([
        {
          kind: "protected",
          title: "Heads up!",
          text: "You're trying to edit part of this sheet that shouldn't be changed accidentally. Edit anyway?",
          edit: { sheet: sheetName, row, column, input },
        },
      ]);
    }
    const range = sheet.getRange(row, column);
    const text = input.trim();
    if (text.startsWith("=")) range.setFormula(text);
    else if (text === "") range.clearContent();
    else if (/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(text)) range.setValue(Number(text));
    else if (/^(true|false)$/i.test(text)) range.setValue(text.toUpperCase() === "TRUE");
    else range.setValue(text);
    return this.view([]);
  }

  setActiveSheet(sheetName: string): PlaygroundView {
    const sheet = this.emulator.spreadsheet.getSheetByName(sheetName);
    if (!sheet) throw new Error(`There is no sheet named "${sheetName}".`);
    this.emulator.spreadsheet.setActiveSheet(sheet);
    return this.view([]);
  }

  private menu() {
    const menu = this.emulator.ui.menus[this.emulator.ui.menus.length - 1];
    if (!menu) return null;
    const items = menu.items.flatMap((i) =>
      "functionName" in i ? [{ label: i.caption, functionName: i.functionName }] : [],
    );
    return { title: menu.title, items };
  }

  private withMessages(action: () => unknown): PlaygroundView {
    const before = uiCounts(this.emulator.ui);
    let failure: MessageView | null = null;
    try {
      action();
    } catch (error) {
      failure = {
        kind: "alert",
        title: "Error",
        text: error instanceof Error ? error.message : String(error),
      };
    }
    const ui = this.emulator.ui;
    const messages: MessageView[] = [
      ...ui.toasts
        .slice(before.toasts)
        .map((t) => ({ kind: "toast" as const, title: t.title ?? "", text: t.message })),
      // Questions were answered by the person already (runMenuItem); only plain messages are shown.
      ...ui.alerts
        .slice(before.alerts)
        .filter((a) => a.buttons === "OK")
        .map((a) => ({ kind: "alert" as const, title: a.title ?? "", text: a.prompt ?? "" })),
      ...ui.dialogs
        .slice(before.dialogs)
        .map((d) => ({ kind: "dialog" as const, title: d.title ?? "", text: "", html: d.html })),
    ];
    if (failure) messages.push(failure);
    const opened = ui.sidebars.slice(before.sidebars).pop();
    return this.view(messages, opened ? { title: opened.title ?? "", html: opened.html } : null);
  }

  /** The page; `sidebar` only in the answer to the action that opened it, so a closed one stays closed. */
  view(messages: MessageView[], sidebar: PlaygroundView["sidebar"] = null): PlaygroundView {
    const spreadsheet = this.emulator.spreadsheet;
    return {
      title: spreadsheet.getName(),
      sheets: sheetViews(this.emulator),
      activeSheet: spreadsheet.getActiveSheet().getName(),
      menu: this.menu(),
      sidebar,
      messages,
    };
  }

  get spreadsheetEmulator(): Emulator {
    return this.emulator;
  }
}
