// A resolution's lineage by year, from /api/lineage/<path>?depth=N: one column per year, predecessors (what it
// cites) and successors (what cites it) marked apart.
(function () {
  'use strict';
  var box = document.getElementById('timeline');
  if (!box) { return; }
  var status = document.getElementById('timeline-status');
  var depth = document.getElementById('t-depth');
  var pred = document.getElementById('t-pred');
  var succ = document.getElementById('t-succ');
  var data = null;
  var wanted = new URLSearchParams(window.location.search);
  if (['1', '2', '3'].indexOf(wanted.get('depth')) >= 0) { depth.value = wanted.get('depth'); }
  if (wanted.get('predecessors') === 'no') { pred.checked = false; }
  if (wanted.get('successors') === 'no') { succ.checked = false; }

  /** Keeps the URL in step with the controls, so that what is shown is linkable. */
  function remember() {
    var p = new URLSearchParams();
    if (depth.value !== '1') { p.set('depth', depth.value); }
    if (!pred.checked) { p.set('predecessors', 'no'); }
    if (!succ.checked) { p.set('successors', 'no'); }
    var q = p.toString();
    window.history.replaceState(null, '', window.location.pathname + (q ? '?' + q : ''));
  }

  function draw() {
    box.textContent = '';
    if (!data) { return; }
    var years = {};
    var order = [];
    data.resolutions.forEach(function (r) {
      if (r.side === 'predecessor' && !pred.checked || r.side === 'successor' && !succ.checked) { return; }
      var y = r.year === null || r.year === undefined ? 'year unknown' : String(r.year);
      if (!years[y]) { years[y] = []; order.push(y); }
      years[y].push(r);
    });
    order.forEach(function (y) {
      var col = document.createElement('section');
      col.className = 'year';
      var h = document.createElement('h3');
      h.textContent = y;
      col.appendChild(h);
      var ul = document.createElement('ul');
      years[y].forEach(function (r) {
        var li = document.createElement('li');
        li.className = r.side + ' depth-' + r.depth;
        var a = document.createElement('a');
        a.href = r.href;
        a.textContent = r.label;
        li.appendChild(a);
        if (r.title) { li.title = r.title; }
        ul.appendChild(li);
      });
      col.appendChild(ul);
      box.appendChild(col);
    });
    var n = data.resolutions.length - 1;
    status.textContent = n + ' resolutions in ' + order.length + ' years' + (data.truncated ? ' (capped)' : '') + '.';
  }

  function load() {
    status.textContent = 'Loading…';
    fetch(box.getAttribute('data-api') + '?depth=' + encodeURIComponent(depth.value),
      { headers: { 'Accept': 'application/json' } })
      .then(function (r) { if (!r.ok) { throw new Error('HTTP ' + r.status); } return r.json(); })
      .then(function (d) { data = d; draw(); box.setAttribute('data-loaded', 'true'); })
      .catch(function (e) { status.textContent = 'Could not load the lineage: ' + e.message; });
  }

  depth.addEventListener('change', function () { remember(); load(); });
  pred.addEventListener('change', function () { remember(); draw(); });
  succ.addEventListener('change', function () { remember(); draw(); });
  load();
}());
