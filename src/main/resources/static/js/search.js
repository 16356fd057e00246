// Search page: htmx updates the results as one types (configured here, as the page allows no inline
// script or style).

htmx.config.includeIndicatorStyles = false;
htmx.config.allowEval = false;
htmx.config.allowScriptTags = false;
// a 400 carries the message that names the bad filter: show it in place of the results
htmx.config.responseHandling = [
  { code: '204', swap: false },
  { code: '[23]..', swap: true },
  { code: '400', swap: true, error: false },
  { code: '[45]..', swap: false, error: true },
];


// the search whose results are on screen or on their way: typing, leaving the box and pressing Enter
// each ask for the same search, which is asked for (and put in the history) once
let searched = new URLSearchParams(window.location.search).toString();

// empty filters stay out of the request, and so out of the address pushed to the history
document.addEventListener('htmx:configRequest', (event) => {
  const form = event.detail.formData;
  [...form.keys()].filter((name) => form.getAll(name).every((value) => value === ''))
    .forEach((name) => form.delete(name));
  const search = new URLSearchParams(form).toString();
  if (search === searched) {
    event.preventDefault();
  }
  searched = search;
});

// a search that failed on the way may be asked for again
for (const failure of ['htmx:sendError', 'htmx:responseError']) {
  document.addEventListener(failure, () => { searched = null; });
}

// going back restores the results of an earlier search but not what the form held then: set the
// fields from the address, so that the next change starts from the search on screen
document.addEventListener('htmx:historyRestore', () => {
  const parameters = new URLSearchParams(window.location.search);
  searched = parameters.toString();
  for (const field of document.getElementById('search-form').elements) {
    if (field.name) {
      const fallback = (field.tagName === 'SELECT') ? field.options[0].value : '';
      field.value = parameters.get(field.name) ?? fallback;
    }
  }
});

// on a phone the filters wait behind one control that says how many are set: keep its count to the form
const filters = document.querySelector('.filters-toggle');
if (filters) {
  const summary = filters.querySelector('summary');
  const count = () => {
    const set = [...filters.querySelectorAll('input, select')]
      .filter((field) => field.name && field.name !== 'sort' && field.value.trim() !== '').length;
    summary.textContent = (set > 0) ? summary.dataset.some.replace('{0}', set) : summary.dataset.none;
  };
  filters.addEventListener('input', count);
  filters.addEventListener('change', count);
  document.addEventListener('htmx:historyRestore', count);
}
