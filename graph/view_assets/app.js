/* proxygraph network view. Every piece of graph data is untrusted text from articles: it is put
 * on the page only with textContent / text nodes / option.text, links only for http(s) URLs.
 * Data comes from the JSON block #pg-data; the page makes no request. Test hook: window.proxygraphView. */
(function () {
  "use strict";
  var D = JSON.parse(document.getElementById("pg-data").textContent);
  performance.mark("pg:parsed");  // marks for bench/view_bench.py
  var byId = function (id) { return document.getElementById(id); };
  var SVG = "http://www.w3.org/2000/svg";
  var INSIDE_LABEL = { ellipse: 1, circle: 1, box: 1, database: 1, text: 1 };
  var nNodes = D.nodes.length;
  var physicsKept = !D.large && nNodes <= 150;
  // Dash patterns are in canvas units: zoomed far out they become sub-pixel, invisible, and very
  // slow to draw (seconds per frame at 10,000 edges), so edges are drawn solid below this scale.
  var DASH_MIN_SCALE = 0.3, dashesOn = !D.large;  // a large graph opens fitted, far out

  // -- small DOM helpers (text only) ------------------------------------------------------------
  function el(tag, cls, children) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    (children || []).forEach(function (c) {
      if (c === null || c === undefined) return;
      e.appendChild(typeof c === "string" || typeof c === "number" ? document.createTextNode(String(c)) : c);
    });
    return e;
  }
  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }
  function webUrl(u) {
    if (typeof u !== "string") return null;
    try {
      var p = new URL(u);
      return p.protocol === "http:" || p.protocol === "https:" ? p.href : null;
    } catch (e) { return null; }
  }
  function link(url, text) {
    var href = webUrl(url);
    if (!href) return el("span", null, [text]);
    var a = el("a", null, [text]);
    a.href = href;
    a.target = "_blank";
    a.rel = "noopener noreferrer";
    return a;
  }
  function fold(s) {
    return String(s).normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase()
      .replace(/[\u2019'`\-]/g, "").replace(/\s+/g, " ").trim();
  }
  function shorten(s, n) { s = String(s); return s.length > n ? s.slice(0, n - 1) + "\u2026" : s; }
  function darker(hex) {
    var m = /^#?([0-9a-f]{6})$/i.exec(hex || "");
    if (!m) return "#444444";
    var v = parseInt(m[1], 16), r = (v >> 16) & 255, g = (v >> 8) & 255, b = v & 255;
    var f = function (x) { return ("0" + Math.round(x * 0.65).toString(16)).slice(-2); };
    return "#" + f(r) + f(g) + f(b);
  }
  function typeOf(node) { return D.types[node.type] || { label: node.type, color: "#9e9e9e", shape: "dot", ancestry: [] }; }
  function relOf(p) { return D.relations[p] || { label: p, color: "#888888", arrows: "to" }; }
  function modOf(m) { return D.modalities[m] || { weight: 0.5, dashes: [4, 4], description: "" }; }

  // -- state and filtering (the same rules as proxygraph.graph.views.filter_graph) ----------------
  var present = { types: {}, modalities: {}, claimants: {} };
  D.nodes.forEach(function (n) { present.types[n.type] = (present.types[n.type] || 0) + 1; });
  D.claims.forEach(function (c) {
    present.modalities[c.modality] = (present.modalities[c.modality] || 0) + 1;
    var k = c.claimantId;
    if (!present.claimants[k]) present.claimants[k] = { name: c.claimant, count: 0 };
    present.claimants[k].count++;
  });
  function defaults() {
    return {
      types: new Set(Object.keys(present.types)), claimant: "",
      modalities: new Set(Object.keys(present.modalities)), from: "", to: "",
      focus: null, depth: 2, path: null
    };
  }
  var state = defaults();
  var visible = { nodes: new Array(nNodes), edges: new Array(D.edges.length), claims: [] };

  function claimFiltered() {
    return !!(state.claimant || state.from || state.to ||
      state.modalities.size < Object.keys(present.modalities).length);
  }
  function claimOk(c) {
    if (state.claimant && c.claimantId !== state.claimant) return false;
    if (!state.modalities.has(c.modality)) return false;
    if (state.from || state.to) {
      if (!c.date) return false;
      if (state.from && c.date < state.from) return false;
      if (state.to && c.date > state.to) return false;
    }
    return true;
  }
  function compute() {
    var nodeOk = D.nodes.map(function (n) { return state.types.has(n.type); });
    var edgeClaims = D.edges.map(function (e) {
      if (!nodeOk[e.from] || !nodeOk[e.to]) return [];
      return e.claims.filter(function (i) { return claimOk(D.claims[i]); });
    });
    if (claimFiltered()) {
      var touched = new Array(nNodes);
      D.edges.forEach(function (e, j) { if (edgeClaims[j].length) { touched[e.from] = touched[e.to] = true; } });
      nodeOk = nodeOk.map(function (ok, i) { return ok && !!touched[i]; });
    }
    if (state.focus !== null) {
      var ball = neighbourhood(state.focus, state.depth, function (j) { return edgeClaims[j].length > 0; });
      nodeOk = nodeOk.map(function (ok, i) { return (ok || i === state.focus) && ball.has(i); });
    }
    D.edges.forEach(function (e, j) {
      if (!nodeOk[e.from] || !nodeOk[e.to]) edgeClaims[j] = [];
    });
    visible.nodes = nodeOk;
    visible.edges = edgeClaims;
  }
  var adjacency = null;
  function adjacent() {
    if (adjacency) return adjacency;
    adjacency = D.nodes.map(function () { return []; });
    D.edges.forEach(function (e, j) {
      adjacency[e.from].push([e.to, j]);
      adjacency[e.to].push([e.from, j]);
    });
    return adjacency;
  }
  function neighbourhood(start, depth, edgeOk) {
    var seen = new Set([start]), frontier = [start], adj = adjacent();
    for (var d = 0; d < depth; d++) {
      var next = [];
      frontier.forEach(function (f) {
        adj[f].forEach(function (p) {
          if (edgeOk(p[1]) && !seen.has(p[0])) { seen.add(p[0]); next.push(p[0]); }
        });
      });
      frontier = next;
    }
    return seen;
  }
  function shortestPath(a, b) {
    var prev = new Map([[a, -1]]), queue = [a], adj = adjacent();
    while (queue.length) {
      var f = queue.shift();
      if (f === b) break;
      adj[f].forEach(function (p) {
        if (visible.edges[p[1]].length && !prev.has(p[0])) { prev.set(p[0], f); queue.push(p[0]); }
      });
    }
    if (!prev.has(b)) return null;
    var path = [b];
    while (path[0] !== a) path.unshift(prev.get(path[0]));
    return path;
  }

  // -- vis items ------------------------------------------------------------------------------
  var pathNodes = new Set(), pathPairs = new Set();
  function setPath(path) {
    state.path = path && path.length ? path : null;
    pathNodes = new Set(state.path || []);
    pathPairs = new Set();
    (state.path || []).forEach(function (n, i, p) {
      if (i) { pathPairs.add(p[i - 1] + ":" + n); pathPairs.add(n + ":" + p[i - 1]); }
    });
  }
  function nodeItem(i) {
    var n = D.nodes[i], t = typeOf(n), on = pathNodes.has(i), dim = state.path && !on;
    var item = {
      id: i, label: shorten(n.name, 48), shape: t.shape,
      color: { background: t.color, border: on ? "#000000" : darker(t.color),
        highlight: { background: t.color, border: "#000000" }, hover: { background: t.color, border: "#000000" } },
      borderWidth: on ? 4 : 1, size: 10 + Math.min(18, 3 * Math.sqrt(n.degree || 0)) + (on ? 6 : 0),
      font: { color: INSIDE_LABEL[t.shape] ? "#ffffff" : "#222222", size: on ? 16 : 13 },
      opacity: dim ? 0.3 : 1, hidden: !visible.nodes[i]
    };
    if (n.x !== undefined) { item.x = n.x; item.y = n.y; }
    return item;
  }
  var parallel = (function () {
    var seen = {};
    return D.edges.map(function (e) {
      var k = Math.min(e.from, e.to) + ":" + Math.max(e.from, e.to);
      seen[k] = (seen[k] || 0) + 1;
      return seen[k] - 1;
    });
  })();
  function edgeLook(j) {
    var ids = visible.edges[j].length ? visible.edges[j] : D.edges[j].claims;
    var best = null, contested = false;
    ids.forEach(function (i) {
      var c = D.claims[i];
      if (c.contested || c.modality === "denied") contested = true;
      if (c.modality !== "denied" && (best === null || modOf(c.modality).weight > modOf(best).weight)) best = c.modality;
    });
    return { modality: best || "denied", contested: contested, count: ids.length };
  }
  function edgeItem(j) {
    var e = D.edges[j], r = relOf(e.predicate), look = edgeLook(j);
    var on = pathPairs.has(e.from + ":" + e.to), dim = state.path && !on;
    var k = parallel[j];
    var width = 1.5 + Math.min(4, look.count - 1) * 0.75;
    return {
      id: j, from: e.from, to: e.to,
      color: { color: r.color, highlight: r.color, hover: r.color, opacity: dim ? 0.2 : 1 },
      dashes: dashesOn ? modOf(look.modality).dashes : false, width: on ? width + 4 : width,
      arrows: { to: { enabled: String(r.arrows).indexOf("to") >= 0, scaleFactor: 0.6 },
        middle: { enabled: look.contested, type: "bar", scaleFactor: 1.1 } },
      smooth: k === 0 ? { enabled: false } : { enabled: true, type: k % 2 ? "curvedCW" : "curvedCCW", roundness: 0.15 * Math.ceil(k / 2) },
      label: D.edges.length <= 150 ? r.label : undefined,
      font: { size: 10, color: "#555555", strokeWidth: 2, align: "middle" },
      // vis does not draw an edge whose end is hidden: flag only edges between two shown
      // entities, so a type filter updates nodes alone (edge updates are slow at 10,000)
      hidden: !visible.edges[j].length && !!visible.nodes[e.from] && !!visible.nodes[e.to]
    };
  }
  // Each item is kept as {key: JSON} so an update sends only the keys that changed (mostly
  // `hidden`): vis re-processes whatever it is given, which is slow at 10,000 items.
  function signature(item) {
    var sig = {};
    Object.keys(item).forEach(function (k) { sig[k] = JSON.stringify(item[k]); });
    return sig;
  }
  function changes(item, sigs, i) {
    var sig = signature(item), old = sigs[i], diff = null;
    Object.keys(sig).forEach(function (k) {
      if (sig[k] !== old[k]) { diff = diff || { id: item.id }; diff[k] = item[k] === undefined ? null : item[k]; }
    });
    sigs[i] = sig;
    return diff;
  }

  compute();
  var nodeSigs = [], edgeSigs = [];
  var nodeItems = D.nodes.map(function (_, i) { var it = nodeItem(i); nodeSigs[i] = signature(it); return it; });
  var edgeItems = D.edges.map(function (_, j) { var it = edgeItem(j); edgeSigs[j] = signature(it); return it; });
  performance.mark("pg:items");
  var nodes = new vis.DataSet(nodeItems);
  var edges = new vis.DataSet(edgeItems);
  var container = byId("pg-network");
  var options = {
    autoResize: true,
    layout: { randomSeed: 7, improvedLayout: nNodes <= 100 },
    interaction: { hover: true, tooltipDelay: 3600000, hideEdgesOnDrag: D.large, hideEdgesOnZoom: D.large, multiselect: false },
    nodes: { borderWidthSelected: 3 },
    edges: { selectionWidth: 2, hoverWidth: 1 },
    physics: D.large || !nNodes ? { enabled: false } : {
      enabled: true, solver: "barnesHut",
      barnesHut: { gravitationalConstant: -6000, springLength: 140, springConstant: 0.03, avoidOverlap: 0.1 },
      // fewer iterations as graphs grow: each costs O(n log n), and the target is a usable picture fast
      stabilization: { enabled: true, iterations: nNodes <= 150 ? 300 : Math.max(60, Math.min(200, Math.round(60000 / nNodes))), updateInterval: 20, fit: true }
    }
  };
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, options);
  performance.mark("pg:network");

  function apply() {
    compute();
    var nUp = [], eUp = [];
    D.nodes.forEach(function (_, i) { var d = changes(nodeItem(i), nodeSigs, i); if (d) nUp.push(d); });
    D.edges.forEach(function (_, j) { var d = changes(edgeItem(j), edgeSigs, j); if (d) eUp.push(d); });
    if (nUp.length) nodes.update(nUp);
    if (eUp.length) edges.update(eUp);
    status();
  }
  function counts() {
    var n = 0, e = 0;
    visible.nodes.forEach(function (v) { if (v) n++; });
    visible.edges.forEach(function (v) { if (v.length) e++; });
    return { nodes: n, edges: e };
  }
  function status() {
    var c = counts(), text = "Showing " + c.nodes.toLocaleString("en") + " of " + nNodes.toLocaleString("en") +
      " entities and " + c.edges.toLocaleString("en") + " of " + D.edges.length.toLocaleString("en") + " edges";
    if (state.focus !== null) text += " \u00b7 around " + D.nodes[state.focus].name;
    byId("pg-status").textContent = text;
    byId("pg-focus-clear").disabled = state.focus === null;
  }

  // -- readiness (for tests and the benchmark) ------------------------------------------------------
  var api = window.proxygraphView = {
    network: network, nodes: nodes, edges: edges, data: D, state: state, ready: false, readyAt: null,
    apply: apply, counts: counts,
    visibleNodeIds: function () { var out = []; visible.nodes.forEach(function (v, i) { if (v) out.push(D.nodes[i].id); }); return out; },
    nodeCenter: function (i) { return toPage(network.getPositions([i])[i]); },
    edgeCenter: function (j) {
      var e = network.body.edges[j], p;
      if (e && e.edgeType && e.edgeType.getPoint) p = e.edgeType.getPoint(0.5);
      else { var ps = network.getPositions([D.edges[j].from, D.edges[j].to]); p = { x: (ps[D.edges[j].from].x + ps[D.edges[j].to].x) / 2, y: (ps[D.edges[j].from].y + ps[D.edges[j].to].y) / 2 }; }
      return toPage(p);
    }
  };
  function toPage(p) {
    var d = network.canvasToDOM(p), r = container.getBoundingClientRect();
    return { x: r.left + d.x, y: r.top + d.y };
  }
  function checkDashes() {
    var want = network.getScale() >= DASH_MIN_SCALE;
    if (want !== dashesOn) { dashesOn = want; apply(); }
  }
  network.on("zoom", checkDashes);
  // focus(), fit() and moveTo() change the scale without a "zoom" event: check after each frame
  network.on("afterDrawing", function () {
    if ((network.getScale() >= DASH_MIN_SCALE) !== dashesOn) setTimeout(checkDashes, 0);
  });
  function fitView(ids) {
    network.fit(ids ? { nodes: ids, animation: false } : { animation: false });
    checkDashes();
  }
  function ready() {
    checkDashes();
    network.once("afterDrawing", function () {
      if (api.ready) return;
      api.ready = true;
      api.readyAt = performance.now();
      performance.mark("pg:ready");
      document.body.setAttribute("data-ready", "1");
      if (D.focus !== null && D.focus !== undefined) { network.selectNodes([D.focus]); showNode(D.focus); }
    });
    network.redraw();
  }
  if (D.large || !nNodes) {
    fitView();
    ready();
  } else {
    network.on("stabilizationProgress", function (p) {
      byId("pg-status").textContent = "Laying out\u2026 " + Math.round(100 * p.iterations / p.total) + "%";
    });
    network.once("stabilizationIterationsDone", function () {
      if (!physicsKept) network.setOptions({ physics: { enabled: false } });
      status();
      ready();
    });
  }

  // -- tooltip and details ------------------------------------------------------------------------
  var tip = byId("pg-tooltip"), details = byId("pg-details");
  function claimBlock(i, brief) {
    var c = D.claims[i], src = D.sources[c.source] || { outlet: c.source, title: "" };
    var head = el("div", null, [
      el("span", "pg-badge" + (c.modality === "denied" ? " pg-denied" : ""), [c.modality.replace(/_/g, " ")]),
      el("span", "pg-badge", [c.grade]),
      c.contested ? el("span", "pg-badge pg-denied", ["contested"]) : null,
      el("strong", null, [c.claimant])
    ]);
    var parts = [head, el("blockquote", "pg-evidence", ["\u201c" + c.evidence + "\u201d"])];
    var srcLine = el("div", "pg-source", [src.outlet + (src.title ? ": " : "")]);
    if (src.title) srcLine.appendChild(link(src.url, src.title));
    if (!src.url && src.rawUrl) srcLine.appendChild(el("span", "pg-muted", [" (" + src.rawUrl + ", not a web link)"]));
    parts.push(srcLine);
    var when = [];
    if (c.date) when.push("stated " + c.date);
    if (c.from || c.to) when.push("holds " + (c.from || "\u2026") + " to " + (c.to || "\u2026"));
    if (when.length) parts.push(el("div", "pg-muted", [when.join("; ")]));
    if (!brief) {
      Object.keys(c.attrs || {}).forEach(function (k) {
        var v = c.attrs[k];
        parts.push(el("div", "pg-muted", [k + ": " + (Array.isArray(v) ? v.join(", ") : String(v))]));
      });
      c.denies.forEach(function (d) { parts.push(el("div", "pg-muted", ["denies: " + d])); });
    }
    (c.deniedBy || []).forEach(function (d) {
      parts.push(el("div", null, ["denied by " + d.claimant + " (" + d.outlet + (d.date ? ", " + d.date : "") + ")" +
        (brief ? "" : ": \u201c" + d.evidence + "\u201d")]));
    });
    return el("div", "pg-claim" + (c.contested ? " pg-contested" : ""), parts);
  }
  function edgeTitle(j) {
    var e = D.edges[j];
    return D.nodes[e.from].name + " \u2014 " + relOf(e.predicate).label + " \u2192 " + D.nodes[e.to].name;
  }
  function edgeContent(j, brief) {
    var e = D.edges[j], shown = visible.edges[j].length ? visible.edges[j] : e.claims;
    var out = [el(brief ? "strong" : "h3", null, [edgeTitle(j)])];
    var list = brief ? shown.slice(0, 3) : shown;
    list.forEach(function (i) { out.push(claimBlock(i, brief)); });
    if (brief && shown.length > 3) out.push(el("div", "pg-muted", ["+ " + (shown.length - 3) + " more: click the edge"]));
    if (!brief) {
      var hidden = e.claims.filter(function (i) { return shown.indexOf(i) < 0; });
      if (hidden.length) {
        out.push(el("div", "pg-muted", [hidden.length + " more hidden by the filters:"]));
        hidden.forEach(function (i) { out.push(claimBlock(i, false)); });
      }
    }
    return out;
  }
  function nodeContent(i, brief) {
    var n = D.nodes[i], t = typeOf(n);
    var out = [el(brief ? "strong" : "h3", null, [n.name])];
    var dl = el("dl");
    function row(k, v) { dl.appendChild(el("dt", null, [k])); dl.appendChild(el("dd", null, [v])); }
    row("Type", t.label + (t.ancestry && t.ancestry.length > 1 ? " (" + t.ancestry.slice(1, -1).join(" \u203a ") + ")" : ""));
    if (n.aliases.length) row("Aliases", n.aliases.join("; "));
    Object.keys(n.ext).forEach(function (k) { row(k, n.ext[k]); });
    if (!brief) {
      row("Id", n.id);
      Object.keys(n.props).forEach(function (k) { var v = n.props[k]; row(k.replace(/_/g, " "), Array.isArray(v) ? v.join(", ") : String(v)); });
    }
    row("Claims", String(n.degree));
    out.push(dl);
    if (!brief) {
      var btn = el("button", null, ["Show its neighbourhood"]);
      btn.type = "button";
      btn.addEventListener("click", function () { focusOn(i); });
      out.push(btn);
      var ul = el("ul");
      adjacent()[i].slice(0, 60).forEach(function (p) {
        var b = el("button", null, [edgeTitle(p[1])]);
        b.type = "button";
        b.className = "pg-link";
        b.addEventListener("click", function () { network.selectEdges([p[1]]); showEdge(p[1]); });
        ul.appendChild(el("li", null, [b]));
      });
      if (adjacent()[i].length) out.push(el("h2", null, ["Edges"]), ul);
    }
    return out;
  }
  function fill(target, parts) { clear(target); parts.forEach(function (p) { target.appendChild(p); }); }
  function showNode(i) { fill(details, nodeContent(i, false)); }
  function showEdge(j) { fill(details, edgeContent(j, false)); }
  function showTip(parts, pointer) {
    fill(tip, parts);
    tip.hidden = false;
    var r = container.getBoundingClientRect(), x = r.left + pointer.x + 14, y = r.top + pointer.y + 14;
    var w = tip.offsetWidth, h = tip.offsetHeight;
    if (x + w > window.innerWidth - 4) x = Math.max(4, window.innerWidth - w - 4);
    if (y + h > window.innerHeight - 4) y = Math.max(4, r.top + pointer.y - h - 14);
    tip.style.left = x + "px";
    tip.style.top = y + "px";
  }
  function hideTip() { tip.hidden = true; clear(tip); }
  network.on("hoverNode", function (p) { showTip(nodeContent(p.node, true), p.pointer.DOM); });
  network.on("hoverEdge", function (p) { showTip(edgeContent(p.edge, true), p.pointer.DOM); });
  network.on("blurNode", hideTip);
  network.on("blurEdge", hideTip);
  network.on("dragStart", hideTip);
  network.on("zoom", hideTip);
  network.on("click", function (p) {
    if (p.nodes.length) showNode(p.nodes[0]);
    else if (p.edges.length) showEdge(p.edges[0]);
  });
  network.on("doubleClick", function (p) { if (p.nodes.length) focusOn(p.nodes[0]); });

  function focusOn(i) {
    state.focus = i;
    apply();
    network.selectNodes([i]);
    showNode(i);
    fitView(api.visibleNodeIds().map(function (id) { return indexOf[id]; }));
  }
  var indexOf = {};
  D.nodes.forEach(function (n, i) { indexOf[n.id] = i; });

  // -- controls -------------------------------------------------------------------------------------
  function checkboxes(target, names, label, count, set, key) {
    names.forEach(function (name) {
      var box = el("input");
      box.type = "checkbox";
      box.checked = set().has(name);
      box.value = name;
      box.setAttribute("data-" + key, name);
      box.addEventListener("change", function () {
        if (box.checked) set().add(name); else set().delete(name);
        apply();
      });
      target.appendChild(el("label", "pg-check", [box, label(name), el("span", "pg-count", [String(count(name))])]));
    });
  }
  var typeNames = Object.keys(D.types).filter(function (t) { return present.types[t]; });
  checkboxes(byId("pg-types"), typeNames, function (t) { return D.types[t].label; },
    function (t) { return present.types[t]; }, function () { return state.types; }, "type");
  var modNames = Object.keys(D.modalities).filter(function (m) { return present.modalities[m]; });
  Object.keys(present.modalities).forEach(function (m) { if (modNames.indexOf(m) < 0) modNames.push(m); });
  checkboxes(byId("pg-modalities"), modNames, function (m) { return m.replace(/_/g, " "); },
    function (m) { return present.modalities[m]; }, function () { return state.modalities; }, "modality");
  var claimantSelect = byId("pg-claimant");
  Object.keys(present.claimants).sort(function (a, b) { return present.claimants[b].count - present.claimants[a].count; })
    .forEach(function (k) {
      var o = document.createElement("option");
      o.value = k;
      o.text = present.claimants[k].name + " (" + present.claimants[k].count + ")";
      claimantSelect.appendChild(o);
    });
  claimantSelect.addEventListener("change", function () { state.claimant = claimantSelect.value; apply(); });
  ["input", "change"].forEach(function (kind) {
    byId("pg-from").addEventListener(kind, function (ev) { if (state.from !== ev.target.value) { state.from = ev.target.value; apply(); } });
    byId("pg-to").addEventListener(kind, function (ev) { if (state.to !== ev.target.value) { state.to = ev.target.value; apply(); } });
  });
  byId("pg-depth").addEventListener("change", function (ev) { state.depth = parseInt(ev.target.value, 10) || 1; if (state.focus !== null) apply(); });
  byId("pg-focus-clear").addEventListener("click", function () { state.focus = null; apply(); fitView(); });
  byId("pg-fit").addEventListener("click", function () { fitView(); });
  byId("pg-reset").addEventListener("click", function () {
    var depth = state.depth, path = state.path;
    state = api.state = defaults();
    state.depth = depth;
    setPath(path);
    document.querySelectorAll("#pg-controls input[type=checkbox]").forEach(function (b) { b.checked = true; });
    claimantSelect.value = "";
    byId("pg-from").value = byId("pg-to").value = "";
    apply();
  });
  byId("pg-relax").addEventListener("click", function () {
    network.setOptions({ physics: { enabled: true, solver: "barnesHut", stabilization: { enabled: true, iterations: 150, updateInterval: 5, fit: false } } });
    network.once("stabilizationIterationsDone", function () { if (!physicsKept) network.setOptions({ physics: { enabled: false } }); });
    network.stabilize(150);
  });

  // search by name or alias
  var search = byId("pg-search"), results = byId("pg-search-results");
  var folded = D.nodes.map(function (n) { return [n.name].concat(n.aliases).map(fold); });
  function matches(q, limit) {
    q = fold(q);
    if (!q) return [];
    var hits = [];
    folded.forEach(function (names, i) {
      var best = null;  // [score, which name]: 0 exact, 1 prefix, 2 anywhere
      names.forEach(function (s, k) {
        var score = s === q ? 0 : s.indexOf(q) === 0 ? 1 : s.indexOf(q) > 0 ? 2 : -1;
        if (score >= 0 && (best === null || score < best[0])) best = [score, k];
      });
      if (best !== null) hits.push([best[0], -D.nodes[i].degree, i, best[1]]);
    });
    hits.sort(function (a, b) { return a[0] - b[0] || a[1] - b[1] || a[2] - b[2]; });
    return hits.slice(0, limit);
  }
  search.addEventListener("input", function () {
    clear(results);
    matches(search.value, 20).forEach(function (h) {
      var n = D.nodes[h[2]];
      var label = n.name + " (" + typeOf(n).label + ")" + (h[3] > 0 ? " \u2014 alias " + n.aliases[h[3] - 1] : "") +
        (visible.nodes[h[2]] ? "" : " \u2014 hidden by filters");
      var b = el("button", null, [label]);
      b.type = "button";
      b.setAttribute("data-node", n.id);
      b.addEventListener("click", function () {
        showNode(h[2]);
        if (visible.nodes[h[2]]) { network.selectNodes([h[2]]); network.focus(h[2], { scale: 1.2, animation: false }); }
      });
      results.appendChild(el("li", null, [b]));
    });
  });
  search.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter") { var first = results.querySelector("button"); if (first) first.click(); }
  });

  // paths: the ones handed in (attribution) and a shortest path among the visible edges
  var pathSelect = byId("pg-paths");
  (D.paths || []).forEach(function (p, k) {
    var o = document.createElement("option");
    o.value = String(k);
    o.text = "Path " + (k + 1) + ": " + p.map(function (i) { return D.nodes[i].name; }).join(" \u2192 ");
    pathSelect.appendChild(o);
  });
  pathSelect.addEventListener("change", function () {
    setPath(pathSelect.value === "" ? null : D.paths[parseInt(pathSelect.value, 10)]);
    apply();
  });
  byId("pg-path-find").addEventListener("click", function () {
    var msg = byId("pg-path-message"), a = matches(byId("pg-path-from").value, 1)[0], b = matches(byId("pg-path-to").value, 1)[0];
    if (!a || !b) { msg.textContent = "Name two entities (by name or alias)."; return; }
    var p = shortestPath(a[2], b[2]);
    if (!p) { msg.textContent = "No path between " + D.nodes[a[2]].name + " and " + D.nodes[b[2]].name + " among the visible edges."; return; }
    setPath(p);
    pathSelect.value = "";
    msg.textContent = p.map(function (i) { return D.nodes[i].name; }).join(" \u2192 ");
    apply();
  });

  // -- legend (from the ontology's styles, for what the view holds) ------------------------------------
  function svg(w, h, draw) { var s = document.createElementNS(SVG, "svg"); s.setAttribute("width", w); s.setAttribute("height", h); draw(s); return s; }
  function shape(s, kind, color) {
    var c = 9, r = 7, e, pts = null;
    var poly = function (list) { return list.map(function (p) { return (c + p[0]).toFixed(1) + "," + (c + p[1]).toFixed(1); }).join(" "); };
    if (kind === "square" || kind === "box") { e = document.createElementNS(SVG, "rect"); e.setAttribute("x", 2); e.setAttribute("y", kind === "box" ? 4 : 2); e.setAttribute("width", 14); e.setAttribute("height", kind === "box" ? 10 : 14); if (kind === "box") e.setAttribute("rx", 2); }
    else if (kind === "ellipse") { e = document.createElementNS(SVG, "ellipse"); e.setAttribute("cx", c); e.setAttribute("cy", c); e.setAttribute("rx", 8); e.setAttribute("ry", 5); }
    else if (kind === "triangle") pts = [[0, -r], [r, r * 0.8], [-r, r * 0.8]];
    else if (kind === "triangleDown") pts = [[0, r], [r, -r * 0.8], [-r, -r * 0.8]];
    else if (kind === "diamond") pts = [[0, -r - 1], [r + 1, 0], [0, r + 1], [-r - 1, 0]];
    else if (kind === "hexagon") pts = [0, 1, 2, 3, 4, 5].map(function (k) { var a = Math.PI / 3 * k; return [r * Math.cos(a), r * Math.sin(a)]; });
    else if (kind === "star") pts = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map(function (k) { var a = Math.PI / 5 * k - Math.PI / 2, q = k % 2 ? r * 0.45 : r + 1; return [q * Math.cos(a), q * Math.sin(a)]; });
    else { e = document.createElementNS(SVG, "circle"); e.setAttribute("cx", c); e.setAttribute("cy", c); e.setAttribute("r", r); }
    if (pts) { e = document.createElementNS(SVG, "polygon"); e.setAttribute("points", poly(pts)); }
    e.setAttribute("fill", color);
    e.setAttribute("stroke", darker(color));
    s.appendChild(e);
  }
  function line(s, color, dashes, bar) {
    var l = document.createElementNS(SVG, "line");
    l.setAttribute("x1", 1); l.setAttribute("y1", 9); l.setAttribute("x2", 33); l.setAttribute("y2", 9);
    l.setAttribute("stroke", color); l.setAttribute("stroke-width", 2);
    if (dashes && dashes.length) l.setAttribute("stroke-dasharray", dashes.join(" "));
    s.appendChild(l);
    if (bar) {
      var b = document.createElementNS(SVG, "line");
      b.setAttribute("x1", 17); b.setAttribute("y1", 2); b.setAttribute("x2", 17); b.setAttribute("y2", 16);
      b.setAttribute("stroke", color); b.setAttribute("stroke-width", 3);
      s.appendChild(b);
    }
  }
  (function legend() {
    var box = byId("pg-legend");
    typeNames.forEach(function (t) {
      box.appendChild(el("div", "pg-legend-row", [svg(18, 18, function (s) { shape(s, D.types[t].shape, D.types[t].color); }), D.types[t].label]));
    });
    var rels = {};
    D.edges.forEach(function (e) { rels[e.predicate] = 1; });
    Object.keys(D.relations).filter(function (r) { return rels[r]; }).forEach(function (r) {
      box.appendChild(el("div", "pg-legend-row", [svg(34, 18, function (s) { line(s, D.relations[r].color, null, false); }), D.relations[r].label]));
    });
    modNames.forEach(function (m) {
      box.appendChild(el("div", "pg-legend-row", [svg(34, 18, function (s) { line(s, "#555555", modOf(m).dashes, false); }), m.replace(/_/g, " ")]));
    });
    box.appendChild(el("div", "pg-legend-row", [svg(34, 18, function (s) { line(s, "#555555", null, true); }), "contested (someone denies a claim)"]));
    box.appendChild(el("p", "pg-hint", ["Colour and shape: entity type; edge colour: relation; dashes: the strongest modality among the edge's claims; thicker: more claims."]));
  })();

  // -- heading and notice -----------------------------------------------------------------------------
  byId("pg-title").textContent = D.title;
  byId("pg-subtitle").textContent = [D.subtitle, "generated " + D.generated].filter(Boolean).join(" \u00b7 ");
  var notice = D.notice || (nNodes ? null : "Nothing to show: no entity matches this view.");
  if (notice) { byId("pg-notice").textContent = notice; byId("pg-notice").hidden = false; }
  if (D.paths && D.paths.length) { pathSelect.value = "0"; setPath(D.paths[0]); apply(); }
  status();
})();
