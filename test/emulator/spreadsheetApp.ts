import { ConditionalFormatRuleBuilder } from "./conditionalFormat";
import type { Env } from "./env";
import {
  BooleanCriteria,
  DataValidationCriteria,
  DeveloperMetadataLocationType,
  DeveloperMetadataVisibility,
  InterpolationType,
  ProtectionType,
  WrapStrategy,
} from "./enums";
import { asGas, expose } from "./expose";
import { makeSpreadsheet } from "./spreadsheet";
import { makeUi } from "./ui";
import { DataValidationBuilder } from "./validation";

type GasApp = GoogleAppsScript.Spreadsheet.SpreadsheetApp;

export class SpreadsheetApp implements Pick<
  GasApp,
  | "getActive"
  | "getActiveSpreadsheet"
  | "getActiveSheet"
  | "getUi"
  | "flush"
  | "newConditionalFormatRule"
  | "newDataValidation"
  | "setActiveSheet"
> {
  readonly ProtectionType = ProtectionType;
  readonly DeveloperMetadataVisibility = DeveloperMetadataVisibility;
  readonly DeveloperMetadataLocationType = DeveloperMetadataLocationType;
  readonly BooleanCriteria = BooleanCriteria;
  readonly InterpolationType = InterpolationType;
  readonly DataValidationCriteria = DataValidationCriteria;
  readonly WrapStrategy = WrapStrategy;

  constructor(private readonly env: Env) {}

  getActive(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    return makeSpreadsheet(this.env);
  }
  getActiveSpreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    return makeSpreadsheet(this.env);
  }
  getActiveSheet(): GoogleAppsScript.Spreadsheet.Sheet {
    return makeSpreadsheet(this.env).getActiveSheet();
  }
  setActiveSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet): GoogleAppsScript.Spreadsheet.Sheet {
    return makeSpreadsheet(this.env).setActiveSheet(sheet);
  }
  getUi(): GoogleAppsScript.Base.Ui {
    return makeUi(this.env);
  }
  /** Writes are applied at once in the emulator, so flush only has to exist (and be counted). */
  flush(): void {}
  newConditionalFormatRule(): GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder {
    return ConditionalFormatRuleBuilder.make(this.env);
  }
  newDataValidation(): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    return DataValidationBuilder.make(this.env);
  }
}

export function makeSpreadsheetApp(env: Env): GasApp {
  return asGas(expose(env, "SpreadsheetApp", new SpreadsheetApp(env), true));
}
