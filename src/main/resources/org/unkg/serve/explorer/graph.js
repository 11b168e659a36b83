// The citation neighbourhood of one thing, drawn with Cytoscape.js from /api/neighbourhood/<path>.
// Filters hide what does not match; "Expand" (or a double click) adds a node's own neighbourhood.
(function () {
  'use strict';
  var box = document.getElementById('graph');
  if (!box) { return; }
  var status = document.getElementById('graph-status');
  var info = document.getElementById('graph-info');
  var expanded = {};
  var cy = cytoscape({
    container: box,
    wheelSensitivity: 0.3,
    style: [
      { selector: 'node', style: { 'label': 'data(label)', 'font-size': 9, 'width': 14, 'height': 14,
        'background-color': '#7a869a', 'text-valign': 'bottom', 'color': '#222' } },
      { selector: 'node[organKey = "ga"]', style: { 'background-color': '#1f6fb2' } },
      { selector: 'node[organKey = "sc"]', style: { 'background-color': '#c0392b' } },
      { selector: 'node[kind = "treaty"]', style: { 'shape': 'diamond', 'background-color': '#2e8b57' } },
      { selector: 'node[kind = "document"]', style: { 'shape': 'rectangle', 'background-color': '#b8860b' } },
      { selector: 'node.focus', style: { 'width': 26, 'height': 26, 'border-width': 3, 'border-color': '#000' } },
      { selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#f39c12' } },
      { selector: 'edge', style: { 'width': 1, 'line-color': '#bbb', 'target-arrow-color': '#bbb',
        'target-arrow-shape': 'triangle', 'curve-style': 'bezier', 'arrow-scale': 0.7 } },
      { selector: '.hidden', style: { 'display': 'none' } }
    ]
  });
  window.unkgGraph = cy;

  function select(id) { return document.getElementById(id); }
  function fillOptions(sel, values) {
    var have = {};
    Array.prototype.forEach.call(sel.options, function (o) { have[o.value] = true; });
    values.sort().forEach(function (v) {
      if (v === '' || v === null || v === undefined || have[v]) { return; }
      var o = document.createElement('option');
      o.value = String(v);
      o.textContent = String(v);
      sel.appendChild(o);
      have[v] = true;
    });
  }

  function refreshControls() {
    var decades = [], sections = [], verbs = [];
    cy.nodes().forEach(function (n) { if (n.data('decade')) { decades.push(String(n.data('decade'))); } });
    cy.edges().forEach(function (e) {
      (e.data('sections') || []).forEach(function (s) { sections.push(s); });
      (e.data('verbs') || []).forEach(function (v) { verbs.push(v); });
    });
    fillOptions(select('f-decade'), decades);
    fillOptions(select('f-section'), sections);
    fillOptions(select('f-verb'), verbs);
    var ex = select('expand-node');
    var current = ex.value;
    ex.textContent = '';
    cy.nodes().sort(function (a, b) { return a.data('label') < b.data('label') ? -1 : 1; }).forEach(function (n) {
      if (!n.data('api') || expanded[n.id()]) { return; }
      var o = document.createElement('option');
      o.value = n.id();
      o.textContent = n.data('label');
      ex.appendChild(o);
    });
    if (current) { ex.value = current; }
    if (ex.selectedIndex < 0 && ex.options.length > 0) { ex.selectedIndex = 0; }
  }

  var FILTERS = { organ: 'f-organ', decade: 'f-decade', section: 'f-section', verb: 'f-verb' };
  var wanted = new URLSearchParams(window.location.search);

  /** Sets the filters the URL names (once their options exist), so that a filtered graph is linkable. */
  function restoreFilters() {
    Object.keys(FILTERS).forEach(function (k) {
      var v = wanted.get(k);
      var sel = select(FILTERS[k]);
      if (v && Array.prototype.some.call(sel.options, function (o) { return o.value === v; })) {
        sel.value = v;
        wanted.delete(k);
      }
    });
  }

  function rememberFilters() {
    var p = new URLSearchParams();
    Object.keys(FILTERS).forEach(function (k) { if (select(FILTERS[k]).value) { p.set(k, select(FILTERS[k]).value); } });
    var q = p.toString();
    window.history.replaceState(null, '', window.location.pathname + (q ? '?' + q : ''));
  }

  function applyFilters() {
    var organ = select('f-organ').value, decade = select('f-decade').value;
    var section = select('f-section').value, verb = select('f-verb').value;
    cy.batch(function () {
      cy.elements().removeClass('hidden');
      cy.nodes().forEach(function (n) {
        if (n.hasClass('focus')) { return; }
        if (organ && n.data('organKey') !== organ || decade && String(n.data('decade')) !== decade) {
          n.addClass('hidden');
        }
      });
      cy.edges().forEach(function (e) {
        if (section && (e.data('sections') || []).indexOf(section) < 0
            || verb && (e.data('verbs') || []).indexOf(verb) < 0) {
          e.addClass('hidden');
        }
      });
      if (section || verb) {
        cy.nodes().forEach(function (n) {
          if (!n.hasClass('focus') && n.connectedEdges().not('.hidden').length === 0) { n.addClass('hidden'); }
        });
      }
    });
    status.textContent = cy.nodes().not('.hidden').length + ' of ' + cy.nodes().length + ' nodes shown.';
  }

  function show(n) {
    info.textContent = '';
    var a = document.createElement('a');
    a.href = n.data('href');
    a.textContent = n.data('label');
    a.id = 'graph-open';
    info.appendChild(a);
    var meta = [n.data('kind'), n.data('organ'), n.data('date') || n.data('year'), n.data('title')]
      .filter(function (x) { return x; }).join(' · ');
    info.appendChild(document.createTextNode(' ' + meta));
    select('expand-node').value = n.id();
  }

  function load(api, focus) {
    status.textContent = 'Loading…';
    return fetch(api, { headers: { 'Accept': 'application/json' } }).then(function (r) {
      if (!r.ok) { throw new Error('HTTP ' + r.status); }
      return r.json();
    }).then(function (g) {
      var add = [];
      g.nodes.forEach(function (n) { if (cy.getElementById(n.data.id).empty()) { add.push({ group: 'nodes', data: n.data }); } });
      g.edges.forEach(function (e) { if (cy.getElementById(e.data.id).empty()) { add.push({ group: 'edges', data: e.data }); } });
      cy.add(add);
      expanded[g.focus] = true;
      if (focus) { cy.getElementById(g.focus).addClass('focus'); }
      cy.layout({ name: 'cose', animate: false, nodeRepulsion: function () { return 8000; }, idealEdgeLength: function () { return 60; } }).run();
      refreshControls();
      restoreFilters();
      applyFilters();
      box.setAttribute('data-nodes', String(cy.nodes().length));
      if (g.truncated) { status.textContent += ' Only the first neighbours are shown.'; }
    }).catch(function (e) { status.textContent = 'Could not load the graph: ' + e.message; });
  }

  cy.on('tap', 'node', function (evt) { show(evt.target); });
  cy.on('dbltap', 'node', function (evt) {
    var n = evt.target;
    if (n.data('api') && !expanded[n.id()]) { load(n.data('api'), false); }
  });
  select('expand').addEventListener('click', function () {
    var n = cy.getElementById(select('expand-node').value);
    if (n.nonempty() && n.data('api')) { load(n.data('api'), false); }
  });
  ['f-organ', 'f-decade', 'f-section', 'f-verb'].forEach(function (id) {
    select(id).addEventListener('change', function () { applyFilters(); rememberFilters(); });
  });
  load(box.getAttribute('data-api'), true);
}());
