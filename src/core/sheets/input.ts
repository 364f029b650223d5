import type { KamConfig } from "../config";
import type { HistoryView } from "../history";
import type { Language } from "../language";
import type { Evaluation } from "../model";

/** What both generated sheets are drawn from. */
export interface MatrixInput {
  evaluation: Evaluation;
  config: KamConfig;
  language: Language;
  /** When it was made, already formatted in the spreadsheet's time zone. */
  madeAt: string;
  /** Movement against the previous snapshot in KAM History; absent when the history was not read. */
  history?: HistoryView;
  /** The Key Account Plan's status line ("3 of 12 accounts overdue ..."); absent when there is no plan. */
  planStatus?: string;
}
