// npm start: the local playground. Bundles the playground (which runs the built dist/Code.js in the
// Sheets emulator of test/emulator) and serves it on localhost. Run after `node build.mjs`.
import * as esbuild from "esbuild";
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const cacheDir = path.join(root, "node_modules/.cache/kam-playground");

/** Builds the page (client script and style inlined) and the server module; returns both. */
export async function buildPlayground() {
  fs.mkdirSync(cacheDir, { recursive: true });
  const client = await esbuild.build({
    entryPoints: [path.join(root, "playground/client/main.ts")],
    bundle: true,
    format: "iife",
    target: "es2020",
    write: false,
    logLevel: "silent",
  });
  const style = fs.readFileSync(path.join(root, "playground/client/style.css"), "utf8");
  const page = fs
    .readFileSync(path.join(root, "playground/client/index.html"), "utf8")
    .replace("/*STYLE*/", () => style)
    .replace("/*SCRIPT*/", () => client.outputFiles[0].text.replace(/<\/script/gi, "<\\/script"));
  // CommonJS: the emulator locates dist/ and its own files with __dirname.
  const serverFile = path.join(cacheDir, "server.cjs");
  await esbuild.build({
    entryPoints: [path.join(root, "playground/app/server.ts")],
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    packages: "external",
    outfile: serverFile,
    logLevel: "silent",
  });
  const serverModule = createRequire(import.meta.url)(serverFile);
  return { page, serverModule };
}

/** Starts the playground; returns the URL and a stop function. */
export async function startPlayground({ port = 8080, host = "127.0.0.1" } = {}) {
  const { page, serverModule } = await buildPlayground();
  const distDir = path.join(root, "dist");
  const { server } = serverModule.createPlaygroundServer({ port, host, distDir, page });
  const url = await serverModule.listen(server, port, host);
  const stop = () => new Promise((resolve) => server.close(() => resolve(undefined)));
  return { url, stop, server };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const started = Date.now();
  const port = process.env.PORT ? Number(process.env.PORT) : 8080;
  try {
    const { url, server } = await startPlayground({ port });
    console.log(`Key Account Matrix playground ready in ${Date.now() - started} ms: ${url}`);
    console.log("Press Ctrl+C to stop.");
    const shutdown = () => {
      console.log("\nStopping the playground.");
      server.closeAllConnections?.();
      server.close(() => process.exit(0));
    };
    process.on("SIGINT", shutdown);
    process.on("SIGTERM", shutdown);
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
