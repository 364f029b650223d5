import http from "node:http";
import { PlaygroundSession } from "./session";
import { workbookToXlsx } from "./xlsx";

export interface ServerOptions {
  port: number;
  host: string;
  distDir: string;
  /** The page: index.html with the client script and style inlined. */
  page: string;
}

async function readJson(request: http.IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString("utf8");
  return text ? (JSON.parse(text) as Record<string, unknown>) : {};
}

function send(response: http.ServerResponse, status: number, type: string, body: string | Buffer): void {
  response.writeHead(status, { "content-type": type, "cache-control": "no-store" });
  response.end(body);
}

const json = (response: http.ServerResponse, value: unknown, status = 200) =>
  send(response, status, "application/json; charset=utf-8", JSON.stringify(value));

/** Routes of the playground; the session is the only state and lives in this process. */
export function createPlaygroundServer(options: ServerOptions): {
  server: http.Server;
  session: PlaygroundSession;
} {
  const session = new PlaygroundSession({ distDir: options.distDir });
  const server = http.createServer(async (request, response) => {
    const url = new URL(request.url ?? "/", "http://localhost");
    try {
      if (request.method === "GET" && url.pathname === "/") {
        return send(response, 200, "text/html; charset=utf-8", options.page);
      }
      if (request.method === "GET" && url.pathname === "/api/view") return json(response, session.view([]));
      if (request.method === "GET" && url.pathname === "/download.xlsx") {
        const buffer = await workbookToXlsx(session.spreadsheetEmulator);
        response.writeHead(200, {
          "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
          "content-disposition": 'attachment; filename="key-account-matrix.xlsx"',
        });
        return response.end(buffer);
      }
      if (request.method === "POST") {
        const body = await readJson(request);
        switch (url.pathname) {
          case "/api/menu":
            return json(
              response,
              session.runMenuItem(
                String(body.functionName),
                Array.isArray(body.answers) ? body.answers.map(String) : [],
              ),
            );
          case "/api/script-run":
            return json(
              response,
              session.scriptRun(String(body.name), Array.isArray(body.args) ? body.args : []),
            );
          case "/api/cell":
            return json(
              response,
              session.editCell(
                String(body.sheet),
                Number(body.row),
                Number(body.column),
                String(body.input ?? ""),
                body.confirmed === true,
              ),
            );
          case "/api/active":
            return json(response, session.setActiveSheet(String(body.sheet)));
          case "/api/reset":
            return json(response, session.reset());
        }
      }
      send(response, 404, "text/plain; charset=utf-8", "Not found");
    } catch (error) {
      send(
        response,
        400,
        "text/plain; charset=utf-8",
        error instanceof Error ? error.message : String(error),
      );
    }
  });
  return { server, session };
}

/** Starts listening; resolves with the URL, rejects with a clear message when the port is taken. */
export function listen(server: http.Server, port: number, host: string): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "EADDRINUSE") {
        reject(
          new Error(
            `Port ${port} is already in use. Stop the other program or choose another port: PORT=8081 npm start`,
          ),
        );
      } else {
        reject(error);
      }
    });
    server.listen(port, host, () => {
      const address = server.address();
      const actual = typeof address === "object" && address ? address.port : port;
      resolve(`http://localhost:${actual}/`);
    });
  });
}
