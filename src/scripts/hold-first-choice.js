document.addEventListener('click', function (e) {
  var b = e.target instanceof Element ? e.target.closest('button[data-held-choice]') : null;
  if (!b || b.disabled) return;
  var held = b.getAttribute('data-held-choice');
  var root = document.documentElement;
  if (held === 'start') {
    root.dataset.heldStart = '';
    var first = document.querySelector('.held-choices button');
    if (first) first.focus();
    return;
  }
  root.dataset.heldChoice = held;
  var status = document.getElementById('held-choice-status');
  if (status) status.textContent = status.dataset.text || '';
});
