// The history page's script: the kind filters, "Only changes" (remembered, as in the pair report), the strip's width.
// A plain script (no import or export), compiled by `tsconfig.client.json` and inlined into history.hbs by the template
// registry (src/report/templates.ts), which also puts its hash in the page's Content-Security-Policy.
(() => {
  const root = document.documentElement;
  root.classList.add('js');
  const page = document.getElementById('report') as HTMLElement;
  // The strip's column count: set here because the Content-Security-Policy forbids style attributes.
  page.style.setProperty('--versions', page.dataset.versions ?? '3');

  const positions = Array.from(document.querySelectorAll<HTMLElement>('.position'));
  const buttons = Array.from(document.querySelectorAll<HTMLButtonElement>('[data-filter]'));
  const onlyChanges = document.getElementById('only-changes') as HTMLInputElement;
  const shownCount = document.getElementById('shown-count') as HTMLElement;

  // A position is shown when one of its tags is pressed and, with "Only changes", when something happened to it.
  const apply = (): void => {
    const pressed = new Set(buttons.filter((button) => button.getAttribute('aria-pressed') === 'true').map((button) => button.dataset.filter));
    let shown = 0;
    for (const position of positions) {
      const tags = (position.dataset.tags ?? '').split(' ');
      const filtered = !tags.some((tag) => pressed.has(tag));
      position.classList.toggle('filtered', filtered);
      if (!filtered && (!onlyChanges.checked || position.classList.contains('is-changed'))) shown++;
    }
    page.classList.toggle('only-changes', onlyChanges.checked);
    shownCount.textContent = `${shown} of ${positions.length} positions shown`;
  };
  for (const button of buttons) {
    button.addEventListener('click', () => {
      button.setAttribute('aria-pressed', String(button.getAttribute('aria-pressed') !== 'true'));
      apply();
    });
  }
  // "only" beside a kind shows the positions marked with it and no other (trial 17b D15: listing what was dropped took
  // ten clicks, one per other kind); "Show all kinds" turns every kind on again.
  for (const only of Array.from(document.querySelectorAll<HTMLButtonElement>('[data-only]'))) {
    only.addEventListener('click', () => {
      for (const button of buttons) button.setAttribute('aria-pressed', String(button.dataset.filter === only.dataset.only));
      apply();
    });
  }
  document.getElementById('show-all')?.addEventListener('click', () => {
    for (const button of buttons) button.setAttribute('aria-pressed', 'true');
    apply();
  });

  // "Only changes" is remembered across pages, like the pair report's (storage may be refused: then it is not).
  const ONLY_CHANGES_KEY = 'redline.only-changes';
  try {
    onlyChanges.checked = window.localStorage.getItem(ONLY_CHANGES_KEY) === 'true';
  } catch {
    onlyChanges.checked = false;
  }
  onlyChanges.addEventListener('change', () => {
    try {
      window.localStorage.setItem(ONLY_CHANGES_KEY, String(onlyChanges.checked));
    } catch {
      // Storage refused (a file: page in some browsers): the switch still works for this page.
    }
    apply();
  });
  apply();
})();
