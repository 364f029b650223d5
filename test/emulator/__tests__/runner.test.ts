import { AppsScriptRunner, Emulator, MESSAGES } from "../index";
import { writeScript } from "./scriptFixture";

const dir = writeScript({ "Panel.html": "<h1>Panel</h1>" });
const setup = (options: { user?: string; locale?: string } = {}) => {
  const emulator = Emulator.fromFixture(
    { name: "Book", locale: "de_DE", timeZone: "Europe/Berlin", sheets: [{ name: "S" }] },
    { distDir: dir, ...options },
  );
  return { emulator, runner: new AppsScriptRunner(emulator) };
};

describe("AppsScriptRunner", () => {
  it("evaluates Code.js afresh on every run: globals do not survive", () => {
    const { runner } = setup();
    expect(runner.run("bump")).toEqual([1, 1]);
    expect(runner.run("bump")).toEqual([1, 1]);
  });

  it("gives the script only Apps Script's globals", () => {
    const { runner } = setup();
    expect(runner.run("probe")).toEqual([
      "undefined",
      "undefined",
      "undefined",
      "undefined",
      "object",
      "object",
    ]);
  });

  it("hands the script values of its own realm and returns host-realm values", () => {
    const { runner } = setup();
    expect(runner.run("kinds", { list: [1], when: new Date(0) })).toEqual({
      isArray: true,
      isObject: true,
      isDate: true,
    });
    runner.run("writeA1", new Date(Date.UTC(2020, 1, 2)));
    expect(runner.run("readA1IsDate")).toBe(true);
    const back = runner.run("echo", { a: [1, { b: "c" }] });
    expect(back).toEqual({ a: [1, { b: "c" }] });
  });

  it("surfaces Apps Script exceptions as Errors of the script's realm named Exception", () => {
    const { runner } = setup();
    expect(runner.run("catchRangeError")).toEqual([
      true,
      "Exception",
      MESSAGES.startRowTooSmall,
      `Exception: ${MESSAGES.startRowTooSmall}`,
    ]);
    expect(() => runner.run("fail")).toThrow("bad things");
    expect(() => runner.run("noSuchFunction")).toThrow("Script function not found: noSuchFunction");
  });

  it("methods it does not emulate throw instead of returning undefined", () => {
    const { runner } = setup();
    expect(() => runner.run("unemulated")).toThrow("not emulated: Range.getRichTextValue");
  });
});

describe("scriptRun (google.script.run)", () => {
  it("copies arguments and results like JSON", () => {
    const { runner } = setup();
    expect(runner.scriptRun("echo", { a: [1, undefined, "x"], b: undefined })).toEqual({ a: [1, null, "x"] });
    expect(runner.scriptRun("withFunction")).toEqual({ n: 1 });
  });

  it("refuses a Date argument as Apps Script does, anywhere in the value", () => {
    const { runner } = setup();
    expect(() => runner.scriptRun("echo", new Date())).toThrow("Failed due to illegal value in property: 0");
    expect(() => runner.scriptRun("echo", { when: new Date() })).toThrow(
      "Failed due to illegal value in property: when",
    );
  });

  it("a result holding a Date arrives as null", () => {
    const { runner } = setup();
    expect(runner.scriptRun("withDate")).toBeNull();
  });

  it("thrown errors come back as an Error with the message", () => {
    const { runner } = setup();
    expect(() => runner.scriptRun("fail")).toThrow(new Error("bad things"));
  });
});

describe("services seen from a script", () => {
  it("Ui: add-on menu, sidebar from a template, dialog, alerts, toasts", () => {
    const { emulator, runner } = setup();
    runner.run("menu");
    expect(emulator.ui.menus).toEqual([
      {
        title: "Add-on",
        items: [
          { caption: "Go", functionName: "writeA1" },
          { separator: true },
          { caption: "Bump", functionName: "bump" },
        ],
      },
    ]);
    runner.run("sidebar");
    expect(emulator.ui.sidebars[0]).toEqual({
      title: "Title",
      width: 300,
      html: "<b>&lt;x &amp; y&gt;</b><i>ok</i>..from server",
    });
    runner.run("sidebarFromFile");
    expect(emulator.ui.sidebars[1]?.html).toBe("<h1>Panel</h1>");
    runner.run("dialog");
    expect(emulator.ui.dialogs).toEqual([
      { title: "Help", html: "<p>hi</p>", width: 400, height: 200, modal: true },
    ]);
    emulator.answerAlerts("NO");
    expect(runner.run("ask")).toEqual(["NO", true, "OK"]);
    expect(emulator.ui.alerts).toEqual([
      { prompt: "Sure?", buttons: "YES_NO" },
      { title: "Title", prompt: "Done", buttons: "OK" },
    ]);
    runner.run("toast");
    expect(emulator.ui.toasts).toEqual([{ message: "Working", title: "KAM", timeoutSeconds: 3 }]);
  });

  it("HtmlService names a missing file the way Apps Script does", () => {
    const emulator = Emulator.fromFixture({ sheets: [{ name: "S" }] }, { distDir: writeScript() });
    expect(() => new AppsScriptRunner(emulator).run("sidebarFromFile")).toThrow(
      "No HTML file named Panel was found.",
    );
  });

  it("LockService: waitLock succeeds when free and throws the real message when another execution holds it", () => {
    const { emulator, runner } = setup();
    expect(runner.run("lockAndWork")).toEqual([true, false]);
    emulator.holdLock("document");
    expect(() => runner.run("lockAndWork")).toThrow(MESSAGES.lockTimeout);
    expect(runner.run("tryLockOnly")).toBe(false);
    emulator.releaseHeldLock("document");
    expect(runner.run("tryLockOnly")).toBe(true);
  });

  it("a lock taken by one execution is released when it ends", () => {
    const { runner } = setup();
    expect(runner.run("holdLockAndExit")).toBe(true);
    expect(runner.run("hasLockNow")).toBe(false);
    expect(runner.run("lockAndWork")).toEqual([true, false]);
  });

  it("PropertiesService keeps document properties between runs, user properties per user", () => {
    const { emulator, runner } = setup();
    runner.run("setProp", "v1");
    expect(runner.run("getProps")).toEqual(["v1", "v1"]);
    emulator.setUser("colleague@example.com");
    expect(runner.run("getProps")).toEqual(["v1", null]);
    expect(emulator.dump().properties.document).toEqual({ k: "v1" });
  });

  it("Session, spreadsheet locale and time zone, Utilities.formatDate", () => {
    const { runner } = setup({ user: "me@example.com", locale: "de" });
    expect(runner.run("whoAndWhere")).toEqual(["me@example.com", "de", "de_DE", "Europe/Berlin"]);
    expect(runner.run("formatted")).toBe("2024-01-05 14:04:05 Fri");
  });

  it("AuthMode.NONE allows building the menu and refuses reading the spreadsheet", () => {
    const { emulator, runner } = setup();
    expect(runner.runInAuthMode("NONE", "onOpenSafe", { authMode: "NONE" })).toBe("NONE");
    expect(emulator.ui.menus).toHaveLength(1);
    expect(() => runner.runInAuthMode("NONE", "onOpenUnsafe")).toThrow(
      "You do not have permission to call SpreadsheetApp.getActive",
    );
  });

  it("Logger and console write to the emulator's log", () => {
    const { emulator, runner } = setup();
    runner.run("logSomething");
    expect(emulator.logs).toEqual(["hello x", "log: to console"]);
  });
});
