import { messagesFor, userLanguage, type Messages } from "./messages";
import { sqlMessagesFor } from "./sqlMessages";
import { planMessagesFor, type PlanMessages } from "./planMessages";

/** Server functions the menu items call, by their global names. */
export const MENU_HANDLERS = {
  openCriteria: "showSidebar",
  generate: "generateKaismMatrix",
  plan: "updateAccountPlan",
  sampleData: "insertSampleData",
  exportSql: "showSqlDialog",
  help: "showHelp",
} as const;

/**
 * Builds Extensions > Key Account Matrix. Runs in AuthMode.NONE when the add-on is installed but not yet
 * used in this file, so it only builds the menu: no properties, no sheet reads. The user's locale needs no
 * authorisation (Session.getActiveUserLocale has no scope), so the labels follow the user's language.
 */
export function buildAddonMenu(): void {
  const language = userLanguage();
  const m = messagesFor(language);
  SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem(m.menuOpenCriteria, MENU_HANDLERS.openCriteria)
    .addItem(m.menuGenerate, MENU_HANDLERS.generate)
    .addItem(planMessagesFor(language).menu, MENU_HANDLERS.plan)
    .addItem(m.menuSampleData, MENU_HANDLERS.sampleData)
    .addItem(sqlMessagesFor(language).menuExportSql, MENU_HANDLERS.exportSql)
    .addSeparator()
    .addItem(m.menuHelp, MENU_HANDLERS.help)
    .addToUi();
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The Help dialog's body: how to start, then what each menu item does. Every text is escaped. */
export function helpHtml(m: Messages, plan?: PlanMessages): string {
  const steps = m.helpSteps.map((s) => `<li>${escapeHtml(s)}</li>`).join("");
  const items: [string, string][] = [
    [m.menuOpenCriteria, m.helpMenu[0]],
    [m.menuGenerate, m.helpMenu[1]],
    ...(plan ? [[plan.menu, plan.help] as [string, string]] : []),
    [m.menuSampleData, m.helpMenu[2]],
    [m.menuHelp, m.helpMenu[3]],
  ];
  const menu = items
    .map(([label, text]) => `<li><b>${escapeHtml(label)}</b>: ${escapeHtml(text)}</li>`)
    .join("");
  return (
    `<div style="font:13px/1.45 Arial,sans-serif;color:#202124">` +
    `<ol style="padding-left:18px;margin:0 0 10px">${steps}</ol>` +
    `<b>${escapeHtml(m.helpMenuHeading)}</b>` +
    `<ul style="padding-left:18px;margin:4px 0 10px">${menu}</ul>` +
    `<div style="color:#5f6368">${escapeHtml(m.helpFormulas)}</div></div>`
  );
}

/**
 * Adds the Key Account Matrix menu when the spreadsheet opens. Safe in AuthMode.NONE: builds the menu
 * only.
 * @param {Object} _e the open event (unused: nothing here depends on the authorisation mode)
 */
export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  buildAddonMenu();
}

/**
 * Runs when the add-on is installed from the Marketplace: shows the menu at once, as onOpen does.
 * @param {Object} _e the install event (unused, as in onOpen)
 */
export function onInstall(_e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen();
}

/** Opens the Help dialog: how to start and what each menu item does, complete in itself. */
export function showHelp(): void {
  const language = userLanguage();
  const m = messagesFor(language);
  const output = HtmlService.createHtmlOutput(helpHtml(m, planMessagesFor(language)))
    .setWidth(500)
    .setHeight(440);
  SpreadsheetApp.getUi().showModalDialog(output, m.helpTitle);
}
