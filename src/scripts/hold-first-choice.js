// Inlined in the role-play page before its island (see src/components/scenario/held-choice.ts):
// a click on the first screen's start button or first choices, before the island is live, is
// held on the root element and said in the status line; starting shows the first choices.
document.addEventListener('click', function (event) {
  var button = event.target instanceof Element ? event.target.closest('button[data-held-choice]') : null;
  if (!button || button.disabled) return;
  var held = button.getAttribute('data-held-choice');
  var root = document.documentElement;
  var status = document.getElementById('held-choice-status');
  if (held === 'start') {
    root.dataset.heldStart = '';
    var first = document.querySelector('.held-choices button');
    if (first) first.focus();
    return;
  }
  root.dataset.heldChoice = held;
  if (status) status.textContent = status.dataset.text || '';
});
