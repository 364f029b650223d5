import type { Env } from "./env";
import { asGas, expose } from "./expose";

export class User implements Pick<GoogleAppsScript.Base.User, "getEmail"> {
  constructor(private readonly email: string) {}
  getEmail(): string {
    return this.email;
  }
}

export function makeUser(env: Env, email: string): GoogleAppsScript.Base.User {
  return asGas(expose(env, "User", new User(email), false));
}

export class Session implements Pick<
  GoogleAppsScript.Base.Session,
  | "getActiveUser"
  | "getEffectiveUser"
  | "getActiveUserLocale"
  | "getScriptTimeZone"
  | "getTemporaryActiveUserKey"
> {
  constructor(private readonly env: Env) {}
  getActiveUser(): GoogleAppsScript.Base.User {
    return makeUser(this.env, this.env.user);
  }
  getEffectiveUser(): GoogleAppsScript.Base.User {
    return makeUser(this.env, this.env.user);
  }
  /** Like Sheets, the locale comes as "en" or "de" style language codes, possibly with region ("en_US"). */
  getActiveUserLocale(): string {
    return this.env.userLocale;
  }
  getScriptTimeZone(): string {
    return this.env.state.timeZone;
  }
  getTemporaryActiveUserKey(): string {
    return `key-${this.env.user}`;
  }
}
