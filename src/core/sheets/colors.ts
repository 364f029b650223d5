import type { QuadrantKey } from "../quadrant";

/**
 * Quadrant colours from the Okabe-Ito palette, chosen to stay apart for the common forms of colour
 * blindness (bluish green, blue, orange, grey); the light fills differ in lightness too, so a grey-scale
 * print keeps them apart, and every block names its quadrant in text anyway.
 */
export const QUADRANT_FILLS: Record<QuadrantKey, string> = {
  keyAccount: "#c6e9dd",
  keyDevelopment: "#cce0f0",
  maintenance: "#fbe5b6",
  opportunistic: "#e6e6e6",
};
export const BUBBLE_COLORS: Record<QuadrantKey, string> = {
  keyAccount: "#009e73",
  keyDevelopment: "#0072b2",
  maintenance: "#e69f00",
  opportunistic: "#8c8c8c",
};
export const SHARE_RED = "#ea9999";
export const SHARE_AMBER = "#f9cb9c";
export const HEADER_FILL = "#e8eaed";
export const GRADIENT = { low: "#e67c73", mid: "#ffffff", high: "#57bb8a" };
export const GRIDLINE_COLOR = "#5f6368";
