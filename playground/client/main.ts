import type { CellView, ChartView, MessageView, PlaygroundView, SheetView } from "../view";
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

export function columnLetter(column: number): string {
  let n = column;
  let letters = "";
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
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

function renderGrid(): void {
  const sheet = activeSheet();
  const grid = byId("grid");
  grid.replaceChildren();
  if (!sheet) return;
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
  for (let c = 1; c <= sheet.columns; c++)
    head.append(element("th", { class: "col-header" }, columnLetter(c)));
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
      td.textContent = cell.text;
      if (cell.rowSpan) td.rowSpan = cell.rowSpan;
      if (cell.colSpan) td.colSpan = cell.colSpan;
      if (rowNumber === selected.row && c + 1 === selected.column) td.classList.add("selected");
      // As in Sheets, unwrapped text runs on over empty cells to its right.
      if (cell.text && !cell.wrap && !cell.align && cells[c + 1]?.text === "") td.classList.add("overflow");
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
  for (const chart of sheet.charts) grid.append(chartElement(chart, sheet));
  byId("protected-note").hidden = !sheet.protectedWarning;
}

function chartElement(chart: ChartView, sheet: SheetView): HTMLElement {
  let left = ROW_HEADER_WIDTH;
  for (let c = 0; c < chart.column - 1; c++) left += sheet.columnWidths[c] ?? 100;
  const top = ROW_HEIGHT * chart.row;
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
  void act("/api/cell", {
    sheet: view?.activeSheet,
    row: selected.row,
    column: selected.column,
    input: input.value,
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

function showDialog(message: MessageView): void {
  const dialog = byId("dialog") as HTMLDialogElement;
  byId("dialog-title").textContent = message.title;
  const body = byId("dialog-body");
  body.replaceChildren();
  if (message.html) {
    const frame = element("iframe", { class: "dialog-frame", sandbox: "allow-popups", title: message.title });
    frame.srcdoc = message.html;
    body.append(frame);
  } else {
    for (const line of message.text.split("\n")) body.append(element("p", {}, line));
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
  byId("dialog-close").addEventListener("click", () => (byId("dialog") as HTMLDialogElement).close());
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
