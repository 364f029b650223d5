// Jest global setup: the tests that run dist/Code.js (server, playground, bench-like checks) must never
// see a build older than its sources. When dist/ is missing or older than anything under src/ or sidebar/
// (or build.mjs, appsscript.json, tsconfig.json), build once here, before any test file starts; `npm test`
// builds first anyway, so there the check finds dist/ fresh and builds nothing.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const ROOT = path.resolve(__dirname, "../..");
const SOURCES = ["src", "sidebar", "build.mjs", "appsscript.json", "tsconfig.json"];

/** The newest file under `entry` as [mtimeMs, path]. */
function newest(entry: string): [number, string] {
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) return [stat.mtimeMs, entry];
  let best: [number, string] = [0, entry];
  for (const name of fs.readdirSync(entry)) {
    const found = newest(path.join(entry, name));
    if (found[0] > best[0]) best = found;
  }
  return best;
}

/** Why dist/ needs a build, or null when it is newer than every source. */
export function staleness(root = ROOT): string | null {
  const DIST = path.join(root, "dist");
  const code = path.join(DIST, "Code.js");
  if (!fs.existsSync(code)) return "dist/Code.js does not exist";
  const outputs = fs.readdirSync(DIST).map((name) => fs.statSync(path.join(DIST, name)).mtimeMs);
  const oldestOutput = Math.min(...outputs);
  for (const source of SOURCES) {
    const full = path.join(root, source);
    if (!fs.existsSync(full)) continue;
    const [mtime, file] = newest(full);
    if (mtime > oldestOutput) return `${path.relative(root, file)} is newer than dist/`;
  }
  return null;
}

export default async function globalSetup(): Promise<void> {
  const reason = staleness();
  if (reason === null) return;
  process.stdout.write(`\njest: ${reason}; building once before the tests (node build.mjs)\n`);
  try {
    execFileSync(process.execPath, [path.join(ROOT, "build.mjs")], { cwd: ROOT, stdio: "inherit" });
  } catch {
    throw new Error(
      `dist/ is stale (${reason}) and node build.mjs failed: fix the build, then run the tests again.`,
    );
  }
  const still = staleness();
  if (still !== null) throw new Error(`dist/ is still stale after node build.mjs: ${still}`);
}
