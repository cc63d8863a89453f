var d = document,
  r = d.documentElement;
function held(e) {
  var b = e.target instanceof Element && e.target.closest('button[data-held-choice]');
  return b && !b.disabled && b.getAttribute('data-held-choice');
}
function unpress() {
  delete r.dataset.pressed;
}
function press(e) {
  if (held(e) && (e.type === 'pointerdown' || e.key === ' ')) r.dataset.pressed = '';
}
d.addEventListener('pointerdown', press);
d.addEventListener('keydown', press);
d.addEventListener('pointerup', unpress);
d.addEventListener('pointercancel', unpress);
d.addEventListener('keyup', unpress);
d.addEventListener('click', function (e) {
  var h = held(e);
  if (h === 'start') {
    r.dataset.heldStart = '';
    var f = d.querySelector('.held-choices button');
    if (f) f.focus();
  } else if (h) {
    r.dataset.heldChoice = h;
    var s = d.getElementById('held-choice-status');
    if (s) s.textContent = s.dataset.text || '';
  }
});
