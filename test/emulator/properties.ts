import type { Env } from "./env";
import { describeArgs, MESSAGES } from "./errors";
import { asGas, expose } from "./expose";

type GasProperties = GoogleAppsScript.Properties.Properties;

/** Apps Script refuses a single property value over 9 KB. */
const MAX_VALUE_BYTES = 9 * 1024;

export class Properties implements Pick<
  GasProperties,
  | "getProperty"
  | "setProperty"
  | "getProperties"
  | "setProperties"
  | "deleteProperty"
  | "deleteAllProperties"
  | "getKeys"
> {
  constructor(
    private readonly env: Env,
    private readonly store: Map<string, string>,
  ) {}

  private put(key: unknown, value: unknown): void {
    if (typeof key !== "string" || value === undefined || value === null) {
      throw this.env.error(
        MESSAGES.parameters(describeArgs([key, value]), "PropertiesService.Properties.setProperty"),
      );
    }
    const text = String(value);
    if (Buffer.byteLength(text) > MAX_VALUE_BYTES) throw this.env.error("Argument too large: value");
    this.store.set(key, text);
  }

  getProperty(key: string): string | null {
    return this.store.get(key) ?? null;
  }
  setProperty(key: string, value: string): GasProperties {
    this.env.assertMayWrite("setProperty");
    this.put(key, value);
    return asGas(this);
  }
  getProperties(): Record<string, string> {
    const out = new this.env.realm.Object() as Record<string, string>;
    for (const [k, v] of this.store) out[k] = v;
    return out;
  }
  setProperties(properties: Record<string, string>, deleteAllOthers?: boolean): GasProperties {
    this.env.assertMayWrite("setProperties");
    if (deleteAllOthers) this.store.clear();
    for (const [k, v] of Object.entries(properties)) this.put(k, v);
    return asGas(this);
  }
  deleteProperty(key: string): GasProperties {
    this.store.delete(key);
    return asGas(this);
  }
  deleteAllProperties(): GasProperties {
    this.store.clear();
    return asGas(this);
  }
  getKeys(): string[] {
    return this.env.list([...this.store.keys()]);
  }
}

export class PropertiesService implements Pick<
  GoogleAppsScript.Properties.PropertiesService,
  "getDocumentProperties" | "getScriptProperties" | "getUserProperties"
> {
  constructor(private readonly env: Env) {}

  private wrap(store: Map<string, string>): GasProperties {
    return asGas(expose(this.env, "Properties", new Properties(this.env, store), false));
  }
  getDocumentProperties(): GasProperties {
    return this.wrap(this.env.state.documentProperties);
  }
  getScriptProperties(): GasProperties {
    return this.wrap(this.env.state.scriptProperties);
  }
  /** Per user, as in Apps Script: another user sees other values. */
  getUserProperties(): GasProperties {
    const users = this.env.state.userProperties;
    const key = this.env.user.toLowerCase();
    let store = users.get(key);
    if (!store) {
      store = new Map();
      users.set(key, store);
    }
    return this.wrap(store);
  }
}

export function makePropertiesService(env: Env): GoogleAppsScript.Properties.PropertiesService {
  return asGas(expose(env, "PropertiesService", new PropertiesService(env), false));
}
