/**
 * The only way the sidebar makes elements. Children are nodes or strings, and strings always become
 * text nodes, so a spreadsheet text such as `<img src=x onerror=...>` is shown, never parsed as HTML.
 */
export type Child = Node | string | null | undefined | false;
/** An event handler given as an attribute named on<event> ("oninput", "onchange", "onclick"). */
export type Listener = (event: Event) => void;
export type Attributes = Record<string, string | number | boolean | null | undefined | Listener>;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: (Child | Child[])[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    if (typeof value === "function") {
      // Handlers are attached to the element itself: no event routing through data attributes.
      element.addEventListener(name.slice(2), value);
    } else if (name === "value" && "value" in element) {
      (element as HTMLInputElement).value = String(value);
    } else {
      element.setAttribute(name, value === true ? "" : String(value));
    }
  }
  append(element, children);
  return element;
}

export function append(parent: Node, children: (Child | Child[])[]): void {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
  }
}

/** Replaces an element's children; text goes in as text. */
export function replaceChildren(parent: Element, ...children: (Child | Child[])[]): void {
  while (parent.firstChild) parent.removeChild(parent.firstChild);
  append(parent, children);
}

/** A <select> with its options; the current value is kept selectable even when it is not in the list. */
export function select(
  attributes: Attributes,
  options: { value: string; label: string }[],
  current: string,
): HTMLSelectElement {
  const list = options.some((o) => o.value === current)
    ? options
    : [...options, { value: current, label: current }];
  const element = h(
    "select",
    attributes,
    list.map((o) => h("option", { value: o.value }, o.label)),
  );
  element.value = current;
  return element;
}
