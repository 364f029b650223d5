import { spawnSync } from "node:child_process";
import path from "node:path";

const ROOT = path.resolve(__dirname, "../..");

/** Runs every build check on a fixture entry file; writes nothing. */
function check(fixture: string): { status: number | null; output: string } {
  const result = spawnSync(
    process.execPath,
    ["build.mjs", "--check", path.join(__dirname, "fixtures", fixture)],
    {
      cwd: ROOT,
      encoding: "utf8",
    },
  );
  return { status: result.status, output: result.stdout + result.stderr };
}

describe("build.mjs checks", () => {
  it("accepts an entry whose exports are documented functions", () => {
    expect(check("valid.ts")).toEqual({ status: 0, output: "ok: 2 globals\n" });
  });

  it("fails when a custom function's JSDoc lacks @customfunction", () => {
    const result = check("missingCustomfunction.ts");
    expect(result.status).toBe(1);
    expect(result.output).toContain("custom function DOUBLE has no @customfunction in its JSDoc");
  });

  it("fails when an export cannot become a top-level stub", () => {
    const result = check("notAFunction.ts");
    expect(result.status).toBe(1);
    expect(result.output).toContain("export SETTINGS is not a function declaration");
  });

  it("fails when the bundle does not evaluate in a bare V8 context", () => {
    const result = check("usesNodeAtLoad.ts");
    expect(result.status).toBe(1);
    expect(result.output).toContain("does not evaluate in a bare V8 context: setTimeout is not defined");
  });
});
