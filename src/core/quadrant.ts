export type QuadrantKey = "keyAccount" | "keyDevelopment" | "maintenance" | "opportunistic";

export const QUADRANT_KEYS: readonly QuadrantKey[] = [
  "keyAccount",
  "keyDevelopment",
  "maintenance",
  "opportunistic",
];

export interface Cuts {
  attractiveness: number;
  strength: number;
}

/** High means value >= cut on each axis. */
export function quadrantOf(attractiveness: number, strength: number, cuts: Cuts): QuadrantKey {
  const highAttractiveness = attractiveness >= cuts.attractiveness;
  const highStrength = strength >= cuts.strength;
  if (highAttractiveness) return highStrength ? "keyAccount" : "keyDevelopment";
  return highStrength ? "maintenance" : "opportunistic";
}
