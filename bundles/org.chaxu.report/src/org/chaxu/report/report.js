/*
 * Chaxu report: draws the circles of the region, the standards matrix, the escalation timelines and
 * the findings table from the data that `chaxu report` inlined (#chaxu-data). It only shows what the
 * data says: findings as the rules made them, baselines as the rules derived them.
 */
(function () {
  'use strict';

  var DATA = JSON.parse(document.getElementById('chaxu-data').textContent);
  var S = DATA.strings;
  var SVG = 'http://www.w3.org/2000/svg';
  var SEVERITIES = ['error', 'warning', 'info'];
  var RANK = { error: 0, warning: 1, info: 2 };
  var LEVELS = ['CENTRAL', 'PROVINCIAL', 'PREFECTURAL', 'COUNTY'];
  var MANY = 400; // rows from which the matrix starts with its groups collapsed
  var TABLE_PAGE = 1000; // findings rows shown before "show all"
  var model = null;
  var tooltip = document.getElementById('tooltip');

  // ---- helpers ------------------------------------------------------------------------------

  function t(key) {
    var text = S[key] !== undefined ? S[key] : key;
    for (var i = 1; i < arguments.length; i++) {
      text = text.split('{' + (i - 1) + '}').join(arguments[i]);
    }
    return text;
  }

  function h(tag, attrs, children) {
    var e = document.createElement(tag);
    setAll(e, attrs);
    append(e, children);
    return e;
  }

  function s(tag, attrs, children) {
    var e = document.createElementNS(SVG, tag);
    setAll(e, attrs);
    append(e, children);
    return e;
  }

  function setAll(e, attrs) {
    if (!attrs) return;
    Object.keys(attrs).forEach(function (k) {
      var v = attrs[k];
      if (v === null || v === undefined || v === false) return;
      if (k === 'text') e.textContent = v;
      else if (k.slice(0, 2) === 'on') e.addEventListener(k.slice(2), v);
      else e.setAttribute(k, v === true ? '' : v);
    });
  }

  function append(e, children) {
    if (children === null || children === undefined) return;
    (Array.isArray(children) ? children : [children]).forEach(function (c) {
      if (c === null || c === undefined) return;
      e.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
    });
  }

  function clear(e) {
    while (e.firstChild) e.removeChild(e.firstChild);
    return e;
  }

  function byId(list) {
    var map = new Map();
    list.forEach(function (x) { map.set(x.id, x); });
    return map;
  }

  function worstOf(indices) {
    var worst = null;
    indices.forEach(function (i) {
      var sev = model.findings[i].severity;
      if (worst === null || RANK[sev] < RANK[worst]) worst = sev;
    });
    return worst;
  }

  function sevChip(sev, text) {
    return h('span', { 'class': 'sev ' + sev, text: text });
  }

  /** A name without its parenthesis ("Foshan (佛山)" → "Foshan"), in Chinese the Chinese name in it ("佛山"). */
  function short(name) {
    var chinese = DATA.lang === 'zh' && /[(（]([^()（）]*[\u4e00-\u9fff][^()（）]*)[)）]/.exec(name);
    if (chinese) return chinese[1].split(/[,，、]/)[0].trim();
    var i = name.indexOf(' (');
    return i > 0 ? name.slice(0, i) : name;
  }

  /** The text, cut to about {@code chars} characters (CJK characters count double) with an ellipsis. */
  function fit(text, chars) {
    var width = 0;
    for (var i = 0; i < text.length; i++) {
      width += text.charCodeAt(i) > 0x2e80 ? 2 : 1;
      if (width > chars) return text.slice(0, Math.max(1, i - 1)) + '\u2026';
    }
    return text;
  }

  function showTip(event, lines) {
    clear(tooltip);
    lines.forEach(function (line, i) {
      if (i > 0) tooltip.appendChild(h('br'));
      tooltip.appendChild(document.createTextNode(line));
    });
    tooltip.hidden = false;
    var x = Math.min(event.clientX + 14, window.innerWidth - 440);
    tooltip.style.left = x + 'px';
    tooltip.style.top = (event.clientY + 14) + 'px';
  }

  function hideTip() {
    tooltip.hidden = true;
  }

  function tip(node, linesFn) {
    node.addEventListener('mousemove', function (e) { showTip(e, linesFn()); });
    node.addEventListener('mouseleave', hideTip);
  }

  function findingLines(indices) {
    return indices.map(function (i) {
      var f = model.findings[i];
      return f.severityLabel + ' [' + f.rule + '] ' + f.message;
    });
  }

  function legend(container, entries, square) {
    clear(container);
    entries.forEach(function (e) {
      container.appendChild(h('span', { 'class': 'swatch' + (square ? ' square' : ''), style: 'background:var(--' + e[0] + ')' }));
      container.appendChild(document.createTextNode(e[1]));
    });
  }

  // ---- page ---------------------------------------------------------------------------------

  function init() {
    document.querySelectorAll('[data-s]').forEach(function (e) { e.textContent = t(e.getAttribute('data-s')); });
    var nav = document.getElementById('models');
    if (DATA.models.length > 1) {
      DATA.models.forEach(function (m, i) {
        nav.appendChild(h('button', { type: 'button', 'data-index': i, text: m.name, onclick: function () { show(i); } }));
      });
    }
    show(0);
  }

  function show(index) {
    var started = performance.now();
    model = DATA.models[index];
    document.querySelectorAll('#models button').forEach(function (b) {
      b.classList.toggle('current', Number(b.getAttribute('data-index')) === index);
    });
    document.getElementById('title').textContent = t('title') + ' — ' + model.name;
    document.getElementById('description').textContent = model.file + ' · ' + t('asOf', model.asOf || '—');
    summary();
    circles();
    matrix();
    timelines();
    findingsTable();
    var ms = performance.now() - started;
    document.body.setAttribute('data-model', model.file);
    document.body.setAttribute('data-render-ms', ms.toFixed(0));
    document.body.setAttribute('data-rendered', 'true');
  }

  function summary() {
    var counts = { error: 0, warning: 0, info: 0 };
    model.findings.forEach(function (f) { counts[f.severity]++; });
    var p = clear(document.getElementById('summary'));
    SEVERITIES.forEach(function (sev) {
      p.appendChild(h('span', { 'class': 'chip ' + sev, 'data-severity': sev, 'data-count': counts[sev],
        text: counts[sev] + ' ' + t('severity.' + sev) }));
    });
    if (model.findings.length === 0) p.appendChild(h('span', { 'class': 'chip none', text: t('nothing') }));
  }

  // ---- 1. the circles -----------------------------------------------------------------------

  function circleTree() {
    var units = byId(model.units);
    var inArrangement = new Set();
    var children = new Map(); // arrangement id -> sub-arrangements
    model.arrangements.forEach(function (a) {
      a.members.forEach(function (m) { inArrangement.add(m); });
      if (a.parent) {
        if (!children.has(a.parent)) children.set(a.parent, []);
        children.get(a.parent).push(a);
      }
    });
    var subordinates = new Map();
    model.units.forEach(function (u) {
      if (u.superior && units.has(u.superior)) {
        if (!subordinates.has(u.superior)) subordinates.set(u.superior, []);
        subordinates.get(u.superior).push(u);
      }
    });
    var placed = new Set();

    function unitNode(u) {
      var first = !placed.has(u.id);
      placed.add(u.id);
      var kids = first ? (subordinates.get(u.id) || []).filter(function (c) {
        return !inArrangement.has(c.id) && !placed.has(c.id);
      }).map(unitNode) : [];
      return { kind: 'unit', ref: u, children: kids.length ? kids : null };
    }

    function descendantsMembers(a) {
      var set = new Set();
      (children.get(a.id) || []).forEach(function (c) {
        c.members.forEach(function (m) { set.add(m); });
        descendantsMembers(c).forEach(function (m) { set.add(m); });
      });
      return set;
    }

    function arrangementNode(a) {
      var inner = descendantsMembers(a);
      var kids = (children.get(a.id) || []).map(arrangementNode);
      a.members.forEach(function (m) {
        if (!inner.has(m) && units.has(m)) kids.push(unitNode(units.get(m)));
      });
      return { kind: 'arrangement', ref: a, children: kids.length ? kids : null };
    }

    var top = model.arrangements.filter(function (a) { return !a.parent; }).map(arrangementNode);
    model.units.forEach(function (u) {
      if (!placed.has(u.id) && !inArrangement.has(u.id) && (!u.superior || !units.has(u.superior))) top.push(unitNode(u));
    });
    model.units.forEach(function (u) {
      if (!placed.has(u.id)) top.push(unitNode(u));
    });
    return { kind: 'region', ref: { id: 'region', name: model.name, findings: [] }, children: top };
  }

  function circles() {
    var svg = clear(document.getElementById('circles-svg'));
    var size = 720;
    legend(document.getElementById('circles-legend'), [['error', t('legend.error')], ['warning', t('legend.warning')],
      ['info', t('legend.info')], ['none', t('legend.none')]]);
    var root = d3.hierarchy(circleTree(), function (d) { return d.children; })
      .sum(function (d) { return d.children ? 0 : 1; });
    d3.pack().size([size, size]).padding(function (d) { return d.depth === 0 ? 6 : 3; })(root);
    var layer = s('g');
    svg.appendChild(layer);
    var nodes = root.descendants();
    var big = nodes.length > 600;
    nodes.forEach(function (n) {
      var d = n.data;
      var worst = d.kind === 'region' ? null : (d.ref.worst || 'none');
      var cls = d.kind + (worst ? ' worst-' + worst : '') + (d.kind === 'unit' && d.children ? ' group' : '')
        + (d.kind === 'arrangement' && d.ref.kind === 'METROPOLITAN_CIRCLE' ? ' circle-kind' : '');
      var c = s('circle', { cx: n.x.toFixed(1), cy: n.y.toFixed(1), r: Math.max(n.r, 0.5).toFixed(1), 'class': cls,
        'data-id': d.ref.id, 'data-kind': d.kind, 'data-worst': worst, 'data-findings': d.ref.findings ? d.ref.findings.length : 0 });
      c.addEventListener('click', function (e) {
        e.stopPropagation();
        if (d.kind === 'unit') select(d.ref, c);
        else if (d.kind === 'arrangement') selectArrangement(d.ref, c);
        if (n.children) zoom(svg, n);
      });
      if (!big) {
        tip(c, function () {
          var lines = [d.ref.name];
          if (d.kind === 'unit' && d.ref.levelLabel) lines.push(d.ref.levelLabel + (d.ref.rankLabel ? ' · ' + d.ref.rankLabel : ''));
          if (d.kind === 'arrangement' && d.ref.kindLabel) lines.push(d.ref.kindLabel);
          return lines.concat(findingLines(d.ref.findings || []));
        });
      }
      layer.appendChild(c);
      if (d.kind === 'region') return;
      if (n.children && n.r > 30) {
        layer.appendChild(s('text', { x: n.x.toFixed(1), y: (n.y - n.r + 13 + 13 * (n.depth % 2 === 0 ? 1 : 0)).toFixed(1),
          'class': 'group-label', text: fit(short(d.ref.name), 1.6 * n.r / 6.5) }));
      } else if (!n.children && n.r > 16) {
        layer.appendChild(s('text', { x: n.x.toFixed(1), y: (n.y + 4).toFixed(1), 'class': 'on-unit', text: fit(short(d.ref.name), n.r / 3.6) }));
      }
    });
    svg.onclick = function () { svg.setAttribute('viewBox', '0 0 ' + size + ' ' + size); };
    svg.setAttribute('viewBox', '0 0 ' + size + ' ' + size);
    var panel = clear(document.getElementById('unit-panel'));
    panel.removeAttribute('data-unit');
    panel.appendChild(h('p', { 'class': 'hint', text: t('panel.pick') }));
  }

  function zoom(svg, n) {
    var pad = n.r * 0.05;
    svg.setAttribute('viewBox', [n.x - n.r - pad, n.y - n.r - pad, 2 * (n.r + pad), 2 * (n.r + pad)].map(function (v) { return v.toFixed(1); }).join(' '));
  }

  function markSelected(circle) {
    document.querySelectorAll('#circles-svg circle.selected').forEach(function (c) { c.classList.remove('selected'); });
    if (circle) circle.classList.add('selected');
  }

  function select(unit, circle) {
    markSelected(circle);
    var units = byId(model.units);
    var panel = clear(document.getElementById('unit-panel'));
    panel.setAttribute('data-unit', unit.id);
    panel.appendChild(h('h3', { text: unit.name }));
    panel.appendChild(h('div', { text: [unit.levelLabel, unit.rankLabel].filter(Boolean).join(' · ') }));
    var chain = [];
    var seen = new Set([unit.id]);
    for (var up = units.get(unit.superior); up && !seen.has(up.id); up = units.get(up.superior)) {
      seen.add(up.id);
      chain.push(up);
    }
    panel.appendChild(h('div', { 'class': 'chain', text: t('panel.superiors') }));
    var list = h('ol', { 'class': 'chain-list' });
    if (chain.length === 0) list.appendChild(h('li', { text: t('panel.top') }));
    chain.forEach(function (u) {
      list.appendChild(h('li', { 'data-id': u.id }, [u.name + ' ', u.worst ? sevChip(u.worst, t('legend.' + u.worst)) : null]));
    });
    panel.appendChild(list);
    findingList(panel, unit.findings);
  }

  function selectArrangement(a, circle) {
    markSelected(circle);
    var panel = clear(document.getElementById('unit-panel'));
    panel.setAttribute('data-unit', a.id);
    panel.appendChild(h('h3', { text: a.name }));
    panel.appendChild(h('div', { text: (a.kindLabel || '') + ' · ' + t('panel.members', a.members.length) }));
    findingList(panel, a.findings);
  }

  function findingList(panel, indices) {
    panel.appendChild(h('div', { 'class': 'chain', text: t('panel.findings', indices.length) }));
    if (indices.length === 0) {
      panel.appendChild(h('p', { 'class': 'hint', text: t('panel.noFindings') }));
      return;
    }
    var ul = h('ul', { 'class': 'findings' });
    indices.forEach(function (i) {
      var f = model.findings[i];
      ul.appendChild(h('li', { 'class': 'finding-item', 'data-rule': f.rule, 'data-severity': f.severity },
        [sevChip(f.severity, f.severityLabel), ' ', h('code', { text: f.rule }), ' ', f.message]));
    });
    panel.appendChild(ul);
  }

  // ---- 2. the standards matrix --------------------------------------------------------------

  function matrix() {
    legend(document.getElementById('matrix-legend'), [['looser', t('strictness.LOOSER')], ['equal', t('strictness.EQUAL')],
      ['stricter', t('strictness.STRICTER')], ['nobaseline', t('strictness.none')]], true);
    var table = clear(document.getElementById('matrix-table'));
    var indicators = byId(model.indicators);
    var indicatorOrder = new Map(model.indicators.map(function (x, i) { return [x.id, i]; }));
    // columns: indicator × sector
    var columns = [];
    var columnOf = new Map();
    model.standards.forEach(function (st) {
      var key = st.indicator + '\u0000' + (st.sector || '');
      if (!columnOf.has(key)) {
        columnOf.set(key, columns.length);
        columns.push({ key: key, indicator: st.indicator, sector: st.sector || '' });
      }
    });
    columns.sort(function (a, b) {
      return (indicatorOrder.get(a.indicator) - indicatorOrder.get(b.indicator)) || a.sector.localeCompare(b.sector);
    });
    columns.forEach(function (c, i) { columnOf.set(c.key, i); });
    // cells: issuer id -> column -> standards
    var cells = new Map();
    model.standards.forEach(function (st) {
      if (!cells.has(st.issuer)) cells.set(st.issuer, new Map());
      var row = cells.get(st.issuer);
      var col = columnOf.get(st.indicator + '\u0000' + (st.sector || ''));
      if (!row.has(col)) row.set(col, []);
      row.get(col).push(st);
    });
    // fixed actions a unit has not adopted, as the rules reported them (BASE-FIXED-ACTION)
    var standardsById = byId(model.standards);
    var missing = new Map();
    model.findings.forEach(function (f, i) {
      if (f.rule !== 'BASE-FIXED-ACTION') return;
      f.related.forEach(function (r) {
        var st = standardsById.get(r.id);
        if (st && r.role === 'fixedAction') {
          if (!missing.has(f.id)) missing.set(f.id, new Map());
          missing.get(f.id).set(st.indicator, i);
        }
      });
    });

    var head = h('tr', null, [h('th', { text: t('matrix.issuer') })]);
    columns.forEach(function (c) {
      var ind = indicators.get(c.indicator);
      head.appendChild(h('th', { 'data-indicator': c.indicator, 'data-sector': c.sector },
        [short(ind ? ind.name : c.indicator), c.sector ? h('div', { 'class': 'hint', text: c.sector }) : null,
          ind && ind.unit ? h('div', { 'class': 'hint', text: ind.unit }) : null]));
    });
    table.appendChild(h('thead', null, head));

    var rows = matrixRows();
    var collapsed = rows.length > MANY;
    var body = h('tbody');
    table.appendChild(body);
    var groupRows = [];
    rows.forEach(function (r) {
      if (r.group) {
        var tr = h('tr', { 'class': 'group-row', 'data-group': r.group.id, 'data-collapsed': collapsed ? 'true' : 'false' },
          [h('th', { colspan: columns.length + 1, text: (collapsed ? '\u25B8 ' : '\u25BE ') + r.group.name + ' (' + r.count + ')' })]);
        tr.addEventListener('click', function () { toggleGroup(tr, r.group); });
        body.appendChild(tr);
        groupRows.push(tr);
        return;
      }
      var x = r.issuer;
      var tr2 = h('tr', { 'class': r.arrangement ? 'arrangement-row' : 'unit-row', 'data-issuer': x.id, 'data-group': r.groupId || '' });
      if (collapsed && r.groupId) tr2.hidden = true;
      tr2.appendChild(h('th', { 'class': 'row-head', style: 'padding-left:' + (6 + 12 * r.depth) + 'px' },
        [x.name].concat((r.circles || []).map(function (c) { return h('span', { 'class': 'tag', text: short(c) }); }))));
      var row = cells.get(x.id) || new Map();
      columns.forEach(function (c, i) {
        var list = row.get(i) || [];
        var miss = missing.has(x.id) ? missing.get(x.id).get(c.indicator) : undefined;
        tr2.appendChild(cell(list, miss));
      });
      body.appendChild(tr2);
    });
  }

  function toggleGroup(tr, group) {
    var collapse = tr.getAttribute('data-collapsed') !== 'true';
    tr.setAttribute('data-collapsed', collapse ? 'true' : 'false');
    tr.firstChild.textContent = (collapse ? '\u25B8 ' : '\u25BE ') + tr.firstChild.textContent.slice(2);
    document.querySelectorAll('#matrix-table tr[data-group="' + CSS.escape(group.id) + '"]:not(.group-row)').forEach(function (row) {
      row.hidden = collapse;
    });
  }

  function cell(list, missingFinding) {
    if (list.length === 0) {
      if (missingFinding !== undefined) {
        var f = model.findings[missingFinding];
        var td = h('td', { 'class': 'cell missing', 'data-strictness': 'MISSING', text: '\u2717 ' + t('matrix.missing') });
        tip(td, function () { return [f.message]; });
        return td;
      }
      return h('td', { 'class': 'cell' });
    }
    var worstStrictness = null;
    var order = { LOOSER: 0, STRICTER: 1, EQUAL: 2 };
    list.forEach(function (st) {
      if (st.strictness && st.strictness !== 'INCOMPARABLE' && (worstStrictness === null || order[st.strictness] < order[worstStrictness])) {
        worstStrictness = st.strictness;
      }
    });
    var td2 = h('td', { 'class': 'cell' + (worstStrictness ? ' ' + worstStrictness.toLowerCase() : ''),
      'data-strictness': worstStrictness || 'NONE', 'data-standards': list.map(function (st) { return st.id; }).join(' ') });
    list.forEach(function (st, i) {
      if (i > 0) td2.appendChild(h('br'));
      td2.appendChild(document.createTextNode(st.value === null ? '\u2713 ' + t('matrix.adopted') : st.value));
      if (st.delta && st.strictness !== 'EQUAL') td2.appendChild(h('span', { 'class': 'delta', text: st.delta }));
      if (st.worst) td2.appendChild(h('span', { 'class': 'dot sev ' + st.worst, style: 'min-width:0;padding:0', title: st.worst }));
    });
    tip(td2, function () {
      var lines = [];
      list.forEach(function (st) {
        lines.push(st.name + ': ' + (st.value === null ? t('matrix.adopted') : st.value) + (st.binding ? ' (' + t('matrix.binding') + ')' : ''));
        if (st.baseline) {
          lines.push(t('matrix.baseline', st.baseline.value, st.baseline.name, st.baseline.issuerName)
            + (st.strictnessLabel ? ' — ' + st.strictnessLabel + (st.delta ? ' ' + st.delta : '') : ''));
          if (st.baseline.source) lines.push(t('matrix.source', st.baseline.source));
        } else {
          lines.push(t('matrix.noBaseline'));
        }
        findingLines(st.findings).forEach(function (l) { lines.push(l); });
      });
      return lines;
    });
    return td2;
  }

  /** Units in hierarchy order, siblings grouped by their innermost circle; arrangements that issue standards with their members. */
  function matrixRows() {
    var units = byId(model.units);
    var arrangements = byId(model.arrangements);
    var depthOf = function (a) { var d = 0; for (var p = a; p && p.parent; p = arrangements.get(p.parent)) d++; return d; };
    var innermost = new Map(); // unit id -> arrangement (deepest) it belongs to
    var circlesOf = new Map();
    model.arrangements.forEach(function (a) {
      a.members.forEach(function (m) {
        if (!circlesOf.has(m)) circlesOf.set(m, []);
        if (a.parent) circlesOf.get(m).push(a.name);
        var cur = innermost.get(m);
        if (!cur || depthOf(a) > depthOf(cur)) innermost.set(m, a);
      });
    });
    var issuing = new Set(model.standards.map(function (st) { return st.issuer; }));
    var subordinates = new Map();
    model.units.forEach(function (u) {
      var key = u.superior && units.has(u.superior) ? u.superior : '';
      if (!subordinates.has(key)) subordinates.set(key, []);
      subordinates.get(key).push(u);
    });
    var arrangementOrder = new Map(model.arrangements.map(function (a, i) { return [a.id, i]; }));
    var rows = [];
    var seen = new Set();
    var emitted = new Set();
    var groupCount = 0;

    function visit(u, depth, groupId) {
      if (seen.has(u.id)) return;
      seen.add(u.id);
      var circle = innermost.get(u.id);
      if (circle && issuing.has(circle.id) && !emitted.has(circle.id)) {
        emitted.add(circle.id);
        rows.push({ issuer: circle, arrangement: true, depth: depth, groupId: groupId });
      }
      rows.push({ issuer: u, depth: depth, groupId: groupId, circles: circlesOf.get(u.id) });
      var kids = (subordinates.get(u.id) || []).slice();
      kids.sort(function (a, b) {
        var ca = innermost.get(a.id), cb = innermost.get(b.id);
        return (ca ? arrangementOrder.get(ca.id) : 1e9) - (cb ? arrangementOrder.get(cb.id) : 1e9);
      });
      var grouped = depth === 0 && kids.length > 1;
      kids.forEach(function (k) {
        if (grouped) {
          var header = { group: { id: k.id, name: k.name }, count: 0 };
          rows.push(header);
          var before = rows.length;
          visit(k, depth + 1, k.id);
          header.count = rows.length - before;
          groupCount++;
        } else {
          visit(k, depth + 1, groupId);
        }
      });
    }

    (subordinates.get('') || []).forEach(function (u) { visit(u, 0, null); });
    model.units.forEach(function (u) { visit(u, 0, null); });
    model.arrangements.forEach(function (a) {
      if (issuing.has(a.id) && !emitted.has(a.id)) {
        emitted.add(a.id);
        rows.push({ issuer: a, arrangement: true, depth: 0, groupId: null });
      }
    });
    // a group header alone is useless when there is a single group
    if (groupCount < 2) rows = rows.filter(function (r) { return !r.group; }).map(function (r) { r.groupId = null; return r; });
    return rows;
  }

  // ---- 3. the escalation timelines ----------------------------------------------------------

  function time(date) {
    return date ? Date.parse(date + 'T00:00:00Z') : null;
  }

  function timelines() {
    var box = clear(document.getElementById('timelines'));
    if (model.negotiations.length === 0) {
      box.appendChild(h('p', { 'class': 'hint', text: t('timeline.none') }));
      return;
    }
    model.negotiations.forEach(function (n) { box.appendChild(timeline(n)); });
  }

  function timeline(n) {
    var width = 1100, left = 120, right = 190, laneH = 34, top = 22;
    var asOf = time(model.asOf);
    var dates = [time(n.started), time(n.statusSince), asOf];
    n.interventions.forEach(function (x) { dates.push(time(x.start), time(x.end)); });
    dates = dates.filter(function (d) { return d !== null && !isNaN(d); });
    var min = Math.min.apply(null, dates), max = Math.max.apply(null, dates);
    var year = 365.25 * 86400000;
    min = Date.UTC(new Date(min).getUTCFullYear(), 0, 1);
    max = Date.UTC(new Date(max).getUTCFullYear() + 1, 0, 1);
    if (max - min < year) max = min + year;
    var x = function (d) { return left + (d - min) / (max - min) * (width - left - right); };
    var levels = [];
    n.interventions.forEach(function (i) { if (i.level && levels.indexOf(i.level) < 0) levels.push(i.level); });
    levels.sort(function (a, b) { return LEVELS.indexOf(a) - LEVELS.indexOf(b); });
    var lanes = ['negotiation'].concat(levels);
    var height = top + lanes.length * laneH + 24;
    var svg = s('svg', { 'class': 'timeline', viewBox: '0 0 ' + width + ' ' + height, 'data-negotiation': n.id, role: 'img' });
    var defs = s('defs', null, s('marker', { id: 'arrow-' + n.id, viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse' },
      s('path', { d: 'M0,0 L10,5 L0,10 z', fill: '#333' })));
    svg.appendChild(defs);
    // axis
    var axis = s('g', { 'class': 'axis' });
    var firstYear = new Date(min).getUTCFullYear(), lastYear = new Date(max).getUTCFullYear();
    var step = Math.max(1, Math.ceil((lastYear - firstYear) / 12));
    for (var y = firstYear; y <= lastYear; y += step) {
      var px = x(Date.UTC(y, 0, 1));
      axis.appendChild(s('line', { x1: px, x2: px, y1: top - 4, y2: height - 20 }));
      axis.appendChild(s('text', { x: px, y: height - 6, text: String(y) }));
    }
    svg.appendChild(axis);
    var laneY = function (lane) { return top + lanes.indexOf(lane) * laneH; };
    lanes.forEach(function (lane, i) {
      svg.appendChild(s('rect', { 'class': 'lane', x: 0, y: laneY(lane) + 2, width: width, height: laneH - 4, opacity: i % 2 ? 0.5 : 1 }));
      svg.appendChild(s('text', { x: 6, y: laneY(lane) + laneH / 2 + 4,
        text: lane === 'negotiation' ? t('timeline.negotiation') : t('timeline.level', levelLabel(n, lane)) }));
    });
    // the negotiation: its life and its status since when
    var ly = laneY('negotiation') + 8, lh = laneH - 16;
    var start = time(n.started) || min;
    svg.appendChild(s('rect', { 'class': 'life', x: x(start), y: ly, width: Math.max(1, x(asOf) - x(start)), height: lh }));
    var since = time(n.statusSince);
    if (since !== null) {
      var difficulty = ['DEADLOCKED', 'NOT_IMPLEMENTED', 'INEFFECTIVE'].indexOf(n.status) >= 0;
      var st = s('rect', { 'class': 'status ' + (difficulty ? 'difficulty' : n.status === 'RESOLVED' ? 'resolved' : 'normal'),
        x: x(since), y: ly, width: Math.max(2, x(asOf) - x(since)), height: lh, 'data-status': n.status });
      tip(st, function () { return [t('timeline.status', n.statusLabel || '—', n.statusSince)]; });
      svg.appendChild(st);
      svg.appendChild(s('text', { x: x(since) + 4, y: ly + lh - 3, text: n.statusLabel || '' }));
    }
    svg.appendChild(s('line', { 'class': 'asof', x1: x(asOf), x2: x(asOf), y1: top - 6, y2: height - 20 }));
    svg.appendChild(s('text', { x: x(asOf) - 2, y: top - 8, 'text-anchor': 'end', text: t('asOf', model.asOf) }));
    var own = n.findings.filter(function (i) {
      return !n.interventions.some(function (iv) { return iv.findings.indexOf(i) >= 0; });
    });
    // interventions, by level and date
    var boxes = new Map();
    n.interventions.forEach(function (iv) {
      var lane = iv.level || 'negotiation';
      var x0 = x(time(iv.start)), x1 = x(iv.end ? time(iv.end) : asOf);
      var yy = laneY(lane) + 7;
      var r = s('rect', { 'class': 'intervention outcome-' + (iv.outcome || 'none') + ' worst-' + (iv.worst || 'none') + (iv.end ? '' : ' open'),
        x: x0, y: yy, width: Math.max(4, x1 - x0), height: laneH - 14, rx: 3, 'data-id': iv.id, 'data-worst': iv.worst || 'none' });
      tip(r, function () {
        return [iv.name, iv.intervenerName + ' · ' + iv.start + ' \u2013 ' + (iv.end || t('timeline.noEnd')),
          (iv.outcomeLabel || '') + (iv.means.length ? ' · ' + iv.means.join(', ') : ''),
          iv.exitCondition ? t('timeline.exit', iv.exitCondition) : t('timeline.noExit')].concat(findingLines(iv.findings));
      });
      svg.appendChild(r);
      svg.appendChild(s('text', { x: x0 + 4, y: yy + laneH / 2 - 3, text: short(iv.intervenerName) }));
      boxes.set(iv.id, { x0: x0, x1: Math.max(x0 + 4, x1), y: yy + (laneH - 14) / 2 });
      badges(svg, iv.findings, Math.max(x0 + 4, x1) + 8, yy + (laneH - 14) / 2, iv.id);
    });
    // escalation arrows: from the lower intervention to the one that escalates from it
    n.interventions.forEach(function (iv) {
      if (!iv.escalatedFrom || !boxes.has(iv.escalatedFrom)) return;
      var from = boxes.get(iv.escalatedFrom), to = boxes.get(iv.id);
      var d = 'M' + from.x0 + ',' + from.y + ' C' + (from.x0 - 30) + ',' + from.y + ' ' + (to.x0 - 30) + ',' + to.y + ' ' + to.x0 + ',' + to.y;
      svg.appendChild(s('path', { 'class': 'escalation', d: d, 'marker-end': 'url(#arrow-' + n.id + ')',
        'data-from': iv.escalatedFrom, 'data-to': iv.id }));
    });
    // many negotiations (a national model) start folded: their titles and worst findings stay in view
    var wrap = h('details', { 'class': 'negotiation', 'data-id': n.id, open: model.negotiations.length <= 10 }, [
      h('summary', null, h('h3', null, [n.name + ' ', n.worst ? sevChip(n.worst, t('legend.' + n.worst)) : null])),
      h('div', { 'class': 'hint', text: [n.topic, n.statusLabel ? t('timeline.status', n.statusLabel, n.statusSince || '—') : null].filter(Boolean).join(' · ') }),
      own.length ? h('div', { 'class': 'own-findings' }, [t('timeline.own')].concat(own.map(function (i) {
        var f = model.findings[i];
        var chip = h('span', { 'class': 'badge sev ' + f.severity, 'data-rule': f.rule, 'data-severity': f.severity, 'data-owner': n.id, text: f.rule });
        tip(chip, function () { return [f.severityLabel + ' [' + f.rule + ']', f.message]; });
        return chip;
      }))) : null,
      svg]);
    return wrap;
  }

  function levelLabel(n, level) {
    for (var i = 0; i < n.interventions.length; i++) {
      if (n.interventions[i].level === level) return n.interventions[i].levelLabel;
    }
    return level;
  }

  /** The findings on an element as pills with their rule ids, after the element. */
  function badges(svg, indices, x0, y, owner) {
    var x = x0;
    indices.forEach(function (i) {
      var f = model.findings[i];
      var w = 8 + f.rule.length * 5.6;
      var g = s('g', { 'class': 'badge', 'data-rule': f.rule, 'data-severity': f.severity, 'data-owner': owner,
        transform: 'translate(' + x.toFixed(1) + ',' + y + ')' });
      g.appendChild(s('rect', { x: 0, y: -8, width: w, height: 16, rx: 8, 'class': f.severity }));
      g.appendChild(s('text', { x: w / 2, y: 3, text: f.rule }));
      tip(g, function () { return [f.severityLabel + ' [' + f.rule + ']', f.message]; });
      svg.appendChild(g);
      x += w + 4;
    });
  }

  // ---- 4. the findings table ----------------------------------------------------------------

  var sortKey = 'severity', sortDir = 1, showAll = false;

  function findingsTable() {
    var filters = clear(document.getElementById('filters'));
    var rules = Array.from(new Set(model.findings.map(function (f) { return f.rule; }))).sort();
    var wheres = new Map();
    model.findings.forEach(function (f) { wheres.set(f.where, f.whereName); });
    var rule = dropdown('filter-rule', t('filter.rule'), rules.map(function (r) { return [r, r]; }));
    var severity = dropdown('filter-severity', t('filter.severity'), SEVERITIES.map(function (sv) { return [sv, t('severity.' + sv)]; }));
    var where = dropdown('filter-where', t('filter.where'), Array.from(wheres.entries()).sort(function (a, b) { return a[1].localeCompare(b[1]); }));
    var text = h('input', { id: 'filter-text', type: 'search', placeholder: t('filter.search') });
    var count = h('span', { id: 'filter-count' });
    [rule, severity, where].forEach(function (x) { filters.appendChild(x.label); });
    filters.appendChild(text);
    filters.appendChild(count);
    var redraw = function () { showAll = false; drawRows(rule.select.value, severity.select.value, where.select.value, text.value, count); };
    [rule.select, severity.select, where.select].forEach(function (x) { x.addEventListener('change', redraw); });
    text.addEventListener('input', redraw);
    var table = clear(document.getElementById('findings-table'));
    var head = h('tr');
    [['severity', 'col.severity'], ['rule', 'col.rule'], ['where', 'col.where'], ['element', 'col.element'],
      ['message', 'col.message'], ['line', 'col.line']].forEach(function (c) {
      var th = h('th', { 'data-key': c[0], text: t(c[1]) });
      th.addEventListener('click', function () {
        sortDir = sortKey === c[0] ? -sortDir : 1;
        sortKey = c[0];
        drawRows(rule.select.value, severity.select.value, where.select.value, text.value, count);
      });
      head.appendChild(th);
    });
    table.appendChild(h('thead', null, head));
    table.appendChild(h('tbody'));
    drawRows('', '', '', '', count);
  }

  function dropdown(id, label, options) {
    var sel = h('select', { id: id }, [h('option', { value: '', text: t('filter.all') })]);
    options.forEach(function (o) { sel.appendChild(h('option', { value: o[0], text: o[1] })); });
    return { select: sel, label: h('label', null, [label + ' ', sel]) };
  }

  function compare(a, b) {
    switch (sortKey) {
      case 'severity': return (RANK[a.severity] - RANK[b.severity]) || a.rule.localeCompare(b.rule) || (a.line - b.line);
      case 'rule': return a.rule.localeCompare(b.rule) || (a.line - b.line);
      case 'where': return a.whereName.localeCompare(b.whereName) || (a.line - b.line);
      case 'element': return a.label.localeCompare(b.label);
      case 'message': return a.message.localeCompare(b.message);
      default: return (a.file || '').localeCompare(b.file || '') || (a.line - b.line);
    }
  }

  function drawRows(rule, severity, where, text, count) {
    var needle = text.trim().toLowerCase();
    var rows = model.findings.filter(function (f) {
      return (!rule || f.rule === rule) && (!severity || f.severity === severity) && (!where || f.where === where)
        && (!needle || (f.message + ' ' + f.path + ' ' + f.rule).toLowerCase().indexOf(needle) >= 0);
    });
    rows.sort(function (a, b) { return sortDir * compare(a, b); });
    document.querySelectorAll('#findings-table th').forEach(function (th) {
      th.classList.toggle('sorted-asc', th.getAttribute('data-key') === sortKey && sortDir === 1);
      th.classList.toggle('sorted-desc', th.getAttribute('data-key') === sortKey && sortDir === -1);
    });
    var body = clear(document.querySelector('#findings-table tbody'));
    var shown = showAll ? rows : rows.slice(0, TABLE_PAGE);
    var fragment = document.createDocumentFragment();
    shown.forEach(function (f) {
      var related = f.related.length ? h('ul', { 'class': 'related' }, f.related.map(function (r) {
        return h('li', { text: r.roleLabel + ': ' + r.label });
      })) : null;
      fragment.appendChild(h('tr', { 'data-rule': f.rule, 'data-severity': f.severity, 'data-where': f.where, 'data-id': f.id }, [
        h('td', null, sevChip(f.severity, f.severityLabel)), h('td', { 'class': 'rule', text: f.rule }),
        h('td', { text: f.whereName }), h('td', { text: f.path }), h('td', null, [f.message, related]),
        h('td', { text: f.file ? f.file + ':' + f.line : String(f.line) })]));
    });
    body.appendChild(fragment);
    clear(count).appendChild(document.createTextNode(t('filter.count', shown.length, model.findings.length)));
    if (shown.length < rows.length) {
      count.appendChild(document.createTextNode(' '));
      count.appendChild(h('button', { type: 'button', 'class': 'link', text: t('filter.showAll', rows.length),
        onclick: function () { showAll = true; drawRows(rule, severity, where, text, count); } }));
    }
  }

  init();
}());
