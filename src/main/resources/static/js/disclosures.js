// The site's menu and the search filters wait behind one control on a phone only: from 48rem the stylesheet
// shows them without it, and this opens them too, so that the page says so to assistive technology and to
// browser automation as well as to the eye. Narrowed again, they close.
const wide = window.matchMedia('(min-width: 48rem)');
const openWhenWide = () => {
  for (const details of document.querySelectorAll('details.open-when-wide')) {
    details.open = wide.matches;
  }
};
openWhenWide();
wide.addEventListener('change', openWhenWide);
