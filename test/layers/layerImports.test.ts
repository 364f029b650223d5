import { execFileSync } from "child_process";
import * as path from "path";

const repo = path.resolve(__dirname, "../..");

/** Snippets linted as if they were the named file, with the project's own eslint.config.mjs. */
const SNIPPETS: Record<string, string> = {
  "src/core/zzLayerProbe.ts": [
    'import { readConfigSheet } from "../adapters/configSheet";',
    'import { onOpen } from "../server/menu";',
    'import { KAM_SCORE } from "../functions/customFunctions";',
    'import "google-apps-script";',
    'import { emulator } from "../../test/emulator/emulator";',
    'import { model } from "./model";',
  ].join("\n"),
  "src/core/sheets/zzLayerProbe.ts":
    'import { readConfigSheet } from "../../adapters/configSheet";\nimport { a } from "../config";',
  "src/adapters/zzLayerProbe.ts":
    'import { onOpen } from "../server/menu";\nimport { model } from "../core/model";',
  "src/server/zzLayerProbe.ts":
    'import { page } from "../../playground/page";\nimport { readConfigSheet } from "../adapters/configSheet";',
};

/** One eslint process for all snippets (loading the config is the slow part): file -> the lines it refused. */
function refusedLines(): Record<string, number[]> {
  const script = `
    import { ESLint } from "eslint";
    const eslint = new ESLint({ cwd: process.cwd() });
    const snippets = JSON.parse(process.argv[1]);
    const out = {};
    for (const [filePath, code] of Object.entries(snippets)) {
      const [result] = await eslint.lintText(code, { filePath });
      out[filePath] = result.messages.filter((m) => m.ruleId === "no-restricted-imports").map((m) => m.line);
    }
    console.log(JSON.stringify(out));`;
  const stdout = execFileSync(
    process.execPath,
    ["--input-type=module", "-e", script, JSON.stringify(SNIPPETS)],
    {
      cwd: repo,
      encoding: "utf8",
    },
  );
  return JSON.parse(stdout) as Record<string, number[]>;
}

describe("eslint layer rules (eslint.config.mjs layerRules)", () => {
  const refused = refusedLines();

  it("refuses the core importing adapters, server, functions, Apps Script or test/, and allows the core itself", () => {
    expect(refused["src/core/zzLayerProbe.ts"]).toEqual([1, 2, 3, 4, 5]);
  });

  it("holds at any depth inside the core", () => {
    expect(refused["src/core/sheets/zzLayerProbe.ts"]).toEqual([1]);
  });

  it("refuses adapters importing the server, and allows them the core", () => {
    expect(refused["src/adapters/zzLayerProbe.ts"]).toEqual([1]);
  });

  it("refuses src/ importing playground/, and allows the server its adapters", () => {
    expect(refused["src/server/zzLayerProbe.ts"]).toEqual([1]);
  });
});
