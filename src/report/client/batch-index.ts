// The batch index's page script: sortable pair table, heatmap colours.
// A plain script (no import or export), compiled by `tsconfig.client.json` and inlined into batch-index.hbs by the
// template registry (src/report/templates.ts), which also puts its hash in the page's Content-Security-Policy.
(() => {

  // Sort the pair table by a clicked column (numbers numerically, text by code point); a second click reverses.
  for (const table of document.querySelectorAll<HTMLTableElement>('table[data-sortable]')) {
    const headings = Array.from(table.querySelectorAll<HTMLTableCellElement>('th'));
    headings.forEach((th, column) =>
      th.addEventListener('click', () => {
        const numeric = th.dataset.type === 'num';
        const descending = th.getAttribute('aria-sort') === 'ascending';
        for (const other of headings) other.removeAttribute('aria-sort');
        th.setAttribute('aria-sort', descending ? 'descending' : 'ascending');
        const body = table.tBodies[0];
        const rows = Array.from(body.rows);
        const value = (row: HTMLTableRowElement): string => (row.cells[column].textContent ?? '').trim();
        rows.sort((a, b) => {
          const x = value(a);
          const y = value(b);
          const order = numeric ? (parseFloat(x) || 0) - (parseFloat(y) || 0) : x < y ? -1 : x > y ? 1 : 0;
          return descending ? -order : order;
        });
        body.append(...rows);
      }),
    );
  }

  // Heatmap cells get their colour here: the Content-Security-Policy forbids style attributes.
  for (const cell of document.querySelectorAll<HTMLElement>('.heatmap td[data-color]')) {
    cell.style.background = cell.dataset.color ?? '';
  }
})();
