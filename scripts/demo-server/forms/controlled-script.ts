/**
 * A tiny "controlled inputs" framework, inlined into the script-controlled forms. Like React, the
 * state object is the truth and inputs are re-rendered from it: typing fires `input`, which updates
 * the state; a script that only sets `el.value = …` (no input/change event) changes the DOM but not
 * the state, so the next render (any input event, any blur, and submit) puts the old value back and
 * the submitted data never contains it. Prefill must use the native setter plus events.
 */
export const CONTROLLED_SCRIPT = String.raw`
(function () {
  'use strict';
  var form = document.querySelector('form[data-controlled]');
  if (!form) return;
  var state = {};
  function keyOf(el) { return el.type === 'checkbox' ? el.name + '\u0000' + el.value : el.name; }
  function read(el) { return el.type === 'checkbox' ? el.checked : el.type === 'radio' ? (el.checked ? el.value : undefined) : el.value; }
  function bound() { return Array.prototype.slice.call(form.querySelectorAll('[data-bind]')); }
  function adopt(el) {
    var k = keyOf(el), v = read(el);
    if (el.type === 'radio') { if (!(k in state)) state[k] = ''; if (v !== undefined) state[k] = v; }
    else state[k] = v;
  }
  bound().forEach(adopt);

  function render() {
    bound().forEach(function (el) {
      var v = state[keyOf(el)];
      if (el.type === 'checkbox') { if (el.checked !== !!v) el.checked = !!v; }
      else if (el.type === 'radio') { var on = v === el.value; if (el.checked !== on) el.checked = on; }
      else if (el.value !== (v == null ? '' : v)) el.value = v == null ? '' : v;
    });
    form.setAttribute('data-render-count', String(Number(form.getAttribute('data-render-count') || '0') + 1));
  }
  function onEvent(e) {
    var el = e.target;
    if (!el || !el.hasAttribute || !el.hasAttribute('data-bind')) return;
    var v = read(el);
    if (el.type === 'radio') { if (v !== undefined) state[el.name] = v; }
    else state[keyOf(el)] = v;
    render();
  }
  form.addEventListener('input', onEvent);
  form.addEventListener('change', onEvent);
  form.addEventListener('focusout', function () { setTimeout(render, 0); });

  // Growing table of pupil rows (returns pathway).
  var tbody = form.querySelector('#pupil-rows tbody');
  var tpl = form.querySelector('#pupil-row-template');
  function rowCount() { return tbody ? tbody.querySelectorAll('tr[data-row]').length : 0; }
  form.addEventListener('click', function (e) {
    var btn = e.target && e.target.closest ? e.target.closest('[data-action]') : null;
    if (!btn || !tbody || !tpl) return;
    if (btn.getAttribute('data-action') === 'add-row') {
      var n = rowCount();
      if (n >= Number(form.querySelector('#pupil-rows').getAttribute('data-max'))) return;
      var htmlText = tpl.innerHTML.split('__ROW__').join(String(n)).split('__N__').join(String(n + 1));
      tbody.insertAdjacentHTML('beforeend', htmlText);
      Array.prototype.forEach.call(tbody.lastElementChild.querySelectorAll('[data-bind]'), adopt);
      render();
    } else if (btn.getAttribute('data-action') === 'remove-row' && rowCount() > 1) {
      var last = tbody.lastElementChild;
      Array.prototype.forEach.call(last.querySelectorAll('[data-bind]'), function (el) { delete state[keyOf(el)]; });
      last.remove();
    }
  });

  form.addEventListener('submit', function (e) {
    render();
    var summary = form.querySelector('.govuk-error-summary');
    var list = summary.querySelector('ul');
    list.innerHTML = '';
    var missing = [];
    var seen = {};
    Array.prototype.forEach.call(form.querySelectorAll('[aria-required=true][data-bind]'), function (el) {
      if (seen[el.name]) return;
      seen[el.name] = true;
      var k = el.type === 'radio' ? el.name : keyOf(el);
      var v = state[k];
      if (v === '' || v === false || v == null) missing.push(el);
    });
    if (missing.length) {
      e.preventDefault();
      missing.forEach(function (el) {
        var label = el.type === 'radio' ? el.closest('fieldset').querySelector('legend').textContent : (form.querySelector('label[for="' + el.id + '"]') || {}).textContent;
        var li = document.createElement('li');
        var a = document.createElement('a');
        a.href = '#' + el.id;
        var text = (label || el.name).replace(/\s*\(required\)\s*$/, '');
        a.textContent = el.type === 'checkbox' ? 'Tick to confirm: ' + text : text + ' is required';
        li.appendChild(a);
        list.appendChild(li);
      });
      summary.hidden = false;
      summary.focus();
    }
  });
  window.__demoFormState = state;
})();
`;
