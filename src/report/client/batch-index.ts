// The batch index's page script: sortable pair table, matrix colours, arrow-key moves between matrix cells.
// A plain script (no import or export), compiled by `tsconfig.client.json` and inlined into batch-index.hbs by the
// template registry (src/report/templates.ts), which also puts its hash in the page's Content-Security-Policy.
(() => {
  // Sort the pair table by a column: its heading is a button (keyboard and mouse alike). Numbers sort by their
  // `data-sort` value (or their text), text by code point; a second press reverses.
  for (const table of document.querySelectorAll<HTMLTableElement>('table[data-sortable]')) {
    const headings = Array.from(table.tHead!.rows[0].cells);
    headings.forEach((th, column) => {
      const button = th.querySelector('button');
      if (!button) return;
      button.addEventListener('click', () => {
        const numeric = th.dataset.type === 'num';
        const descending = th.getAttribute('aria-sort') === 'ascending';
        for (const other of headings) other.removeAttribute('aria-sort');
        th.setAttribute('aria-sort', descending ? 'descending' : 'ascending');
        const body = table.tBodies[0];
        const rows = Array.from(body.rows);
        const value = (row: HTMLTableRowElement): string => {
          const cell = row.cells[column];
          return (cell.dataset.sort ?? cell.textContent ?? '').trim();
        };
        rows.sort((a, b) => {
          const x = value(a);
          const y = value(b);
          const order = numeric ? (parseFloat(x) || 0) - (parseFloat(y) || 0) : x < y ? -1 : x > y ? 1 : 0;
          return descending ? -order : order;
        });
        body.append(...rows);
      });
    });
  }

  // Matrix cells get their colour here: the Content-Security-Policy forbids style attributes.
  for (const cell of document.querySelectorAll<HTMLElement>('.matrix td[data-color]')) {
    cell.style.background = cell.dataset.color ?? '';
  }

  // Each matrix is one stop in the tab order; the arrow keys (and Home/End) move between its links, row by row.
  for (const grid of document.querySelectorAll<HTMLTableElement>('table[data-grid]')) {
    const links = Array.from(grid.querySelectorAll<HTMLAnchorElement>('td a'));
    if (links.length === 0) continue;
    if (!links.some((link) => link.tabIndex === 0)) links[0].tabIndex = 0;
    const position = (link: HTMLAnchorElement): [number, number] => {
      const cell = link.parentElement as HTMLTableCellElement;
      return [(cell.parentElement as HTMLTableRowElement).sectionRowIndex, cell.cellIndex];
    };
    const at = new Map(links.map((link) => [position(link).join(','), link]));
    const rows = grid.tBodies[0].rows.length;
    const columns = Math.max(...Array.from(grid.tBodies[0].rows, (row) => row.cells.length));
    grid.addEventListener('keydown', (event) => {
      const current = event.target as HTMLElement;
      if (!(current instanceof HTMLAnchorElement)) return;
      const moves: Record<string, [number, number]> = { ArrowRight: [0, 1], ArrowLeft: [0, -1], ArrowDown: [1, 0], ArrowUp: [-1, 0] };
      let [row, column] = position(current);
      let next: HTMLAnchorElement | undefined;
      if (event.key === 'Home' || event.key === 'End') {
        const inRow = links.filter((link) => position(link)[0] === row);
        next = event.key === 'Home' ? inRow[0] : inRow[inRow.length - 1];
      } else if (moves[event.key]) {
        const [dr, dc] = moves[event.key];
        // Skip empty cells (a document against itself, a paragraph not found there) in the direction of travel.
        while (!next) {
          row += dr;
          column += dc;
          if (row < 0 || row >= rows || column < 0 || column >= columns) break;
          next = at.get(`${row},${column}`);
        }
      } else {
        return;
      }
      event.preventDefault();
      if (!next) return;
      current.tabIndex = -1;
      next.tabIndex = 0;
      next.focus();
    });
  }
})();
