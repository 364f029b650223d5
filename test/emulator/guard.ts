import type { Env } from "./env";
import { MESSAGES } from "./errors";
import { rectsIntersect, type GridRect, type ProtectionState, type SheetState } from "./model";

function covers(protection: ProtectionState, sheet: SheetState, rect: GridRect): boolean {
  if (protection.sheetId !== sheet.id) return false;
  if (protection.type === "RANGE") return protection.rect !== null && rectsIntersect(protection.rect, rect);
  // A protected sheet leaves its unprotected ranges editable.
  for (let r = rect.row; r < rect.row + rect.numRows; r++) {
    for (let c = rect.col; c < rect.col + rect.numCols; c++) {
      const free = protection.unprotected.some((u) =>
        rectsIntersect(u, { row: r, col: c, numRows: 1, numCols: 1 }),
      );
      if (!free) return true;
    }
  }
  return false;
}

/** May the current user edit this protection's cells? Owners always can; warning-only never blocks scripts. */
export function canEdit(env: Env, protection: ProtectionState): boolean {
  if (protection.warningOnly || !protection.restricted) return true;
  const user = env.user.toLowerCase();
  return user === env.state.owner.toLowerCase() || protection.editors.some((e) => e.toLowerCase() === user);
}

/** Throws Sheets' protection error when the current user may not change these cells. */
export function assertEditable(env: Env, sheet: SheetState, rect: GridRect, method: string): void {
  env.assertMayWrite(method);
  for (const protection of env.state.protections) {
    if (!canEdit(env, protection) && covers(protection, sheet, rect)) throw env.error(MESSAGES.protectedCell);
  }
}

/** Structural changes (rename, delete, frozen rows) to a protected sheet need edit rights too. */
export function assertSheetEditable(env: Env, sheet: SheetState, method: string): void {
  env.assertMayWrite(method);
  for (const protection of env.state.protections) {
    if (protection.sheetId === sheet.id && protection.type === "SHEET" && !canEdit(env, protection)) {
      throw env.error(MESSAGES.protectedCell);
    }
  }
}
