// Every Apps Script global is exported from this file and nowhere else. build.mjs turns each export into a
// top-level function in Code.js, carrying the JSDoc written at its definition (Sheets reads
// @customfunction from there). Custom functions are named in capitals, server functions in camelCase.
export {
  KAM_SCORE,
  REVENUE_SHARE,
  KAM_POINTS,
  KAM_QUADRANT,
  KAM_CONCENTRATION,
  KAM_ABC,
  KAM_CONTRIBUTION,
} from "./functions/customFunctions";

// Criteria and weights: the KAM Criteria sheet and the sidebar's server functions (docs/REFERENCE.md section 3).
export {
  getConfig,
  saveConfig,
  saveConfigFromSidebar,
  listDataSheets,
  getPreviewData,
  showSidebar,
} from "./server/configEndpoints";

// The add-on menu, the KAISM Matrix sheet and the sample data (docs/REFERENCE.md, 3. Server functions).
export { onOpen, onInstall, showHelp } from "./server/menu";
export { generateKaismMatrix } from "./server/generateMatrix";
export { insertSampleData } from "./server/sampleData";

// The model as SQL for BigQuery and DuckDB (docs/REFERENCE.md, 5. The model as SQL): the query and its dialog.
export { getModelSql, showSqlDialog } from "./server/modelSql";

// The Key Account Plan: working with the key accounts (docs/REFERENCE.md, 3. Server functions).
export { updateAccountPlan } from "./server/accountPlan";
