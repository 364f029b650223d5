import { escapeHtml, helpHtml } from "../../src/server/menu";
import { messagesFor } from "../../src/server/messages";
import { AppsScriptRunner, Emulator } from "../emulator";

function fresh(locale = "en") {
  const emulator = Emulator.fromFixture(
    { sheets: [{ name: "Accounts", rows: [["Customer"], ["A"]] }] },
    { locale, addonName: "Key Account Matrix" },
  );
  return { emulator, runner: new AppsScriptRunner(emulator) };
}

describe("onOpen", () => {
  it("builds Extensions > Key Account Matrix in AuthMode.NONE and reads nothing", () => {
    const { emulator, runner } = fresh();
    const before = JSON.stringify(emulator.dump());
    runner.runInAuthMode("NONE", "onOpen", { authMode: "NONE" });
    expect(emulator.ledger.byMethod()).toEqual({ "SpreadsheetApp.getUi": 1 });
    expect(JSON.stringify(emulator.dump())).toBe(before);
    expect(emulator.ui.menus).toEqual([
      {
        title: "Key Account Matrix",
        items: [
          { caption: "Open criteria & weights", functionName: "showSidebar" },
          { caption: "Generate KAISM matrix", functionName: "generateKaismMatrix" },
          { caption: "Key account plan", functionName: "updateAccountPlan" },
          { caption: "Insert sample data", functionName: "insertSampleData" },
          { caption: "Export model as SQL", functionName: "showSqlDialog" },
          { separator: true },
          { caption: "Help", functionName: "showHelp" },
        ],
      },
    ]);
  });

  it("labels the menu in German for a German user, and every item names a global of Code.js", () => {
    const { emulator, runner } = fresh("de_DE");
    runner.runInAuthMode("NONE", "onOpen");
    const items = emulator.ui.menus[0]!.items.filter(
      (i): i is { caption: string; functionName: string } => "caption" in i,
    );
    expect(items.map((i) => i.caption)).toEqual([
      "Kriterien & Gewichte öffnen",
      "KAISM-Matrix erstellen",
      "Key-Account-Plan",
      "Beispieldaten einfügen",
      "Modell als SQL exportieren",
      "Hilfe",
    ]);
    const globals = runner.functionNames();
    for (const item of items) expect(globals).toContain(item.functionName);
  });

  it("onInstall shows the same menu", () => {
    const { emulator, runner } = fresh();
    runner.run("onInstall", { authMode: "FULL" });
    expect(emulator.ui.menus[0]?.items).toHaveLength(7);
  });
});

describe("showHelp", () => {
  it("opens a short modal dialog on how to start and what each menu item does, with no outside link", () => {
    const { emulator, runner } = fresh();
    runner.run("showHelp");
    expect(emulator.ui.dialogs).toHaveLength(1);
    const dialog = emulator.ui.dialogs[0]!;
    expect(dialog.modal).toBe(true);
    expect(dialog.title).toBe("Key Account Matrix: how to start");
    expect(dialog.html.match(/<ol[^>]*>(.*?)<\/ol>/)?.[1]?.match(/<li>/g)).toHaveLength(4);
    for (const item of [
      "Open criteria &#38; weights",
      "Generate KAISM matrix",
      "Key account plan",
      "Insert sample data",
      "Help",
    ]) {
      expect(dialog.html).toContain(`<li><b>${item}</b>: `);
    }
    expect(dialog.html).toContain("KAISM Matrix, the overview");
    expect(dialog.html).toContain("KAM Scores, the ranked table");
    expect(dialog.html).not.toMatch(/href=|https?:/);
    expect(dialog.html.length).toBeLessThan(2000);
  });

  it("speaks German to a German user", () => {
    const { emulator, runner } = fresh("de");
    runner.run("showHelp");
    const dialog = emulator.ui.dialogs[0]!;
    expect(dialog.title).toBe("Key Account Matrix: so fangen Sie an");
    for (const item of [
      "Kriterien &#38; Gewichte öffnen",
      "KAISM-Matrix erstellen",
      "Key-Account-Plan",
      "Beispieldaten einfügen",
      "Hilfe",
    ]) {
      expect(dialog.html).toContain(`<li><b>${item}</b>: `);
    }
    expect(dialog.html).toContain("Das Menü");
    expect(dialog.html).toContain("KAISM-Matrix, die Übersicht");
    expect(dialog.html).toContain("KAM-Scores, die Rangliste");
    expect(dialog.html).not.toMatch(/href=|https?:/);
    expect(dialog.html.length).toBeLessThan(2000);
  });

  it("escapes its texts", () => {
    expect(escapeHtml(`<b>"Tom" & 'Jerry'</b>`)).toBe(
      "&#60;b&#62;&#34;Tom&#34; &#38; &#39;Jerry&#39;&#60;/b&#62;",
    );
    const m = { ...messagesFor("en"), helpSteps: ["<script>alert(1)</script>"] };
    expect(helpHtml(m)).not.toContain("<script>");
    const menu = { ...messagesFor("de"), menuHelp: "<img src=x>", helpFormulas: "a & <b>" };
    expect(helpHtml(menu)).toContain("<b>&#60;img src=x&#62;</b>");
    expect(helpHtml(menu)).toContain("a &#38; &#60;b&#62;");
  });
});
