// Copy buttons: a button with data-copy names the text field it copies, and says data-copied once it
// has. The buttons are hidden until this script runs, as they do nothing without it; results that
// htmx swaps in, or restores from the history, get theirs shown too.
function showCopyButtons() {
  document.querySelectorAll('button[data-copy]').forEach((button) => { button.hidden = false; });
}

document.addEventListener('click', (event) => {
  const button = event.target.closest('button[data-copy]');
  if (!button) {
    return;
  }
  const text = document.getElementById(button.dataset.copy);
  text.select();
  navigator.clipboard.writeText(text.value).then(() => { button.textContent = button.dataset.copied; });
});

showCopyButtons();
for (const swapped of ['htmx:afterSwap', 'htmx:historyRestore']) {
  document.addEventListener(swapped, showCopyButtons);
}
