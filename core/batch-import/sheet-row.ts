/** A cell as read: text from a CSV; text, number or date from an XLSX file; null when empty. */
export type Cell = string | number | Date | null;

export interface SheetRow {
  /** The row number a spreadsheet shows (1-based, the header included). */
  row: number;
  cells: Cell[];
}
