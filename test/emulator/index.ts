// The offline Google Sheets emulator the add-on is tested against. Test code only: src/ never imports it.
export { Emulator, type EmulatorOptions } from "./emulator";
export { AppsScriptRunner } from "./runner";
export type { SpreadsheetFixture } from "./fixtures";
export type { Displayed } from "./dump";
export { MESSAGES } from "./errors";
