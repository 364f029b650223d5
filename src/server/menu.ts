import { messagesFor, userLanguage, type Messages } from "./messages";

/** Where the Help dialog sends people for the full guide. */
export const README_URL = "https://github.com/key-account-matrix/key-account-matrix#readme";

/** Server functions the menu items call, by their global names. */
export const MENU_HANDLERS = {
  openCriteria: "showSidebar",
  generate: "generateKaismMatrix",
  sampleData: "insertSampleData",
  help: "showHelp",
} as const;

/**
 * Builds Extensions > Key Account Matrix. Runs in AuthMode.NONE when the add-on is installed but not yet
 * used in this file, so it only builds the menu: no properties, no sheet reads. The user's locale needs no
 * authorisation (Session.getActiveUserLocale has no scope), so the labels follow the user's language.
 */
export function buildAddonMenu(): void {
  const m = messagesFor(userLanguage());
  SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem(m.menuOpenCriteria, MENU_HANDLERS.openCriteria)
    .addItem(m.menuGenerate, MENU_HANDLERS.generate)
    .addItem(m.menuSampleData, MENU_HANDLERS.sampleData)
    .addSeparator()
    .addItem(m.menuHelp, MENU_HANDLERS.help)
    .addToUi();
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function helpHtml(m: Messages, readmeUrl: string = README_URL): string {
  const steps = m.helpSteps.map((s) => `<li>${escapeHtml(s)}</li>`).join("");
  return (
    `<div style="font:13px/1.5 Arial,sans-serif;color:#202124">` +
    `<ol style="padding-left:18px;margin:0 0 12px">${steps}</ol>` +
    `<a href="${escapeHtml(readmeUrl)}" target="_blank" rel="noopener">${escapeHtml(m.helpReadme)}</a></div>`
  );
}

/** The Help dialog: how to start, and a link to the README. */
export function showHelpDialog(): void {
  const m = messagesFor(userLanguage());
  const output = HtmlService.createHtmlOutput(helpHtml(m)).setWidth(460).setHeight(330);
  SpreadsheetApp.getUi().showModalDialog(output, m.helpTitle);
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
 * @param {Object} e the install event
 */
export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}

/** Opens the Help dialog: how to start, and a link to the README. */
export function showHelp(): void {
  showHelpDialog();
}
