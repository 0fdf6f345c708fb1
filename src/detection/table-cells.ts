/**
 * Dev set 17 round: a value pasted in a table is labelled by its column's header, not by the words before it.
 *
 *   date,sort_code,account,amount          | Name | DOB | NHS | Cause |
 *   01/03/2024,168850,35574895,4500.00     |---|---|---|---|
 *                                          | Margaret Ellis | 03/11/1939 | 2818383617 | ... |
 *
 * The text before "168850" is "01/03/2024,", which names nothing; the header "sort_code" names it as a form's label
 * would ("sort code: 168850"). A table is two or more consecutive lines split into the same number (two or more) of
 * cells by the same separator: '|' (pasted from a chat table or a system's print), a tab (pasted from a spreadsheet) or
 * a comma (a CSV export). Its first line is the header when every cell is short words (a letter, no run of four
 * digits, at most 40 characters); a markdown rule line ("|---|---|") under it is skipped. Prose lines share a comma
 * count too, but their "header" then names no identifier, and only a header that does changes what a detector reads.
 *
 * Returns, for each data cell, the offset where its trimmed content starts mapped to the header's label: lower case,
 * '_' read as a space, spaces collapsed; and where the header cells start (eighth session: "Date | Store | Offender |
 * Ref" over rows of the same cells: a header cell is a column's title, so "Ref" after the cell "Offender" is no one's
 * name). One pass over the lines: linear in the text.
 */
export function readTables(text: string): TableLayout {
  const labels = new Map<number, string>();
  const headerStarts = new Set<number>();
  // Each header's labels once, not once per row: a pasted export has thousands of rows under one header.
  let labelled: readonly Cell[] | undefined;
  let headerLabels: string[] = [];
  walkTables(text, (header, cells) => {
    if (header !== labelled) {
      [labelled, headerLabels] = [header, header.map((c) => label(c.text))];
      for (const c of header) headerStarts.add(c.start);
    }
    for (let i = 0; i < cells.length; i++) if (cells[i].text !== '') labels.set(cells[i].start, headerLabels[i]);
  });
  return { labels, headerStarts };
}

/** A post's tables as the detectors read them (readTables). */
export interface TableLayout {
  /** For each data cell, the offset where its trimmed content starts: its column's label. */
  labels: Map<number, string>;
  /** Where the header cells of tables with at least one data row start. */
  headerStarts: Set<number>;
}

/** Calls `onRow` with each table's header cells and each data row's cells (see readTables). */
function walkTables(text: string, onRow: (header: readonly Cell[], cells: readonly Cell[]) => void): void {
  if (text.indexOf('\n') < 0) return;
  let header: Cell[] | undefined;
  let kind = '';
  let from = 0;
  while (from <= text.length) {
    let to = text.indexOf('\n', from);
    if (to < 0) to = text.length;
    const line = text.slice(from, to);
    const sep = line.indexOf('|') >= 0 ? '|' : line.indexOf('\t') >= 0 ? '\t' : line.indexOf(',') >= 0 ? ',' : '';
    if (sep === '|' && /^[\s|:\-–]+$/.test(line) && line.indexOf('-') >= 0) {
      // A markdown rule under the header: part of the table, no data.
    } else if (sep === '') {
      header = undefined;
    } else {
      const cells = splitCells(line, from, sep);
      if (header !== undefined && kind === sep && cells.length === header.length) {
        onRow(header, cells);
      } else {
        header = cells.length >= 2 && cells.every((c) => isHeaderCell(c.text)) ? cells : undefined;
        kind = sep;
      }
    }
    from = to + 1;
  }
}

interface Cell {
  text: string;
  start: number;
}

/** The trimmed cells of a line; a pipe row's outer pipes ("| a | b |") open and close it, no empty cells. */
function splitCells(line: string, offset: number, sep: string): Cell[] {
  const cells: Cell[] = [];
  let a = 0;
  let b = line.length;
  if (sep === '|') {
    while (a < b && isSpace(line.charCodeAt(a))) a++;
    while (b > a && isSpace(line.charCodeAt(b - 1))) b--;
    if (line[a] === '|') a++;
    if (b > a && line[b - 1] === '|') b--;
  }
  let i = a;
  while (i <= b) {
    let j = line.indexOf(sep, i);
    if (j < 0 || j > b) j = b;
    let s = i;
    let e = j;
    while (s < e && isSpace(line.charCodeAt(s))) s++;
    while (e > s && isSpace(line.charCodeAt(e - 1))) e--;
    cells.push({ text: line.slice(s, e), start: offset + s });
    i = j + 1;
  }
  return cells;
}

/** Space, tab, carriage return or non-breaking space: a char test, not a regex run per character. */
function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 160;
}

function isHeaderCell(cell: string): boolean {
  return cell.length > 0 && cell.length <= 40 && /[A-Za-z]/.test(cell) && !/\d{4}/.test(cell);
}

function label(cell: string): string {
  return cell.toLowerCase().replace(/_/g, ' ').replace(/\s+/g, ' ').trim();
}
