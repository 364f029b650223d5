import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import { staleness } from "./globalSetup";

function tree(files: Record<string, number>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "kam-stale-"));
  for (const [file, seconds] of Object.entries(files)) {
    const full = path.join(root, file);
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.writeFileSync(full, "x");
    fs.utimesSync(full, seconds, seconds);
  }
  return root;
}

describe("jest global setup: no test runs against a stale dist/Code.js", () => {
  it("finds dist/ fresh when it is newer than every source", () => {
    expect(
      staleness(
        tree({ "src/a.ts": 100, "sidebar/b.ts": 100, "dist/Code.js": 200, "dist/Sidebar.html": 200 }),
      ),
    ).toBeNull();
  });

  it("names the source that is newer than the oldest file of dist/", () => {
    expect(staleness(tree({ "src/core/a.ts": 300, "dist/Code.js": 200 }))).toBe(
      "src/core/a.ts is newer than dist/",
    );
    expect(staleness(tree({ "sidebar/main.ts": 150, "dist/Code.js": 200, "dist/Sidebar.html": 100 }))).toBe(
      "sidebar/main.ts is newer than dist/",
    );
    expect(staleness(tree({ "src/a.ts": 100, "build.mjs": 300, "dist/Code.js": 200 }))).toBe(
      "build.mjs is newer than dist/",
    );
  });

  it("says when there is no build at all", () => {
    expect(staleness(tree({ "src/a.ts": 100 }))).toBe("dist/Code.js does not exist");
  });

  it("left this run's dist/ fresh", () => {
    expect(staleness(path.resolve(__dirname, "../.."))).toBeNull();
  });
});
