// The SPARQL editor: CodeMirror's SPARQL mode over the query box; Run posts to /sparql and shows the results as a
// table (every value set as text, never as markup); choosing an example loads that named query.
(function () {
  'use strict';
  var area = document.getElementById('query');
  if (!area) { return; }
  var editor = CodeMirror.fromTextArea(area, { mode: 'application/sparql-query', lineNumbers: true, viewportMargin: Infinity });
  window.unkgEditor = editor;
  var results = document.getElementById('results');
  var examples = document.getElementById('examples');
  var named = {};
  fetch('/api/queries').then(function (r) { return r.json(); }).then(function (qs) {
    qs.forEach(function (q) { named[q.name] = q.query; });
  });
  examples.addEventListener('change', function () {
    if (named[examples.value]) { editor.setValue(named[examples.value]); }
  });

  function cell(b) {
    var td = document.createElement('td');
    if (!b) { return td; }
    if (b.type === 'uri') {
      var a = document.createElement('a');
      var local = b.value.indexOf('https://unkg.org/') === 0 && b.value.indexOf('#') < 0;
      a.href = local ? '/explore/' + b.value.substring('https://unkg.org/'.length) : b.value;
      a.textContent = b.value;
      td.appendChild(a);
    } else {
      td.textContent = b.value;
    }
    return td;
  }

  document.getElementById('sparql-form').addEventListener('submit', function (evt) {
    evt.preventDefault();
    editor.save();
    results.textContent = 'Running…';
    var body = new URLSearchParams();
    body.set('query', editor.getValue());
    fetch('/sparql', { method: 'POST', body: body,
      headers: { 'Accept': 'application/sparql-results+json' } })
      .then(function (r) { return r.text().then(function (t) { if (!r.ok) { throw new Error(t); } return JSON.parse(t); }); })
      .then(function (j) {
        results.textContent = '';
        if (j.boolean !== undefined) { results.textContent = String(j.boolean); return; }
        var vars = j.head.vars;
        var table = document.createElement('table');
        table.id = 'results-table';
        var tr = document.createElement('tr');
        vars.forEach(function (v) { var th = document.createElement('th'); th.textContent = v; tr.appendChild(th); });
        table.appendChild(tr);
        j.results.bindings.forEach(function (b) {
          var row = document.createElement('tr');
          vars.forEach(function (v) { row.appendChild(cell(b[v])); });
          table.appendChild(row);
        });
        var p = document.createElement('p');
        p.className = 'meta';
        p.textContent = j.results.bindings.length + ' rows.';
        results.appendChild(p);
        results.appendChild(table);
      })
      .catch(function (e) { results.textContent = 'Error: ' + e.message; });
  });
}());
