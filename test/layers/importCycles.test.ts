import * as path from "path";
import { cyclesOf, describeCycle, importGraphOf } from "./importGraph";

const repo = path.resolve(__dirname, "../..");

describe("import cycles", () => {
  it("finds a cycle, type-only imports included, and names its files (fixture)", () => {
    const root = path.join(repo, "test/fixtures/importCycle");
    const cycles = cyclesOf(importGraphOf(root)).map((cycle) => describeCycle(cycle, root));
    expect(cycles).toEqual(["ping.ts -> pong.ts -> ping.ts"]);
  });

  it("sees the core's imports (the graph is not empty by accident)", () => {
    const root = path.join(repo, "src");
    const graph = importGraphOf(root);
    expect(graph.get(path.join(root, "core/cells.ts"))).toContain(path.join(root, "core/messages.ts"));
    expect(graph.get(path.join(root, "core/i18n.ts"))).toContain(path.join(root, "core/language.ts"));
  });

  it.each(["src", "sidebar", "playground"])("%s/ has no import cycle", (dir) => {
    const root = path.join(repo, dir);
    expect(cyclesOf(importGraphOf(root)).map((cycle) => describeCycle(cycle, root))).toEqual([]);
  });
});
