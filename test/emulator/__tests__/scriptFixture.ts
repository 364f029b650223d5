import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/** A tiny Code.js written for the runner's own tests, so they do not depend on the add-on's code. */
export const SCRIPT = String.raw`
var counter = 0;
function bump() { counter++; globalThis.leak = (globalThis.leak || 0) + 1; return [counter, globalThis.leak]; }
function probe() { return [typeof require, typeof process, typeof setTimeout, typeof Buffer, typeof SpreadsheetApp, typeof Session]; }
function echo(x) { return x; }
function kinds(x) { return { isArray: x.list instanceof Array, isObject: x instanceof Object, isDate: x.when instanceof Date }; }
function withDate() { return { at: new Date(0), n: 1 }; }
function withFunction() { return { n: 1, f: function () {} }; }
function fail() { throw new Error("bad things"); }
function writeA1(v) { SpreadsheetApp.getActiveSheet().getRange("A1").setValue(v); }
function readA1IsDate() { return SpreadsheetApp.getActiveSheet().getRange("A1").getValue() instanceof Date; }
function catchRangeError() { try { SpreadsheetApp.getActiveSheet().getRange(0, 1); } catch (e) { return [e instanceof Error, e.name, e.message, String(e)]; } }
function menu() { SpreadsheetApp.getUi().createAddonMenu().addItem("Go", "writeA1").addSeparator().addItem("Bump", "bump").addToUi(); }
function sidebar() {
  var t = HtmlService.createTemplate("<b><?= name ?></b><?!= raw ?><? for (var i = 0; i < 2; i++) { ?>.<? } ?><?= helper() ?>");
  t.name = "<x & y>"; t.raw = "<i>ok</i>";
  SpreadsheetApp.getUi().showSidebar(t.evaluate().setTitle("Title").setWidth(500));
}
function helper() { return "from server"; }
function sidebarFromFile() { SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutputFromFile("Panel").setTitle("Panel")); }
function dialog() { SpreadsheetApp.getUi().showModalDialog(HtmlService.createHtmlOutput("<p>hi</p>").setWidth(400).setHeight(200), "Help"); }
function ask() { var ui = SpreadsheetApp.getUi(); var a = ui.alert("Sure?", ui.ButtonSet.YES_NO); var b = ui.alert("Title", "Done", ui.ButtonSet.OK); return [String(a), a === ui.Button.NO, String(b)]; }
function toast() { SpreadsheetApp.getActiveSpreadsheet().toast("Working", "KAM", 3); }
function lockAndWork() { var lock = LockService.getDocumentLock(); lock.waitLock(30000); var had = lock.hasLock(); lock.releaseLock(); return [had, lock.hasLock()]; }
function tryLockOnly() { return LockService.getDocumentLock().tryLock(100); }
function holdLockAndExit() { LockService.getDocumentLock().waitLock(100); return true; }
function hasLockNow() { return LockService.getDocumentLock().hasLock(); }
function setProp(v) { PropertiesService.getDocumentProperties().setProperty("k", v); PropertiesService.getUserProperties().setProperty("u", v); }
function getProps() { return [PropertiesService.getDocumentProperties().getProperty("k"), PropertiesService.getUserProperties().getProperty("u")]; }
function whoAndWhere() { return [Session.getEffectiveUser().getEmail(), Session.getActiveUserLocale(), SpreadsheetApp.getActive().getSpreadsheetLocale(), SpreadsheetApp.getActive().getSpreadsheetTimeZone()]; }
function formatted() { return Utilities.formatDate(new Date(Date.UTC(2024, 0, 5, 13, 4, 5)), "Europe/Berlin", "yyyy-MM-dd HH:mm:ss EEE"); }
function onOpenSafe(e) { SpreadsheetApp.getUi().createAddonMenu().addItem("Go", "writeA1").addToUi(); return String(e && e.authMode); }
function onOpenUnsafe() { return SpreadsheetApp.getActive().getSheets().length; }
function unemulated() { return SpreadsheetApp.getActiveSheet().getRange("A1").getRichTextValue(); }
function logSomething() { Logger.log("hello %s", "x"); console.log("to console"); }
`;

export function writeScript(extraFiles: Record<string, string> = {}): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kam-emulator-"));
  fs.writeFileSync(path.join(dir, "Code.js"), SCRIPT);
  for (const [name, content] of Object.entries(extraFiles)) fs.writeFileSync(path.join(dir, name), content);
  return dir;
}
