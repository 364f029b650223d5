import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";

/** File -> the files of the same tree it imports (relative imports only; type-only imports count too). */
export type ImportGraph = Map<string, string[]>;

const EXTENSIONS = [".ts", ".mts", "/index.ts"];

function sourceFilesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFilesUnder(full);
    return entry.name.endsWith(".ts") && !entry.name.endsWith(".d.ts") ? [full] : [];
  });
}

function resolveRelative(from: string, specifier: string): string | undefined {
  const base = path.resolve(path.dirname(from), specifier);
  return [base, ...EXTENSIONS.map((ext) => base + ext)].find(
    (candidate) => fs.existsSync(candidate) && fs.statSync(candidate).isFile(),
  );
}

/** The import graph of every .ts file under `root`, read with the TypeScript compiler's own import scanner. */
export function importGraphOf(root: string): ImportGraph {
  const graph: ImportGraph = new Map();
  for (const file of sourceFilesUnder(root)) {
    const { importedFiles } = ts.preProcessFile(fs.readFileSync(file, "utf8"), true, true);
    const targets = importedFiles
      .map((imported) => imported.fileName)
      .filter((specifier) => specifier.startsWith("."))
      .map((specifier) => resolveRelative(file, specifier))
      .filter((target): target is string => target !== undefined && target.startsWith(root));
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

/** Every import cycle, each once, as the list of files from its first file back to it (depth-first search). */
export function cyclesOf(graph: ImportGraph): string[][] {
  const cycles: string[][] = [];
  const seen = new Set<string>();
  const done = new Set<string>();
  const stack: string[] = [];
  const visit = (file: string): void => {
    seen.add(file);
    stack.push(file);
    for (const target of graph.get(file) ?? []) {
      if (!seen.has(target)) visit(target);
      else if (!done.has(target)) cycles.push([...stack.slice(stack.indexOf(target)), target]);
    }
    stack.pop();
    done.add(file);
  };
  for (const file of [...graph.keys()].sort()) if (!seen.has(file)) visit(file);
  return cycles;
}

/** A cycle as "a.ts -> b.ts -> a.ts", paths relative to `root`. */
export function describeCycle(cycle: string[], root: string): string {
  return cycle.map((file) => path.relative(root, file)).join(" -> ");
}
