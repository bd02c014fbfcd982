// The pair report's page script: filters, folding of unchanged runs, j/k navigation, the change map.
// A plain script (no import or export), compiled by `tsconfig.client.json` and inlined into report.hbs by the
// template registry (src/report/templates.ts), which also puts its hash in the page's Content-Security-Policy.
(() => {
  const root = document.documentElement;
  const report = document.getElementById('report')!;
  root.classList.add('js');

  // Filter toggles: each hides every row carrying its tag, by a class on the report (no per-row work).
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-filter]')) {
    button.addEventListener('click', () => {
      const shown = button.getAttribute('aria-pressed') !== 'true';
      button.setAttribute('aria-pressed', String(shown));
      report.classList.toggle(`hide-${button.getAttribute('data-filter')}`, !shown);
      updateMinimap();
    });
  }

  // Signal filters: one pressed at a time shows only the rows carrying a signal of its type (`data-signals`).
  const signalButtons = Array.from(document.querySelectorAll<HTMLButtonElement>('button[data-signal-filter]'));
  for (const button of signalButtons) {
    button.addEventListener('click', () => {
      const type = button.getAttribute('data-signal-filter')!;
      const pressed = button.getAttribute('aria-pressed') !== 'true';
      for (const other of signalButtons) other.setAttribute('aria-pressed', 'false');
      button.setAttribute('aria-pressed', String(pressed));
      report.classList.toggle('signal-focus', pressed);
      for (const row of document.querySelectorAll<HTMLElement>('.row')) {
        const types = (row.getAttribute('data-signals') ?? '').split(' ');
        row.classList.toggle('signal-miss', pressed && !types.includes(type));
      }
      updateMinimap();
    });
  }

  // A remembered choice: storage can be missing or refused (file:// in some browsers, private modes), so every access is guarded.
  function remembered(key: string): boolean {
    try {
      return window.localStorage.getItem(key) === 'true';
    } catch {
      return false;
    }
  }
  function remember(key: string, value: boolean): void {
    try {
      window.localStorage.setItem(key, String(value));
    } catch {
      // Not remembered: the switch still works for this visit.
    }
  }

  // "Only changes" folds each run of unchanged paragraphs into its one-line toggle; the choice is remembered.
  const ONLY_CHANGES_KEY = 'redline.only-changes';
  const onlyChanges = document.getElementById('only-changes') as HTMLInputElement;
  onlyChanges.checked = remembered(ONLY_CHANGES_KEY);
  report.classList.toggle('only-changes', onlyChanges.checked);
  onlyChanges.addEventListener('change', () => {
    report.classList.toggle('only-changes', onlyChanges.checked);
    remember(ONLY_CHANGES_KEY, onlyChanges.checked);
    countShown();
  });

  // "Only position shifts" shows only the rows carrying a policy signal.
  const onlySignals = document.getElementById('only-signals') as HTMLInputElement | null;
  onlySignals?.addEventListener('change', () => {
    report.classList.toggle('only-signals', onlySignals.checked);
    updateMinimap();
  });
  function setExpanded(run: Element, expanded: boolean): void {
    run.classList.toggle('expanded', expanded);
    run.querySelector('.run-toggle')!.setAttribute('aria-expanded', String(expanded));
    countShown();
  }
  for (const toggle of document.querySelectorAll<HTMLElement>('.run-toggle')) {
    toggle.addEventListener('click', () => {
      setExpanded(toggle.parentElement!, toggle.getAttribute('aria-expanded') !== 'true');
    });
  }

  // Next / previous change: j/n and k/p, skipping rows hidden by a filter.
  const changes = Array.from(document.querySelectorAll<HTMLElement>('.row.change'));
  let current = -1;

  // A cited anchor inside a folded run unfolds it, so #p-left-12 always lands on visible text.
  function revealTarget(): void {
    const id = decodeURIComponent(location.hash.slice(1));
    const target = id ? document.getElementById(id) : null;
    if (!target) return;
    const run = target.closest('.run');
    if (run && !run.classList.contains('expanded')) {
      setExpanded(run, true);
      target.scrollIntoView();
    }
    const row = target.closest<HTMLElement>('.row.change');
    if (row) current = changes.indexOf(row);
  }

  function isShown(element: Element): boolean {
    return element.getClientRects().length > 0;
  }
  function go(step: 1 | -1): void {
    const focused = document.activeElement ? document.activeElement.closest<HTMLElement>('.row.change') : null;
    if (focused) current = changes.indexOf(focused);
    for (let i = current + step; i >= 0 && i < changes.length; i += step) {
      if (isShown(changes[i])) {
        current = i;
        changes[i].focus({ preventScroll: true });
        changes[i].scrollIntoView({ block: 'center' });
        history.replaceState(null, '', `#${changes[i].id}`);
        return;
      }
    }
  }
  document.getElementById('next-change')!.addEventListener('click', () => go(1));
  document.getElementById('prev-change')!.addEventListener('click', () => go(-1));
  document.addEventListener('keydown', (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const target = event.target as HTMLElement;
    if (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) return;
    if (event.key === 'j' || event.key === 'n') {
      go(1);
      event.preventDefault();
    } else if (event.key === 'k' || event.key === 'p') {
      go(-1);
      event.preventDefault();
    }
  });

  // An in-place unchanged row's badge carries no tooltip in the page (thousands of copies of one sentence on a long
  // text): it gets its filter's description when the pointer first comes over it.
  document.addEventListener('mouseover', (event) => {
    const badge = (event.target as Element).closest?.('.badge:not([title])');
    const tag = badge ? /\bbadge-([a-z]+)/.exec(badge.className)?.[1] : undefined;
    const description = tag ? document.querySelector(`button[data-filter="${tag}"]`)?.getAttribute('title') : null;
    if (badge && description) badge.setAttribute('title', description);
  });

  // Copy citation: the row's `data-cite` (`A/C.2/80/L.58, OP 17`) to the clipboard, said in a live region. The
  // Clipboard API needs a secure context (file:// is one in Chromium); elsewhere a selected hidden field is copied.
  const copyStatus = document.getElementById('copy-status');
  async function copyText(text: string): Promise<boolean> {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      const field = document.createElement('textarea');
      field.value = text;
      field.setAttribute('readonly', '');
      field.className = 'visually-hidden';
      document.body.append(field);
      field.select();
      const copied = document.execCommand('copy');
      field.remove();
      return copied;
    }
  }
  // An unchanged row's button is made when the pointer or the keyboard first comes to the row: one paragraph, cited by the
  // newer text's name and the paragraph's label link (`OP 3`, `¶ 12`), as the page's change rows are.
  function offerCitation(event: Event): void {
    const row = (event.target as Element).closest?.<HTMLElement>('.row');
    const meta = row?.querySelector(':scope > .meta');
    if (!row || !meta || meta.querySelector('.cite')) return;
    const label = row.querySelector('.side-right .para > a:first-child')?.textContent;
    const name = report.getAttribute('data-cite-newer');
    if (!label || !name) return;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'cite';
    button.setAttribute('data-cite', `${name}, ${label}`);
    button.textContent = 'Copy citation';
    meta.append(button);
  }
  document.addEventListener('mouseover', offerCitation);
  document.addEventListener('focusin', offerCitation);

  document.addEventListener('click', (event) => {
    const button = (event.target as Element).closest?.<HTMLButtonElement>('button.cite');
    const citation = button?.getAttribute('data-cite');
    if (!button || !citation) return;
    void copyText(citation).then((copied) => {
      if (copyStatus) copyStatus.textContent = copied ? `Copied: ${citation}` : `Copy failed; the citation is ${citation}`;
      button.textContent = copied ? 'Copied' : 'Copy failed';
      window.setTimeout(() => {
        button.textContent = 'Copy citation';
      }, 1500);
    });
  });

  window.addEventListener('hashchange', revealTarget);
  revealTarget();

  // The change map: each tick sits at its row's share of the document (set here, as the policy forbids style attributes),
  // and follows the filters: a tick whose rows are all hidden is hidden too.
  const ticks = Array.from(document.querySelectorAll<HTMLElement>('.minimap .tick'));
  for (const tick of ticks) tick.style.top = `${tick.getAttribute('data-pos')}%`;
  // What the filters leave, said in a live region as the history page says it ("7 of 37 rows shown", trial 16c #8:
  // pressing a filter hid rows and nothing was announced). Every filter ends by updating the map, and so this count.
  const shownCount = document.getElementById('shown-count');
  const allRows = Array.from(document.querySelectorAll<HTMLElement>('#rows .row'));
  // No filter is on when the page opens: every row is shown (said without reading each row's style), unless "Only
  // changes" is remembered on, which folds the unchanged runs.
  if (shownCount) shownCount.textContent = `${allRows.length} of ${allRows.length} rows shown`;
  if (onlyChanges.checked) countShown();
  function updateMinimap(): void {
    countShown();
    for (const tick of ticks) {
      const rows = (tick.getAttribute('data-rows') ?? '').split(' ').map((id) => document.getElementById(id));
      const shown = rows.some((row) => row !== null && !isFiltered(row));
      tick.classList.toggle('filtered', !shown);
    }
  }
  /**
   * The live count of rows on screen: a row folded into its run's one-line toggle ("Only changes") is not shown, nor
   * one a filter hides ("5 of 5 rows shown" stayed with three of the five folded, trial 20-b D17). Reads the page each
   * time (no state of its own), so a fold, an unfold or a filter may call it whenever it happens.
   */
  function countShown(): void {
    const counter = document.getElementById('shown-count');
    if (!counter) return;
    const rows = Array.from(document.querySelectorAll<HTMLElement>('#rows .row'));
    counter.textContent = `${rows.filter((row) => !isFiltered(row) && !isFolded(row)).length} of ${rows.length} rows shown`;
  }
  /** A row inside a run of unchanged rows folded into its toggle. */
  function isFolded(row: HTMLElement): boolean {
    const runRows = row.closest<HTMLElement>('.run-rows');
    return runRows !== null && getComputedStyle(runRows).display === 'none';
  }
  // Filtered out, as opposed to folded: a row inside a folded run still has a place on the map. A row is filtered when it
  // or a box around it is hidden, but for the folded run's rows: "Only position shifts" hides the unchanged runs
  // whole, and their rows were counted as shown ("28 of 100 rows shown" with one row on screen, trial 17b D16).
  function isFiltered(row: HTMLElement): boolean {
    for (let box: HTMLElement | null = row.closest<HTMLElement>('.row') ?? row; box && box.id !== 'rows'; box = box.parentElement) {
      if (getComputedStyle(box).display === 'none' && !box.classList.contains('run-rows')) return true;
    }
    return false;
  }
})();
