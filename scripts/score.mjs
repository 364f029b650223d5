// Launcher of scripts/scoreCommand.ts (npm run score): bundles it with esbuild (the model code is TypeScript) and
// runs it. DuckDB stays an outside package.
import * as esbuild from "esbuild";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const outfile = path.join(root, "test-output", "score", `score.${process.pid}.mjs`);
fs.mkdirSync(path.dirname(outfile), { recursive: true });
await esbuild.build({
  entryPoints: [path.join(root, "scripts/scoreCommand.ts")],
  bundle: true,
  platform: "node",
  format: "esm",
  packages: "external",
  outfile,
  logLevel: "silent",
});
try {
  const { main } = await import(pathToFileURL(outfile).href);
  process.exitCode = await main(process.argv.slice(2));
} finally {
  fs.rmSync(outfile, { force: true });
}
