/**
 * The check guide's island: one step at a time. Every link to a step (the list of steps, previous,
 * next) shows that step, moves focus to its heading and announces it; the browser's back button
 * walks back. Without it, every step is a section on the page.
 */
export function startCheckGuide() {
  const root = document.querySelector<HTMLElement>('[data-check-guide]');
  if (!root) return;
  const steps = [...root.querySelectorAll<HTMLElement>('[data-step]')];
  const status = root.querySelector<HTMLElement>('[data-check-status]');
  const listLinks = [...root.querySelectorAll<HTMLAnchorElement>('[data-step-list] a')];
  const stepOf = (hash: string) => steps.find((s) => `#${s.id}` === hash);

  const show = (step: HTMLElement, moveFocus: boolean) => {
    for (const s of steps) s.hidden = s !== step;
    for (const a of listLinks) {
      if (a.hash === `#${step.id}`) a.setAttribute('aria-current', 'step');
      else a.removeAttribute('aria-current');
    }
    if (moveFocus) {
      if (status) status.textContent = step.dataset.status ?? '';
      step.querySelector<HTMLElement>('h2')?.focus();
    }
  };

  root.classList.add('is-stepped');
  show(stepOf(location.hash) ?? steps[0]!, false);

  root.addEventListener('click', (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a[href^="#step-"]');
    const step = link && stepOf(link.hash);
    if (!step || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    if (location.hash !== link.hash) history.pushState(null, '', link.hash);
    show(step, true);
  });
  window.addEventListener('popstate', () => show(stepOf(location.hash) ?? steps[0]!, true));
}
