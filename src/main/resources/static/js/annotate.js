// Text selection → W3C selectors: selecting words in the article text fills the exact words and their
// position (Java String indexes, i.e. UTF-16 code units, as the server counts them) into the span forms.
const text = document.getElementById('annotatable');

function offsetIn(paragraph, node, offset) {
  const range = document.createRange();
  range.setStart(paragraph, 0);
  range.setEnd(node, offset);
  return Number(paragraph.dataset.start) + range.toString().length;
}

function paragraphOf(node) {
  const element = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
  return element && element.closest('#annotatable p[data-start]');
}

function fill(start, end, exact) {
  for (const form of document.querySelectorAll('.span-form')) {
    form.querySelector('.span-exact').value = exact;
    form.querySelector('.span-start').value = start;
    form.querySelector('.span-end').value = end;
  }
}

function fillFromSelection() {
  const selection = window.getSelection();
  if (!selection || selection.isCollapsed) return;
  const range = selection.getRangeAt(0);
  const first = paragraphOf(range.startContainer);
  const last = paragraphOf(range.endContainer);
  if (!first || !last) return;
  const words = selection.toString();
  // a triple-clicked paragraph ends with its line break: the white space around the words is not theirs
  const start = offsetIn(first, range.startContainer, range.startOffset) + words.length - words.trimStart().length;
  const end = offsetIn(last, range.endContainer, range.endOffset) - (words.length - words.trimEnd().length);
  if (end > start) fill(start, end, words.trim());
}

if (text) {
  // every way of selecting counts: mouse, keyboard and touch all change the selection
  document.addEventListener('selectionchange', fillFromSelection);
  // Typing in the exact-words box drops the positions: the server then finds the words itself.
  for (const box of document.querySelectorAll('.span-exact')) {
    box.addEventListener('input', () => {
      const form = box.closest('.span-form');
      form.querySelector('.span-start').value = '';
      form.querySelector('.span-end').value = '';
    });
  }
}
