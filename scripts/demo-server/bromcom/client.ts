/**
 * The Bromcom-style page script (plain browser JS): a selected cell turns green, a changed one
 * yellow, and the page says how many changes are unsaved until the form is posted with Save.
 * Clicking a session column heading selects that column; "All Present" fills blank marks.
 */
export const BROMCOM_CLIENT = String.raw`
(function () {
  'use strict';
  var form = document.getElementById('aspnetForm');
  if (!form) return;
  var VALID = /^(\/|\\|L|U|[BCDEGIKMNOPQRSTVWXZ#]|C1|C2|J1|Y[1-7])$/;
  var status = document.getElementById('bc-unsaved');
  var baseTitle = document.title;
  function fields() { return Array.prototype.slice.call(form.querySelectorAll('input.att-cell:not([disabled]), select.att-mark, input.att-late, input.att-comment')); }
  function changed(el) {
    if (el.tagName === 'SELECT') {
      var def = '';
      Array.prototype.forEach.call(el.options, function (o) { if (o.defaultSelected) def = o.value; });
      return el.value !== def;
    }
    return el.value !== el.defaultValue;
  }
  function refresh() {
    var n = 0;
    fields().forEach(function (el) {
      var c = changed(el);
      el.classList.toggle('att-changed', c);
      if (c) n++;
      if (el.classList.contains('att-cell')) {
        var ok = el.value === '' || VALID.test(el.value);
        el.classList.toggle('att-invalid', !ok);
        el.title = ok ? '' : 'Not a valid attendance code';
      }
    });
    if (status) {
      status.hidden = n === 0;
      status.querySelector('b').textContent = String(n);
    }
    document.title = (n ? '* ' : '') + baseTitle;
  }
  form.addEventListener('input', function (e) {
    var el = e.target;
    if (el.classList && el.classList.contains('att-cell')) el.value = el.value.toUpperCase().replace(/[^A-Z0-9\/\\#]/g, '');
    refresh();
  });
  form.addEventListener('change', refresh);
  form.addEventListener('focusin', function (e) {
    Array.prototype.forEach.call(form.querySelectorAll('.att-selected'), function (x) { x.classList.remove('att-selected'); });
    if (e.target.classList && e.target.classList.contains('att-cell')) e.target.classList.add('att-selected');
  });
  Array.prototype.forEach.call(form.querySelectorAll('th[data-col]'), function (th) {
    th.addEventListener('click', function () {
      var col = th.getAttribute('data-col');
      Array.prototype.forEach.call(form.querySelectorAll('th.att-col-selected'), function (x) { x.classList.remove('att-col-selected'); });
      th.classList.add('att-col-selected');
      Array.prototype.forEach.call(form.querySelectorAll('input.att-cell'), function (x) { x.classList.toggle('att-selected', x.getAttribute('data-col') === col); });
    });
  });
  var allPresent = document.getElementById('btnAllPresent');
  if (allPresent) allPresent.addEventListener('click', function () {
    Array.prototype.forEach.call(form.querySelectorAll('select.att-mark'), function (s) {
      if (s.value === '') s.value = s.getAttribute('data-present');
    });
    refresh();
  });
  refresh();
})();
`;
