import type { Env } from "./env";
import { Button, ButtonSet, enumName } from "./enums";
import { describeArgs, MESSAGES } from "./errors";
import { asGas, expose, unwrap } from "./expose";
import { HtmlOutput } from "./html";

type GasUi = GoogleAppsScript.Base.Ui;
type GasMenu = GoogleAppsScript.Base.Menu;
type MenuItem =
  { caption: string; functionName: string } | { separator: true } | { submenu: string; items: MenuItem[] };

/** Thrown by an unanswered alert in askPerson mode; the run is discarded and repeated with the answer. */
export class QuestionPending extends Error {
  constructor() {
    super("emulator: this run waits for a person to answer a question");
  }
}

export function makeUi(env: Env): GasUi {
  return asGas(expose(env, "Ui", new Ui(env), false));
}

export class Menu implements Pick<GasMenu, "addItem" | "addSeparator" | "addSubMenu" | "addToUi"> {
  readonly _items: MenuItem[] = [];
  constructor(
    private readonly env: Env,
    readonly _title: string,
  ) {}

  addItem(caption: string, functionName: string): GasMenu {
    if (typeof caption !== "string" || typeof functionName !== "string" || functionName === "") {
      throw this.env.error(MESSAGES.parameters(describeArgs([caption, functionName]), "Menu.addItem"));
    }
    this._items.push({ caption, functionName });
    return asGas(this);
  }
  addSeparator(): GasMenu {
    this._items.push({ separator: true });
    return asGas(this);
  }
  addSubMenu(menu: GasMenu): GasMenu {
    const sub = unwrap(menu, Menu);
    if (!sub) throw this.env.error(MESSAGES.parameters(describeArgs([menu]), "Menu.addSubMenu"));
    this._items.push({ submenu: sub._title, items: sub._items });
    return asGas(this);
  }
  addToUi(): void {
    const menus = this.env.ui.menus;
    const existing = menus.findIndex((m) => m.title === this._title);
    const entry = {
      title: this._title,
      items: this._items as Array<{ caption: string; functionName: string } | { separator: true }>,
    };
    if (existing >= 0) menus[existing] = entry;
    else menus.push(entry);
  }
}

export class Ui implements Pick<
  GasUi,
  "createAddonMenu" | "createMenu" | "alert" | "showSidebar" | "showModalDialog" | "showModelessDialog"
> {
  readonly Button = Button;
  readonly ButtonSet = ButtonSet;

  constructor(private readonly env: Env) {}

  createAddonMenu(): GasMenu {
    return asGas(expose(this.env, "Menu", new Menu(this.env, this.env.addonName), false));
  }
  createMenu(caption: string): GasMenu {
    if (typeof caption !== "string")
      throw this.env.error(MESSAGES.parameters(describeArgs([caption]), "Ui.createMenu"));
    return asGas(expose(this.env, "Menu", new Menu(this.env, caption), false));
  }

  /** alert(prompt), alert(prompt, buttons) or alert(title, prompt, buttons); answers come from the emulator's queue. */
  alert(a: string, b?: unknown, c?: unknown): GoogleAppsScript.Base.Button {
    let title: string | undefined;
    let prompt: string;
    let buttons = "OK";
    if (c !== undefined) {
      title = String(a);
      prompt = String(b);
      buttons = enumName(c, "ButtonSet") ?? "";
    } else if (b !== undefined) {
      prompt = String(a);
      buttons = enumName(b, "ButtonSet") ?? "";
    } else prompt = String(a);
    if (!buttons)
      throw this.env.error(
        MESSAGES.parameters(describeArgs([a, b, c].filter((x) => x !== undefined)), "Ui.alert"),
      );
    if (this.env.askPerson && buttons !== "OK" && this.env.alertAnswers.length === 0) {
      // Nobody has answered yet: stop here, so the caller can show the question and run again with the answer.
      this.env.pendingQuestion ??= { ...(title !== undefined ? { title } : {}), prompt, buttons };
      throw new QuestionPending();
    }
    this.env.ui.alerts.push({ ...(title !== undefined ? { title } : {}), prompt, buttons });
    const allowed: Record<string, string[]> = {
      OK: ["OK", "CLOSE"],
      OK_CANCEL: ["OK", "CANCEL", "CLOSE"],
      YES_NO: ["YES", "NO", "CLOSE"],
      YES_NO_CANCEL: ["YES", "NO", "CANCEL", "CLOSE"],
    };
    const answer = this.env.alertAnswers.shift() ?? (allowed[buttons]?.[0] as string);
    if (!allowed[buttons]?.includes(answer))
      throw new Error(`emulator: the queued answer ${answer} is not a button of ${buttons}`);
    return Button[answer as "OK"] as unknown as GoogleAppsScript.Base.Button;
  }

  private output(html: unknown, method: string): HtmlOutput {
    const out = unwrap(html, HtmlOutput);
    if (!out) throw this.env.error(MESSAGES.parameters(describeArgs([html]), `Ui.${method}`));
    return out;
  }

  /** Sidebars are always 300 px wide in Sheets, whatever setWidth said. */
  showSidebar(userInterface: GoogleAppsScript.HTML.HtmlOutput): void {
    const out = this.output(userInterface, "showSidebar");
    this.env.ui.sidebars.push({ title: out.getTitle(), html: out.getContent(), width: 300 });
  }
  showModalDialog(userInterface: GoogleAppsScript.HTML.HtmlOutput, title: string): void {
    const out = this.output(userInterface, "showModalDialog");
    this.env.ui.dialogs.push({
      title: String(title),
      html: out.getContent(),
      width: out.getWidth(),
      height: out.getHeight(),
      modal: true,
    });
  }
  showModelessDialog(userInterface: GoogleAppsScript.HTML.HtmlOutput, title: string): void {
    const out = this.output(userInterface, "showModelessDialog");
    this.env.ui.dialogs.push({
      title: String(title),
      html: out.getContent(),
      width: out.getWidth(),
      height: out.getHeight(),
      modal: false,
    });
  }
}
