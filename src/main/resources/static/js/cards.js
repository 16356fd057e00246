// Article page: activating a mark in the text (click, tap, or Enter on its focus) opens its card in place
// instead of leaving for the quote's page. The cards come with the page as <template>s; one is open at a time.
// On a wide screen the card sits in the margin, level with the mark; on a narrow one, just below its paragraph.
// In the page's order it always follows the paragraph, so that Tab reaches its links next. Esc or its close
// button closes it and gives the focus back to the mark. Without this script each mark is a plain link.
const page = document.querySelector('.article-page');
const frame = document.getElementById('card-frame');
const marks = [...document.querySelectorAll('.article .body mark a[data-cards]')];

if (page && frame && marks.length > 0) {
  const wide = window.matchMedia('(min-width: 64rem)');
  const card = frame.content.firstElementChild.cloneNode(true);
  const parts = card.querySelector('.card-parts');
  let opener = null;

  card.hidden = true;
  document.querySelector('.article .body').append(card);

  // beside the text: over the side column, from the mark's line down
  function place() {
    opener.closest('p').after(card);
    const side = page.querySelector('.article-side');
    if (wide.matches && side) {
      const origin = page.getBoundingClientRect();
      const column = side.getBoundingClientRect();
      card.classList.add('beside');
      card.style.left = `${column.left - origin.left}px`;
      card.style.width = `${column.width}px`;
      card.style.top = `${opener.getBoundingClientRect().top - origin.top}px`;
    } else {
      card.classList.remove('beside');
      card.style.removeProperty('left');
      card.style.removeProperty('width');
      card.style.removeProperty('top');
    }
  }

  function open(mark) {
    if (opener) opener.setAttribute('aria-expanded', 'false');
    const templates = mark.dataset.cards.split(' ').map((id) => document.getElementById(id)).filter(Boolean);
    parts.replaceChildren(...templates.map((template) => template.content.cloneNode(true)));
    const headings = [...parts.querySelectorAll('.card-heading')];
    headings.forEach((heading, index) => { heading.id = `mark-card-heading-${index}`; });
    card.setAttribute('aria-labelledby', headings.map((heading) => heading.id).join(' '));
    opener = mark;
    mark.setAttribute('aria-expanded', 'true');
    place();
    card.hidden = false;
    // focus moves into the card, so that a screen reader reads its name and a keyboard is at its links
    card.focus();
  }

  function close() {
    if (!opener) return;
    const mark = opener;
    opener = null;
    card.hidden = true;
    mark.setAttribute('aria-expanded', 'false');
    mark.focus();
  }

  for (const mark of marks) {
    mark.setAttribute('aria-expanded', 'false');
    mark.setAttribute('aria-controls', card.id);
    mark.addEventListener('click', (event) => {
      // a click with a modifier key still opens the quote's page, in a new tab or window
      if (event.ctrlKey || event.metaKey || event.shiftKey || event.altKey || event.button !== 0) return;
      event.preventDefault();
      if (opener === mark) close(); else open(mark);
    });
  }
  card.querySelector('.card-close').addEventListener('click', close);
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && opener) {
      event.preventDefault();
      close();
    }
  });
  wide.addEventListener('change', () => { if (opener) place(); });
  window.addEventListener('resize', () => { if (opener) place(); });
}
