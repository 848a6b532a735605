/**
 * The Arbor-style page script (plain browser JS, inlined into every Arbor page):
 * - SPA navigation: same-app links are fetched as JSON fragments and swapped into #mis-content, with
 *   history.pushState / popstate, and a loading spinner like Arbor's (`.loading-spinner--hide`);
 * - the take-register page: unsaved edits are shown per row and in a banner until Save POSTs them;
 * - the virtualised marks grid: ~30 row elements recycled on scroll (aria-rowcount / aria-rowindex).
 */
export const ARBOR_CLIENT = String.raw`
(function () {
  'use strict';
  var content = document.getElementById('mis-content');
  var spinner = document.querySelector('.loading-spinner');

  function setLoading(on) { if (spinner) spinner.classList.toggle('loading-spinner--hide', !on); }

  function navigate(url, push) {
    setLoading(true);
    return fetch(url, { headers: { 'X-Requested-With': 'mis-spa', Accept: 'application/json' } })
      .then(function (r) { if (!r.ok) throw new Error('HTTP ' + r.status); return r.json(); })
      .then(function (page) {
        // Arbor re-renders asynchronously: the old page is emptied first, the new one arrives a tick later.
        content.innerHTML = '';
        setTimeout(function () {
          content.innerHTML = page.html;
          content.setAttribute('data-route', page.route);
          document.title = page.title;
          if (push) history.pushState({ spa: true }, '', url);
          window.scrollTo(0, 0);
          initPage();
          setLoading(false);
        }, 30);
      })
      .catch(function () { location.href = url; });
  }

  document.addEventListener('click', function (e) {
    var a = e.target && e.target.closest ? e.target.closest('a[href]') : null;
    if (!a || a.hasAttribute('data-full-load') || a.target || e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
    var url = new URL(a.getAttribute('href'), location.href);
    if (url.origin !== location.origin || url.pathname.indexOf('/arbor/') !== 0) return;
    e.preventDefault();
    navigate(url.pathname + url.search, true);
  });
  window.addEventListener('popstate', function () { navigate(location.pathname + location.search, false); });

  function toast(text) {
    var t = document.createElement('div');
    t.className = 'mis-toast';
    t.setAttribute('role', 'status');
    t.textContent = text;
    document.body.appendChild(t);
    setTimeout(function () { t.remove(); }, 2500);
  }

  // ---- take register ----
  function initRegister(root) {
    var rows = Array.prototype.slice.call(root.querySelectorAll('[role=row][data-student-id]'));
    var banner = root.querySelector('.mis-banner--unsaved');
    var savedBanner = root.querySelector('.mis-banner--saved');
    var saveBtn = root.querySelector('[data-action=save]');
    function fields(row) {
      return { mark: row.querySelector('select'), late: row.querySelector('input[type=number]'), note: row.querySelector('input[type=text]') };
    }
    function isDirty(row) {
      var f = fields(row);
      return f.mark.value !== f.mark.getAttribute('data-saved-value') ||
        f.late.value !== f.late.getAttribute('data-saved-value') ||
        f.note.value !== f.note.getAttribute('data-saved-value');
    }
    function refresh() {
      var n = 0;
      rows.forEach(function (row) {
        var d = isDirty(row);
        if (d) n++;
        row.classList.toggle('mis-row--unsaved', d);
        if (d) row.setAttribute('data-unsaved', 'true'); else row.removeAttribute('data-unsaved');
        var pill = row.querySelector('.mis-pill--unsaved');
        if (pill) pill.hidden = !d;
      });
      banner.hidden = n === 0;
      banner.querySelector('.count').textContent = String(n);
      if (n > 0) savedBanner.hidden = true;
      saveBtn.disabled = n === 0;
    }
    root.addEventListener('change', refresh);
    root.addEventListener('input', refresh);
    var blanks = root.querySelector('[data-action=mark-blanks]');
    if (blanks) blanks.addEventListener('click', function () {
      rows.forEach(function (row) { var s = fields(row).mark; if (s.value === '') s.value = 'PRESENT'; });
      refresh();
    });
    saveBtn.addEventListener('click', function () {
      var dirty = rows.filter(isDirty);
      var start = root.getAttribute('data-session-start');
      var marks = dirty.map(function (row) {
        var f = fields(row);
        var m = { student: Number(row.getAttribute('data-student-id')), attendanceMark: f.mark.value, sessionStartTime: start };
        if (f.late.value !== '') m.minutesLate = Number(f.late.value);
        if (f.note.value !== '') m.note = f.note.value;
        return m;
      });
      saveBtn.disabled = true;
      setLoading(true);
      fetch('/arbor/rest-v2/attendance-registration', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ request: { marks: marks } })
      }).then(function (r) { if (!r.ok) throw new Error('HTTP ' + r.status); return r.json(); })
        .then(function () {
          dirty.forEach(function (row) {
            var f = fields(row);
            [f.mark, f.late, f.note].forEach(function (el) { el.setAttribute('data-saved-value', el.value); });
          });
          refresh();
          savedBanner.hidden = false;
          toast('Register saved');
        })
        .catch(function () { toast('Could not save the register'); saveBtn.disabled = false; })
        .then(function () { setLoading(false); });
    });
    refresh();
  }

  // ---- virtualised marks grid ----
  function initVirtualGrid(root) {
    var scroller = root.querySelector('.mis-vgrid');
    var spacer = root.querySelector('.mis-vgrid__spacer');
    var pool = Array.prototype.slice.call(spacer.querySelectorAll('[role=row].v-row'));
    var rowH = 40, headerRows = Number(root.getAttribute('data-header-rows') || '2');
    var data = null;
    fetch(root.getAttribute('data-source'), { headers: { Accept: 'application/json' } })
      .then(function (r) { return r.json(); })
      .then(function (json) { data = json; spacer.style.height = (data.rows.length * rowH) + 'px'; paint(); });
    function paint() {
      if (!data) return;
      var first = Math.max(0, Math.min(Math.floor(scroller.scrollTop / rowH) - 5, data.rows.length - pool.length));
      pool.forEach(function (el, k) {
        var i = first + k;
        var row = data.rows[i];
        if (!row) { el.hidden = true; return; }
        el.hidden = false;
        el.style.top = (i * rowH) + 'px';
        el.setAttribute('aria-rowindex', String(i + 1 + headerRows));
        if (el.getAttribute('data-row-key') === row.key) return;
        el.setAttribute('data-row-key', row.key);
        el.setAttribute('data-student-id', row.key);
        el.innerHTML = row.html;
      });
    }
    scroller.addEventListener('scroll', function () { window.requestAnimationFrame(paint); });
  }

  function initPage() {
    Array.prototype.forEach.call(content.querySelectorAll('[data-behaviour=register]'), initRegister);
    Array.prototype.forEach.call(content.querySelectorAll('[data-behaviour=virtual-grid]'), initVirtualGrid);
  }
  initPage();
})();
`;
