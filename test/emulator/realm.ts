/**
 * The JavaScript realm a script runs in. Apps Script hands a script arrays, Dates and errors of its own
 * realm, so `value instanceof Date` holds in the add-on's code; the emulator builds its results with the
 * constructors of whichever realm is currently calling it (the host realm outside the runner).
 */
export interface Realm {
  Array: ArrayConstructor;
  Date: DateConstructor;
  Error: ErrorConstructor;
  Object: ObjectConstructor;
}

export const HOST_REALM: Realm = { Array, Date, Error, Object };

export function isDate(value: unknown): value is Date {
  if (value === null || typeof value !== "object") return false;
  return value instanceof Date || Object.prototype.toString.call(value) === "[object Date]";
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== "object") return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === null || Object.getPrototypeOf(proto) === null;
}
