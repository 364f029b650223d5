// A StrykerJS test runner, "jest-by-file": Stryker's own jest runner, except that each mutant runs only the
// test files that hold a test covering it. Stryker's runner either loads every test file for every mutant
// (and filters tests by name inside them) or runs jest's --findRelatedTests, which for a leaf module such as
// cells.ts or points.ts is nearly every file again. Loading a test file costs far more than its tests, so
// here the dry run's per-test coverage also records each test's file, and a mutant run names those files.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { strykerPlugins as jestPlugins } from "@stryker-mutator/jest-runner";
import { commonTokens, declareFactoryPlugin, PluginKind, tokens } from "@stryker-mutator/api/plugin";

const jestFactory = jestPlugins[0].factory;

// Stryker does the dry run in one worker only, and restarts a worker after a timeout: the other workers read
// the map from the sandbox (every worker's working directory), or each of their mutants would load every file.
const MAP_FILE = ".stryker-test-files.json";

const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function jestByFileFactory(injector) {
  const runner = injector.injectFunction(jestFactory);
  /** Test id (jest's full name) -> the files that have a test of that name. */
  let filesOfTest = new Map();
  const loadMap = () => {
    if (filesOfTest.size > 0) return;
    try {
      const saved = JSON.parse(readFileSync(join(process.cwd(), MAP_FILE), "utf8"));
      filesOfTest = new Map(saved.map(([id, names]) => [id, new Set(names)]));
    } catch {
      // No dry run has finished yet: this mutant runs every file.
    }
  };
  /** The test files of the mutant being run, or undefined to let jest run them all. */
  let files;
  const adapter = runner.jestTestAdapter;
  runner.jestTestAdapter = {
    run(settings) {
      if (!files) return adapter.run(settings);
      return adapter.jestWrapper.runCLI(
        {
          $0: "stryker",
          _: files.map((file) => `^${escapeRegExp(file)}$`),
          findRelatedTests: false,
          config: JSON.stringify(settings.jestConfig),
          runInBand: true,
          silent: true,
          passWithNoTests: true,
          testNamePattern: settings.testNamePattern,
        },
        [settings.jestConfig.rootDir ?? process.cwd()],
      );
    },
  };
  return {
    init: () => runner.init(),
    capabilities: () => runner.capabilities(),
    dispose: () => runner.dispose?.(),
    async dryRun(options) {
      const result = await runner.dryRun(options);
      for (const test of result.tests ?? []) {
        if (!test.fileName) continue;
        if (!filesOfTest.has(test.id)) filesOfTest.set(test.id, new Set());
        filesOfTest.get(test.id).add(test.fileName);
      }
      const saved = [...filesOfTest].map(([id, names]) => [id, [...names]]);
      writeFileSync(join(process.cwd(), MAP_FILE), JSON.stringify(saved));
      return result;
    },
    async mutantRun(options) {
      loadMap();
      const ids = options.testFilter;
      const known = ids && ids.length > 0 && ids.every((id) => filesOfTest.has(id));
      files = known ? [...new Set(ids.flatMap((id) => [...filesOfTest.get(id)]))] : undefined;
      try {
        return await runner.mutantRun(options);
      } finally {
        files = undefined;
      }
    },
  };
}
jestByFileFactory.inject = tokens(commonTokens.injector);

export const strykerPlugins = [
  declareFactoryPlugin(PluginKind.TestRunner, "jest-by-file", jestByFileFactory),
];
