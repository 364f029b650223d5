/** What the playground page draws: the emulated spreadsheet as a person sees it, plus the add-on's UI. */

export interface CellView {
  /** The displayed text (number formats applied, formulas computed). */
  text: string;
  background?: string;
  color?: string;
  bold?: boolean;
  align?: "left" | "center" | "right";
  wrap?: boolean;
  /** The formula behind the value, shown when the cell is selected. */
  formula?: string;
  /** Part of a merge but not its top-left cell: not drawn. */
  hidden?: boolean;
  rowSpan?: number;
  colSpan?: number;
}

export interface BubblePoint {
  label: string;
  x: number;
  y: number;
  size: number;
  /** The series (the bubble chart's colour column); series are coloured in order of appearance. */
  series: string;
}

export interface ChartView {
  title: string;
  type: string;
  row: number;
  column: number;
  width: number;
  height: number;
  xTitle: string;
  yTitle: string;
  points: BubblePoint[];
  /** Series names in order of appearance, and their colours from the chart's `colors` option. */
  series: { name: string; color: string }[];
  /** Axis ranges from the chart's viewWindow options, when set. */
  xRange?: [number, number];
  yRange?: [number, number];
}

export interface SheetView {
  name: string;
  rows: number;
  columns: number;
  frozenRows: number;
  frozenColumns: number;
  columnWidths: number[];
  cells: CellView[][];
  charts: ChartView[];
  protectedWarning: boolean;
}

export interface MenuView {
  title: string;
  items: { label: string; functionName: string }[];
}

export interface MessageView {
  /** "question": an alert with a choice for the person; "protected": Sheets' warning before an edit. */
  kind: "toast" | "alert" | "dialog" | "question" | "protected";
  title: string;
  text: string;
  html?: string;
  /** For a question: its ButtonSet ("YES_NO", "OK_CANCEL", "YES_NO_CANCEL"). */
  buttons?: string;
  /** For a question: the menu item to run again, with the answers given before this question. */
  replay?: { functionName: string; answers: string[] };
  /** For the protection warning: the edit to make when the person clicks OK. */
  edit?: { sheet: string; row: number; column: number; input: string };
}

export interface PlaygroundView {
  title: string;
  sheets: SheetView[];
  activeSheet: string;
  menu: MenuView | null;
  /** The sidebar's HTML when a menu item opened it. */
  sidebar: { title: string; html: string } | null;
  /** Toasts, alerts and dialogs raised by the last action, oldest first. */
  messages: MessageView[];
}
