// Review screen: every action (accept, correct, reject, accept all) updates the screen in place with htmx,
// the focus moves to the proposal that comes next, and keys drive the whole flow. Configured here, as the
// page allows no inline script or style; without JavaScript the same forms post and come back to where
// the editor was.

htmx.config.includeIndicatorStyles = false;
htmx.config.allowEval = false;
htmx.config.allowScriptTags = false;

// the proposals, then the quotes already accepted: j and k go through both
const ITEMS = '.proposal-list > li, .accepted-list > li';

// the part of the screen the server sent says where the focus goes: the proposal after the one acted on,
// the speaker of the one opened for correction, the field that needs fixing, or the publishing checklist
function focusAsTold() {
  for (const part of document.querySelectorAll('[data-focus]')) {
    const id = part.dataset.focus;
    delete part.dataset.focus;
    const target = document.getElementById(id);
    if (target) {
      const invalid = target.querySelector('[aria-invalid=true]');
      (invalid || target).focus();
    }
  }
}

document.addEventListener('htmx:afterSettle', focusAsTold);

// an answer htmx cannot put in place (a refused form, a page changed meanwhile) is shown as a page of its
// own, as without JavaScript
function asAPage(event) {
  const element = event.detail.elt;
  if (element instanceof HTMLFormElement) {
    element.submit();
  } else if (element instanceof HTMLAnchorElement) {
    window.location.assign(element.href);
  }
}
document.addEventListener('htmx:responseError', asAPage);
document.addEventListener('htmx:sendError', asAPage);

function items() {
  return [...document.querySelectorAll(ITEMS)];
}

function current() {
  const active = document.activeElement;
  return (active && active.closest(ITEMS)) || document.querySelector('.proposal-list > li:target, .accepted-list > li:target');
}

function go(step) {
  const all = items();
  if (all.length === 0) return;
  const at = all.indexOf(current());
  const next = (at < 0) ? (step > 0 ? 0 : all.length - 1) : Math.min(Math.max(at + step, 0), all.length - 1);
  all[next].focus();
}

function follow(item, selector) {
  const link = item && item.querySelector(selector);
  if (link) link.click();
}

function correct(item) {
  follow(item, '.edit-link');
}

function submit(item, selector) {
  const form = item && item.querySelector(selector);
  if (form) {
    form.requestSubmit();
  } else if (selector === '.accept-form' && item && item.matches('.proposal-list > li')) {
    // a proposal without a speaker is accepted by choosing one first
    correct(item);
  }
}

const KEYS = {
  j: () => go(1),
  k: () => go(-1),
  a: () => submit(current(), '.accept-form'),
  r: () => submit(current(), '.reject-form'),
  e: () => correct(current()),
  l: () => follow(current(), '.link-link'),
};

document.addEventListener('keydown', (event) => {
  if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
  const field = event.target.closest && event.target.closest('input, select, textarea, [contenteditable]');
  if (field) {
    // Escape leaves a field for its proposal, where the keys work again
    if (event.key === 'Escape' && field.closest(ITEMS)) {
      field.closest(ITEMS).focus();
      event.preventDefault();
    }
    return;
  }
  const action = KEYS[event.key];
  if (action) {
    event.preventDefault();
    action();
  }
});

const help = document.getElementById('review-keys');
if (help) help.hidden = false;

// a page opened at a proposal (as the screen comes back without JavaScript) starts there
const opened = window.location.hash && document.getElementById(window.location.hash.slice(1));
if (opened && opened.matches(ITEMS)) {
  opened.focus();
}
focusAsTold();
