import fs from "node:fs";
import path from "node:path";
import vm from "node:vm";
import type { Env } from "./env";
import { SandboxMode, enumOf } from "./enums";
import { describeArgs, MESSAGES } from "./errors";
import { asGas, expose } from "./expose";

type GasOutput = GoogleAppsScript.HTML.HtmlOutput;
type GasTemplate = GoogleAppsScript.HTML.HtmlTemplate;

export const XFrameOptionsMode = enumOf("XFrameOptionsMode", ["ALLOWALL", "DEFAULT"]);

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

export class HtmlOutput implements Pick<
  GasOutput,
  | "getContent"
  | "setContent"
  | "append"
  | "appendUntrusted"
  | "getTitle"
  | "setTitle"
  | "getWidth"
  | "setWidth"
  | "getHeight"
  | "setHeight"
  | "setSandboxMode"
  | "setXFrameOptionsMode"
  | "addMetaTag"
  | "setFaviconUrl"
> {
  static make(env: Env, content: string): GasOutput {
    return asGas(expose(env, "HtmlOutput", new HtmlOutput(env, content), false));
  }

  private title = "";
  private width = 600;
  private height = 400;

  constructor(
    private readonly env: Env,
    private content: string,
  ) {}

  getContent(): string {
    return this.content;
  }
  setContent(content: string): GasOutput {
    this.content = String(content);
    return asGas(this);
  }
  append(addedContent: string): GasOutput {
    this.content += String(addedContent);
    return asGas(this);
  }
  appendUntrusted(addedContent: string): GasOutput {
    this.content += escapeHtml(String(addedContent));
    return asGas(this);
  }
  getTitle(): string {
    return this.title;
  }
  setTitle(title: string): GasOutput {
    this.title = String(title);
    return asGas(this);
  }
  getWidth(): number {
    return this.width;
  }
  setWidth(width: number): GasOutput {
    if (!Number.isInteger(width) || width < 0)
      throw this.env.error(MESSAGES.parameters(describeArgs([width]), "HtmlOutput.setWidth"));
    this.width = width;
    return asGas(this);
  }
  getHeight(): number {
    return this.height;
  }
  setHeight(height: number): GasOutput {
    if (!Number.isInteger(height) || height < 0)
      throw this.env.error(MESSAGES.parameters(describeArgs([height]), "HtmlOutput.setHeight"));
    this.height = height;
    return asGas(this);
  }
  setSandboxMode(): GasOutput {
    return asGas(this);
  }
  setXFrameOptionsMode(): GasOutput {
    return asGas(this);
  }
  addMetaTag(): GasOutput {
    return asGas(this);
  }
  setFaviconUrl(): GasOutput {
    return asGas(this);
  }
}

/** Turns `<?= ?>`, `<?!= ?>` and `<? ?>` scriptlets into the body of a function, as HtmlTemplate.evaluate does. */
export function compileTemplate(source: string): string {
  let code = "var __out = '';\n";
  let rest = source;
  while (rest.length > 0) {
    const start = rest.indexOf("<?");
    if (start < 0) {
      code += `__out += ${JSON.stringify(rest)};\n`;
      break;
    }
    if (start > 0) code += `__out += ${JSON.stringify(rest.slice(0, start))};\n`;
    const end = rest.indexOf("?>", start);
    if (end < 0) throw new Error("emulator: unterminated scriptlet in HTML template");
    const body = rest.slice(start + 2, end);
    if (body.startsWith("!=")) code += `__out += String(${body.slice(2)});\n`;
    else if (body.startsWith("=")) code += `__out += __escape(String(${body.slice(1)}));\n`;
    else code += `${body}\n`;
    rest = rest.slice(end + 2);
  }
  return code + "return __out;";
}

export class HtmlTemplate implements Pick<GasTemplate, "evaluate" | "getRawContent" | "getCode"> {
  static make(env: Env, source: string): GasTemplate {
    return asGas(expose(env, "HtmlTemplate", new HtmlTemplate(env, source), false, { allowSet: true }));
  }

  constructor(
    private readonly _env: Env,
    private readonly _source: string,
  ) {}

  getRawContent(): string {
    return this._source;
  }
  getCode(): string {
    return compileTemplate(this._source);
  }

  /** Runs the scriptlets in the calling script's context; properties set on the template are variables. */
  evaluate(): GasOutput {
    const data: Record<string, unknown> = {};
    for (const key of Object.keys(this))
      if (!key.startsWith("_")) data[key] = (this as unknown as Record<string, unknown>)[key];
    const wrapper = `(function (__data, __escape) { with (__data) { return (function () { ${compileTemplate(this._source)} })(); } })`;
    const context = this._env.currentContext;
    const fn = (context ? vm.runInContext(wrapper, context as vm.Context) : vm.runInThisContext(wrapper)) as (
      data: Record<string, unknown>,
      escape: (s: string) => string,
    ) => string;
    return HtmlOutput.make(this._env, fn(data, escapeHtml));
  }
}

export class HtmlService implements Pick<
  GoogleAppsScript.HTML.HtmlService,
  "createHtmlOutput" | "createHtmlOutputFromFile" | "createTemplate" | "createTemplateFromFile"
> {
  readonly SandboxMode = SandboxMode;
  readonly XFrameOptionsMode = XFrameOptionsMode;

  constructor(private readonly env: Env) {}

  private read(filename: string): string {
    const base = String(filename).replace(/\.html$/, "");
    const file = path.join(this.env.distDir, `${base}.html`);
    if (!fs.existsSync(file)) throw this.env.error(`No HTML file named ${base} was found.`);
    return fs.readFileSync(file, "utf8");
  }

  createHtmlOutput(html?: unknown): GasOutput {
    if (html !== undefined && typeof html !== "string")
      throw this.env.error(MESSAGES.notEmulated("HtmlService.createHtmlOutput from a blob or template"));
    return HtmlOutput.make(this.env, html ?? "");
  }
  createHtmlOutputFromFile(filename: string): GasOutput {
    return HtmlOutput.make(this.env, this.read(filename));
  }
  createTemplate(html: unknown): GasTemplate {
    if (typeof html !== "string")
      throw this.env.error(MESSAGES.parameters(describeArgs([html]), "HtmlService.createTemplate"));
    return HtmlTemplate.make(this.env, html);
  }
  createTemplateFromFile(filename: string): GasTemplate {
    return HtmlTemplate.make(this.env, this.read(filename));
  }
}

export function makeHtmlService(env: Env): GoogleAppsScript.HTML.HtmlService {
  return asGas(expose(env, "HtmlService", new HtmlService(env), false));
}
