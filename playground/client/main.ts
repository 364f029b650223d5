import type { CellView, ChartView, MessageView, PlaygroundView, SheetView } from "../view";
import { columnLetter } from "../../src/core/a1";
import { bridgeScript } from "./bridge";
import { bubbleChartSvg } from "./chart";

const ROW_HEIGHT = 21;
const ROW_HEADER_WIDTH = 46;

let view: PlaygroundView | null = null;
let selected = { row: 1, column: 1 };

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value);
  for (const child of children) node.append(child);
  return node;
}

function byId(id: string): HTMLElement {
  const node = document.getElementById(id);
  if (!node) throw new Error(`missing #${id}`);
  return node;
}

async function api(path: string, body?: unknown): Promise<PlaygroundView> {
  const response = await fetch(path, {
    method: body === undefined ? "GET" : "POST",
    headers: { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(await response.text());
  return (await response.json()) as PlaygroundView;
}

function activeSheet(): SheetView | undefined {
  return view?.sheets.find((s) => s.name === view?.activeSheet);
}

function setBusy(busy: boolean): void {
  document.body.classList.toggle("busy", busy);
}

async function act(path: string, body?: unknown): Promise<void> {
  setBusy(true);
  try {
    show(await api(path, body));
  } catch (error) {
    showMessages([{ kind: "alert", title: "Playground", text: String((error as Error).message ?? error) }]);
  } finally {
    setBusy(false);
  }
}

function show(next: PlaygroundView): void {
  view = next;
  byId("doc-title").textContent = next.title;
  renderMenu();
  renderTabs();
  renderGrid();
  renderFormulaBar();
  if (next.sidebar) openSidebar(next.sidebar.title, next.sidebar.html);
  showMessages(next.messages);
}

function renderMenu(): void {
  const list = byId("addon-items");
  list.replaceChildren();
  for (const item of view?.menu?.items ?? []) {
    const button = element("button", { role: "menuitem", type: "button" }, item.label);
    button.addEventListener("click", () => {
      closeMenus();
      void act("/api/menu", { functionName: item.functionName });
    });
    list.append(element("li", {}, button));
  }
  byId("addon-title").textContent = view?.menu?.title ?? "Key Account Matrix";
}

function closeMenus(): void {
  byId("extensions-menu").hidden = true;
  byId("extensions").setAttribute("aria-expanded", "false");
}

function renderTabs(): void {
  const tabs = byId("tabs");
  tabs.replaceChildren();
  for (const sheet of view?.sheets ?? []) {
    const tab = element("button", { role: "tab", type: "button", class: "tab" }, sheet.name);
    tab.setAttribute("aria-selected", String(sheet.name === view?.activeSheet));
    tab.addEventListener("click", () => {
      if (sheet.name === view?.activeSheet) return;
      selected = { row: 1, column: 1 };
      void act("/api/active", { sheet: sheet.name });
    });
    tabs.append(tab);
  }
}

function cellStyle(cell: CellView): string {
  const parts: string[] = [];
  if (cell.background) parts.push(`background:${cell.background}`);
  if (cell.color) parts.push(`color:${cell.color}`);
  if (cell.bold) parts.push("font-weight:600");
  if (cell.align) parts.push(`text-align:${cell.align}`);
  if (cell.wrap) parts.push("white-space:normal");
  return parts.join(";");
}

/**
 * How far a cell's text may run on to the right, in px, as Sheets draws it: unwrapped, left-aligned text
 * overflows only into the empty cells that follow it (stopping at the first cell with content and at the
 * frozen-column line); numbers and centred or right-aligned text never overflow.
 */
function overflowWidth(sheet: SheetView, cells: CellView[], c: number): number {
  const cell = cells[c];
  const own = sheet.columnWidths[c] ?? 100;
  if (!cell?.text || cell.wrap || cell.align || cell.colSpan) return own;
  let width = own;
  for (let next = c + 1; next < cells.length; next++) {
    const neighbour = cells[next];
    if (!neighbour || neighbour.text !== "" || neighbour.hidden || neighbour.colSpan) break;
    if (next === sheet.frozenColumns) break;
    width += sheet.columnWidths[next] ?? 100;
  }
  return width;
}

/** Left edge of each column (0-based) inside the table, after the row headers. */
function columnLefts(sheet: SheetView): number[] {
  const lefts: number[] = [];
  let left = ROW_HEADER_WIDTH;
  for (let c = 0; c < sheet.columns; c++) {
    lefts.push(left);
    left += sheet.columnWidths[c] ?? 100;
  }
  return lefts;
}

/** The sheet drawn last, and where each tab was scrolled to, so switching tabs comes back to the same place. */
let drawnSheet: string | null = null;
const scrollByTab = new Map<string, { left: number; top: number }>();

function renderGrid(): void {
  const sheet = activeSheet();
  const grid = byId("grid");
  if (drawnSheet !== null) scrollByTab.set(drawnSheet, { left: grid.scrollLeft, top: grid.scrollTop });
  grid.replaceChildren();
  drawnSheet = sheet?.name ?? null;
  if (!sheet) return;
  const lefts = columnLefts(sheet);
  const table = element("table", { class: "grid", role: "grid", "aria-label": sheet.name });
  const colgroup = element("colgroup", {}, element("col", { style: `width:${ROW_HEADER_WIDTH}px` }));
  let tableWidth = ROW_HEADER_WIDTH;
  for (let c = 0; c < sheet.columns; c++) {
    const width = sheet.columnWidths[c] ?? 100;
    tableWidth += width;
    colgroup.append(element("col", { style: `width:${width}px` }));
  }
  // A fixed layout only holds with a set width; otherwise long texts stretch their column.
  table.style.width = `${tableWidth}px`;
  table.append(colgroup);
  const head = element("tr", {}, element("th", { class: "corner" }));
  for (let c = 1; c <= sheet.columns; c++) {
    const th = element("th", { class: "col-header" }, columnLetter(c));
    if (c <= sheet.frozenColumns) freezeColumn(th, lefts[c - 1] ?? 0, c === sheet.frozenColumns);
    head.append(th);
  }
  table.append(element("thead", {}, head));
  const body = element("tbody");
  sheet.cells.forEach((cells, r) => {
    const rowNumber = r + 1;
    const tr = element("tr", {}, element("th", { class: "row-header" }, String(rowNumber)));
    if (rowNumber <= sheet.frozenRows) tr.classList.add("frozen");
    if (rowNumber === sheet.frozenRows) tr.classList.add("frozen-last");
    cells.forEach((cell, c) => {
      if (cell.hidden) return;
      const td = element("td", { style: cellStyle(cell), "data-cell": `${columnLetter(c + 1)}${rowNumber}` });
      const spill = overflowWidth(sheet, cells, c);
      if (spill > (sheet.columnWidths[c] ?? 100)) {
        // The text runs on over its empty neighbours and is cut where the next content starts.
        td.classList.add("overflow");
        td.append(element("span", { class: "spill", style: `width:${spill - 8}px` }, cell.text));
      } else td.textContent = cell.text;
      if (cell.rowSpan) td.rowSpan = cell.rowSpan;
      if (cell.colSpan) td.colSpan = cell.colSpan;
      if (c < sheet.frozenColumns) freezeColumn(td, lefts[c] ?? 0, c + 1 === sheet.frozenColumns);
      if (rowNumber === selected.row && c + 1 === selected.column) td.classList.add("selected");
      td.addEventListener("click", () => select(rowNumber, c + 1));
      td.addEventListener("dblclick", () => {
        select(rowNumber, c + 1);
        byId("formula-input").focus();
      });
      tr.append(td);
    });
    body.append(tr);
  });
  table.append(body);
  grid.append(table);
  freezeRows(table, sheet.frozenRows);
  for (const chart of sheet.charts) grid.append(chartElement(chart, table, lefts));
  byId("protected-note").hidden = !sheet.protectedWarning;
  const saved = scrollByTab.get(sheet.name);
  grid.scrollLeft = saved?.left ?? 0;
  grid.scrollTop = saved?.top ?? 0;
}

/** A frozen column's cells stick at their own left edge, so every frozen column stays in view. */
function freezeColumn(cell: HTMLElement, left: number, last: boolean): void {
  cell.classList.add("frozen-col");
  if (last) cell.classList.add("frozen-col-last");
  cell.style.left = `${left}px`;
}

/**
 * Each frozen row sticks below the column headers and the frozen rows above it (measured, since wrapped
 * text can make a row taller than the default 21 px), so the frozen rows stay in view one under another.
 */
function freezeRows(table: HTMLTableElement, frozenRows: number): void {
  let top = table.tHead?.rows[0]?.offsetHeight ?? 0;
  const rows = table.tBodies[0]?.rows;
  for (let r = 0; r < frozenRows && rows && r < rows.length; r++) {
    const row = rows[r] as HTMLTableRowElement;
    for (const cell of Array.from(row.cells)) cell.style.top = `${top}px`;
    top += row.offsetHeight;
  }
}

function chartElement(chart: ChartView, table: HTMLTableElement, lefts: number[]): HTMLElement {
  const left = lefts[chart.column - 1] ?? ROW_HEADER_WIDTH;
  const anchor = table.tBodies[0]?.rows[chart.row - 1];
  const top = anchor ? anchor.offsetTop : ROW_HEIGHT * chart.row;
  const box = element("figure", {
    class: "chart",
    style: `left:${left}px;top:${top}px;width:${chart.width}px;height:${chart.height}px`,
  });
  box.innerHTML = bubbleChartSvg(chart);
  return box;
}

function selectedCell(): CellView | undefined {
  return activeSheet()?.cells[selected.row - 1]?.[selected.column - 1];
}

function select(row: number, column: number): void {
  selected = { row, column };
  document.querySelectorAll("td.selected").forEach((td) => td.classList.remove("selected"));
  document.querySelector(`td[data-cell="${columnLetter(column)}${row}"]`)?.classList.add("selected");
  renderFormulaBar();
}

function renderFormulaBar(): void {
  byId("cell-name").textContent = `${columnLetter(selected.column)}${selected.row}`;
  const cell = selectedCell();
  (byId("formula-input") as HTMLInputElement).value = cell?.formula ?? cell?.text ?? "";
}

function commitFormulaBar(): void {
  const input = byId("formula-input") as HTMLInputElement;
  const sheet = view?.activeSheet ?? "";
  void act("/api/cell", {
    sheet,
    row: selected.row,
    column: selected.column,
    input: input.value,
    // Within the 5 minutes the person asked for, Sheets does not warn again.
    confirmed: (warningMutedUntil.get(sheet) ?? 0) > Date.now(),
  });
}

function openSidebar(title: string, html: string): void {
  byId("sidebar-title").textContent = title;
  const frame = byId("sidebar-frame") as HTMLIFrameElement;
  frame.srcdoc = injectBridge(html);
  byId("sidebar").hidden = false;
}

function closeSidebar(): void {
  byId("sidebar").hidden = true;
  (byId("sidebar-frame") as HTMLIFrameElement).srcdoc = "";
}

/** Puts the google.script.run bridge before any of the sidebar's own scripts. */
function injectBridge(html: string): string {
  const bridge = `<script>${bridgeScript}</script>`;
  return /<head[^>]*>/i.test(html) ? html.replace(/<head[^>]*>/i, (m) => m + bridge) : bridge + html;
}

function showMessages(messages: readonly MessageView[]): void {
  const toasts = byId("toasts");
  for (const message of messages) {
    if (message.kind === "toast") {
      const toast = element("div", { class: "toast", role: "status" });
      if (message.title) toast.append(element("strong", {}, message.title), " ");
      toast.append(message.text);
      toasts.append(toast);
      setTimeout(() => toast.remove(), 5000);
    } else {
      showDialog(message);
    }
  }
}

/** Buttons of Apps Script's ButtonSets, as Sheets labels them, with the Button each answers. */
const BUTTON_SETS: Record<string, [label: string, answer: string][]> = {
  OK: [["OK", "OK"]],
  OK_CANCEL: [
    ["Cancel", "CANCEL"],
    ["OK", "OK"],
  ],
  YES_NO: [
    ["No", "NO"],
    ["Yes", "YES"],
  ],
  YES_NO_CANCEL: [
    ["Cancel", "CANCEL"],
    ["No", "NO"],
    ["Yes", "YES"],
  ],
};

/** Until when the person ticked "Don't show this again for 5 minutes", per sheet. */
const warningMutedUntil = new Map<string, number>();

/** The dialog's buttons: each closes it and then runs its action. */
function setDialogButtons(buttons: [label: string, action: () => void][]): void {
  const dialog = byId("dialog") as HTMLDialogElement;
  const bar = byId("dialog-buttons");
  bar.replaceChildren();
  buttons.forEach(([label, action], i) => {
    const button = element(
      "button",
      { type: "button", class: i === buttons.length - 1 ? "button primary" : "button" },
      label,
    );
    button.addEventListener("click", () => {
      dialog.onclose = null;
      dialog.close();
      action();
    });
    bar.append(button);
  });
}

function showDialog(message: MessageView): void {
  const dialog = byId("dialog") as HTMLDialogElement;
  byId("dialog-title").textContent = message.title;
  const body = byId("dialog-body");
  body.replaceChildren();
  dialog.onclose = null;
  if (message.html) {
    const frame = element("iframe", { class: "dialog-frame", sandbox: "allow-popups", title: message.title });
    frame.srcdoc = message.html;
    body.append(frame);
  } else {
    for (const line of message.text.split("\n")) body.append(element("p", {}, line));
  }
  const replay = message.replay;
  const edit = message.edit;
  if (message.kind === "question" && replay) {
    // The person answers; the menu item runs again with every answer given so far.
    const answer = (button: string) =>
      void act("/api/menu", { functionName: replay.functionName, answers: [...replay.answers, button] });
    setDialogButtons(
      (BUTTON_SETS[message.buttons ?? "OK"] ?? []).map(([label, button]) => [label, () => answer(button)]),
    );
    // Escape or the close button is the CLOSE answer, as in Sheets.
    dialog.onclose = () => answer("CLOSE");
  } else if (message.kind === "protected" && edit) {
    const mute = element("input", { type: "checkbox", id: "mute-warning" });
    body.append(element("label", { class: "mute" }, mute, " Don't show this again for 5 minutes"));
    setDialogButtons([
      ["Cancel", () => undefined],
      [
        "OK",
        () => {
          if (mute.checked) warningMutedUntil.set(edit.sheet, Date.now() + 5 * 60_000);
          void act("/api/cell", { ...edit, confirmed: true });
        },
      ],
    ]);
  } else {
    setDialogButtons([["OK", () => undefined]]);
  }
  if (!dialog.open) dialog.showModal();
}

function wire(): void {
  byId("extensions").addEventListener("click", (event) => {
    event.stopPropagation();
    const menu = byId("extensions-menu");
    menu.hidden = !menu.hidden;
    byId("extensions").setAttribute("aria-expanded", String(!menu.hidden));
    if (!menu.hidden) (menu.querySelector("button") as HTMLButtonElement | null)?.focus();
  });
  document.addEventListener("click", closeMenus);
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape") closeMenus();
  });
  byId("reset").addEventListener("click", () => {
    closeSidebar();
    void act("/api/reset", {});
  });
  byId("sidebar-close").addEventListener("click", closeSidebar);
  byId("formula-input").addEventListener("keydown", (event) => {
    if ((event as KeyboardEvent).key === "Enter") commitFormulaBar();
  });
  // The sidebar's bridge tells us when a server call may have changed the spreadsheet.
  window.addEventListener("message", (event) => {
    const data = event.data as { type?: string } | null;
    if (data?.type === "kam:changed") void act("/api/view");
    if (data?.type === "kam:close") closeSidebar();
  });
}

wire();
void act("/api/view");
