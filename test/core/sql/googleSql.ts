/**
 * GoogleSQL's escape sequences in quoted names and text literals, written from BigQuery's lexical
 * reference independently of the generator: reads one quoted token from the start of `text` and returns
 * what it means and where it ends.
 */
const SIMPLE: Record<string, string> = {
  a: "\u0007",
  b: "\b",
  f: "\f",
  n: "\n",
  r: "\r",
  t: "\t",
  v: "\v",
  "\\": "\\",
  "?": "?",
  '"': '"',
  "'": "'",
  "`": "`",
};

export function readGoogleSqlQuoted(text: string, start = 0): { value: string; end: number } {
  const quote = text[start];
  if (quote !== "`" && quote !== "'") throw new Error(`no quote at ${start}`);
  let value = "";
  let i = start + 1;
  while (i < text.length) {
    const c = text[i] as string;
    if (c === quote) return { value, end: i + 1 };
    if (c === "\n") throw new Error("a raw newline inside a quoted token");
    if (c !== "\\") {
      value += c;
      i++;
      continue;
    }
    const e = text[i + 1] as string;
    if (e in SIMPLE) {
      value += SIMPLE[e];
      i += 2;
    } else if (e === "u") {
      value += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16));
      i += 6;
    } else {
      throw new Error(`unknown escape \\${e}`);
    }
  }
  throw new Error("the quoted token does not end");
}
