// The graph explorer. Data comes from the REST API (/api/v1/search, /api/v1/subgraph,
// /api/v1/entities); vis-network is served by this app (/vendor), never a CDN.
// Everything loaded is kept in `all`; at most `bound` nodes are drawn, the rest wait
// behind the "N more not shown" control so the canvas stays fluid.
(function () {
  "use strict";
  const STYLE = JSON.parse(document.body.dataset.style);
  const params = new URLSearchParams(location.search);
  const BOUND_STEP = 300;
  let bound = params.has("bound") ? Math.max(0, parseInt(params.get("bound"), 10) || 0) : BOUND_STEP; // 0 = no bound
  const EXPAND_LIMIT = 200;   // neighbours fetched per click
  const MAX_FETCH = 2000;     // the API's subgraph cap (KG_API_SUBGRAPH_MAX_NODES default)

  const all = { nodes: new Map(), edges: new Map() };   // everything fetched, API shape
  const titles = new Map();                               // document id -> title, for sources and the document filter
  const docName = (id) => titles.get(id) || all.nodes.get(id)?.name || id;
  const pending = [];                                     // node ids fetched but not drawn (over the bound)
  const nodes = new vis.DataSet();
  const edges = new vis.DataSet();
  const filters = { types: new Set(Object.keys(STYLE.nodes)), cluster: "", county: "", policy: "" };
  const state = { settled: false, interactive: false, loads: 0, settleMs: null, lastStabilizeStart: 0 };

  const $ = (id) => document.getElementById(id);
  const esc = (s) => String(s ?? "").replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
  const styleOf = (type) => STYLE.nodes[type] || STYLE.default;
  const relZh = (type) => STYLE.rels[type] || type;
  const shortName = (s) => (s.length > 14 ? s.slice(0, 13) + "…" : s);

  // ---- filters: a node or edge is drawn when it passes every active filter ----
  function neighbourSet(centre) {
    const keep = new Set([centre]);
    for (const e of all.edges.values()) {
      if (e.source === centre) keep.add(e.target);
      if (e.target === centre) keep.add(e.source);
    }
    return keep;
  }
  let scope = null; // ids kept by the cluster/county/policy filters, or null
  function computeScope() {
    let s = null;
    const meet = (set) => { s = s === null ? set : new Set([...s].filter((x) => set.has(x))); };
    if (filters.cluster) meet(neighbourSet(filters.cluster));
    if (filters.county) meet(neighbourSet(filters.county));
    if (filters.policy) {
      const set = new Set([filters.policy]);
      for (const e of all.edges.values()) if (e.policy === filters.policy) { set.add(e.source); set.add(e.target); }
      meet(set);
    }
    scope = s;
  }
  const nodeView = new vis.DataView(nodes, {
    filter: (n) => filters.types.has(n.kgType) && (scope === null || scope.has(n.id)),
  });
  const edgeView = new vis.DataView(edges, {
    filter: (e) => !filters.policy || e.kgPolicy === filters.policy,
  });
  function refilter() { computeScope(); nodeView.refresh(); edgeView.refresh(); updateStatus(); }

  // ---- the network ----
  const options = {
    autoResize: true,
    layout: { improvedLayout: true },
    physics: {
      enabled: true, solver: "barnesHut",
      barnesHut: { gravitationalConstant: -6000, springLength: 140, springConstant: 0.03, damping: 0.35, avoidOverlap: 0.2 },
      stabilization: { enabled: true, iterations: 250, updateInterval: 25, fit: true },
      minVelocity: 1.5,
    },
    interaction: { hover: true, tooltipDelay: 200, hideEdgesOnDrag: true },
    edges: { arrows: { to: { enabled: true, scaleFactor: 0.5 } }, font: { size: 11, align: "middle", color: "#555" },
             color: { color: "#9aa", highlight: "#333" }, smooth: false },
    nodes: { font: { size: 14 } },
  };
  const network = new vis.Network($("graph"), { nodes: nodeView, edges: edgeView }, options);
  network.once("afterDrawing", () => { state.interactive = true; document.body.dataset.interactive = "1"; });

  // Settle, then freeze: physics runs only while a new batch finds its place.
  function settle() {
    state.settled = false;
    document.body.dataset.settled = "0";
    state.lastStabilizeStart = performance.now();
    const n = nodes.length;
    // big views: no Kamada-Kawai seeding (quadratic), and edges hidden while zooming so it stays smooth
    network.setOptions({ physics: { enabled: true }, layout: { improvedLayout: n <= 150 }, interaction: { hideEdgesOnZoom: n > 500 } });
    network.stabilize(n > 1000 ? 80 : n > 300 ? 150 : 250);
  }
  network.on("stabilizationIterationsDone", () => {
    network.setOptions({ physics: { enabled: false } });
    state.settled = true;
    state.settleMs = performance.now() - state.lastStabilizeStart;
    document.body.dataset.settled = "1";
    updateStatus();
  });

  // ---- loading data ----
  function toVisNode(n) {
    const st = styleOf(n.type);
    return { id: n.id, label: shortName(n.name), title: `${n.name}\n${st.zh} · ${n.id}`, color: st.color, shape: st.shape,
             size: 16, kgType: n.type };
  }
  function toVisEdge(e) {
    const role = STYLE.roles[e.props?.role];  // 属于集群·龙头: who leads a cluster, drawn thicker
    return { id: e.id, from: e.source, to: e.target, label: relZh(e.type) + (role ? `·${role}` : ""),
             title: `${relZh(e.type)} (${e.type})`, width: e.props?.role === "leading" ? 3 : 1, kgType: e.type, kgPolicy: e.policy };
  }
  function drawable(e) { return nodes.get(e.source) && nodes.get(e.target); }

  // Add a fetched graph; `near` places new nodes around an existing one so the layout barely moves.
  function addGraph(graph, near) {
    const fresh = [];
    for (const n of graph.nodes) if (!all.nodes.has(n.id)) { all.nodes.set(n.id, n); fresh.push(n.id); }
    for (const e of graph.edges) all.edges.set(e.id, e);
    // what the user just asked for goes before what waited behind the bound earlier
    if (near) pending.unshift(...fresh); else pending.push(...fresh);
    drawPending(near);
    updateOptions();
  }
  function drawPending(near, extra) {
    const room = bound === 0 ? pending.length : Math.max(0, bound + (extra || 0) - nodes.length);
    const batch = pending.splice(0, room).filter((id) => !nodes.get(id));
    if (extra) bound += extra;
    const origin = near && network.getPositions([near])[near];
    nodes.add(batch.map((id, i) => {
      const v = toVisNode(all.nodes.get(id));
      if (origin) { const a = (2 * Math.PI * i) / Math.max(1, batch.length); v.x = origin.x + 160 * Math.cos(a); v.y = origin.y + 160 * Math.sin(a); }
      return v;
    }));
    const newEdges = [...all.edges.values()].filter((e) => !edges.get(e.id) && drawable(e)).map(toVisEdge);
    edges.add(newEdges);
    refilter();
    if (batch.length || newEdges.length) settle();
  }

  async function getJSON(url) {
    const r = await fetch(url, { headers: { Accept: "application/json" } });
    if (!r.ok) throw new Error(`${r.status} ${url}`);
    return r.json();
  }
  // The neighbours of one node. MENTIONS (document → entity) are left out unless the centre is a document.
  async function fetchNeighbourhood(id, limit) {
    const q = new URLSearchParams({ center: id, depth: "1", limit: String(limit || EXPAND_LIMIT) });
    const type = all.nodes.get(id)?.type;
    if (type === "Policy") for (const t of Object.keys(STYLE.rels)) q.append("types", t);  // the API default leaves MENTIONS out
    return getJSON(`/api/v1/subgraph?${q}`);
  }
  // The last expansion the server cut short (its limit): offered again, whole, from the "more" bar.
  let cut = null;
  async function expand(id, limit) {
    state.loads += 1;
    setStatus("载入中…");
    try {
      const g = await fetchNeighbourhood(id, limit);
      cut = g.truncated ? { id, total: g.total, loaded: g.nodes.length } : (cut && cut.id === id ? null : cut);
      addGraph(g, id);
    } catch (err) { setStatus(`载入失败：${err.message}`); }
    finally { state.loads -= 1; updateStatus(); }
  }
  async function focusOn(id) {
    await expand(id);
    network.selectNodes([id]);
    showNode(id);
    if (nodes.get(id)) network.focus(id, { scale: 1.0, animation: { duration: 300 } });
  }

  // ---- the "N more not shown" control ----
  function updateStatus() {
    const hidden = pending.length;
    const unloaded = cut ? cut.total - cut.loaded : 0;
    $("more").hidden = hidden === 0 && unloaded === 0;
    $("more-text").textContent = [hidden ? `还有 ${hidden} 个节点未显示` : "",
      unloaded ? `${all.nodes.get(cut.id)?.name || cut.id} 还有 ${unloaded} 个邻居未载入` : ""].filter(Boolean).join("；");
    $("more-btn").hidden = $("more-all").hidden = hidden === 0;
    $("more-load").hidden = unloaded === 0;
    $("more").dataset.hidden = String(hidden);
    setStatus(`显示 ${nodeView.length} / 已载入 ${all.nodes.size} 个节点 · ${edgeView.length} 条关系`);
  }
  function setStatus(text) { $("status").textContent = text; }
  $("more-btn").onclick = () => drawPending(null, BOUND_STEP);
  $("more-all").onclick = () => { bound = 0; drawPending(null); };
  $("more-load").onclick = () => { if (cut) expand(cut.id, Math.min(cut.total, MAX_FETCH)); };

  // ---- filters UI ----
  function buildTypeFilter() {
    const box = $("type-filter");
    box.innerHTML = Object.entries(STYLE.nodes).map(([t, s]) =>
      `<label><input type="checkbox" data-type="${t}" checked><i style="background:${s.color}"></i>${esc(s.zh)}</label>`).join("");
    box.querySelectorAll("input").forEach((cb) => cb.addEventListener("change", () => {
      if (cb.checked) filters.types.add(cb.dataset.type); else filters.types.delete(cb.dataset.type);
      refilter();
    }));
    $("legend").innerHTML = Object.values(STYLE.nodes).map((s) => `<span><i style="background:${s.color}"></i>${esc(s.zh)}</span>`).join("");
  }
  function fillSelect(sel, label, items) {
    const current = sel.value;
    sel.innerHTML = `<option value="">${label}</option>` +
      items.map(([id, name]) => `<option value="${esc(id)}"${id === current ? " selected" : ""}>${esc(name)}</option>`).join("");
  }
  function updateOptions() {
    const ofType = (t) => [...all.nodes.values()].filter((n) => n.type === t).map((n) => [n.id, n.name]).sort((a, b) => a[1].localeCompare(b[1], "zh"));
    fillSelect($("f-cluster"), "全部集群", ofType("Cluster"));
    fillSelect($("f-county"), "全部县市区", ofType("County"));
    const policies = new Set([...all.edges.values()].map((e) => e.policy).filter(Boolean));
    fillSelect($("f-policy"), "全部文件", [...policies].sort().map((p) => [p, docName(p)]));
  }
  for (const [sel, key] of [["f-cluster", "cluster"], ["f-county", "county"], ["f-policy", "policy"]]) {
    $(sel).addEventListener("change", () => { filters[key] = $(sel).value; refilter(); });
  }

  // ---- side panel ----
  function propRows(obj) {
    return Object.entries(obj).filter(([, v]) => v !== null && v !== "" && !(Array.isArray(v) && !v.length))
      .map(([k, v]) => `<tr><td>${esc(k)}</td><td>${esc(Array.isArray(v) ? v.join("、") : v)}</td></tr>`).join("");
  }
  function docLink(ev) {
    const q = ev.start != null && ev.end != null ? `?start=${ev.start}&end=${ev.end}#hl` : "";
    return `/documents/${encodeURIComponent(ev.policy)}${q}`;
  }
  function evidenceHtml(list) {
    if (!list || !list.length) return '<p class="hint">无证据句</p>';
    return list.map((ev) => `<div class="ev"><a class="ev-link" href="${esc(docLink(ev))}" target="_blank" rel="noopener">${esc(ev.sentence || "(打开原文)")}</a>` +
      `<span class="src">${esc(docName(ev.policy))}${ev.section ? " · " + esc(ev.section) : ""} · 规则 ${esc(ev.rule || "")}${ev.surface ? " · 原文 “" + esc(ev.surface) + "”" : ""}${ev.resolution ? " · " + esc(ev.resolution) : ""}</span></div>`).join("");
  }
  function vizKind(type) { return type === "Cluster" ? "cluster" : type === "County" ? "county" : "entity"; }
  async function showNode(id) {
    const n = all.nodes.get(id);
    if (!n) return;
    const st = styleOf(n.type);
    const links = [`<a href="/viz/${vizKind(n.type)}?ref=${encodeURIComponent(id)}" target="_blank">可分享的静态页</a>`];
    if (n.type === "Policy") links.push(`<a href="/documents/${encodeURIComponent(id)}" target="_blank">打开原文</a>`);
    const degree = [...all.edges.values()].filter((e) => e.source === id || e.target === id);
    const byType = {};
    for (const e of degree) byType[e.type] = (byType[e.type] || 0) + 1;
    $("panel").innerHTML = `<span class="kind" style="background:${st.color}">${esc(st.zh)}</span><h2 id="panel-title">${esc(n.name)}</h2>` +
      `<table>${propRows({ id: n.id, 别名: n.aliases })}</table><div id="panel-props"></div>` +
      `<h3>已载入的关系</h3><table>${propRows(Object.fromEntries(Object.entries(byType).map(([t, c]) => [relZh(t), c])))}</table>` +
      `<div class="links">${links.join("")}</div>`;
    try {
      const full = await getJSON(`/api/v1/entities/${encodeURIComponent(id)}`);
      const props = { ...(full.properties || full.props || {}) };
      delete props.text;
      const box = $("panel-props");
      if (box && $("panel-title")?.textContent === n.name) box.innerHTML = `<table>${propRows(props)}</table>`;
    } catch (err) { /* the panel already shows what is loaded */ }
  }
  async function showEdge(id) {
    const e = all.edges.get(id);
    if (!e) return;
    const src = all.nodes.get(e.source), dst = all.nodes.get(e.target);
    $("panel").innerHTML = `<span class="kind" style="background:#555">关系</span><h2 id="panel-title">${esc(src?.name)} —${esc(relZh(e.type))}→ ${esc(dst?.name)}</h2>` +
      `<table>${propRows({ 类型: `${relZh(e.type)} (${e.type})`, 来源文件: docName(e.policy), ...e.props,
      ...(STYLE.roles[e.props?.role] ? { role: `${STYLE.roles[e.props.role]} (${e.props.role})` } : {}) })}</table>` +
      `<h3>证据句</h3><div id="evidence">${e.evidence ? evidenceHtml(e.evidence) : '<p class="hint">载入中…</p>'}</div>`;
    if (e.evidence) return;
    // graph responses carry only evidence_count: the sentences are fetched when the edge is opened
    try {
      const res = await getJSON(`/api/v1/edges/${encodeURIComponent(id)}/evidence`);
      e.evidence = res.data.map((ev) => ({ ...ev, policy: ev.policy_id }));
    } catch (err) { e.evidence = []; }
    const box = $("evidence");
    if (box) box.innerHTML = evidenceHtml(e.evidence);
  }

  // click: select and expand; double-click: clear everything else and focus on that node
  network.on("click", (p) => {
    if (p.nodes.length) { showNode(p.nodes[0]); expand(p.nodes[0]); }
    else if (p.edges.length) showEdge(p.edges[0]);
  });
  network.on("doubleClick", (p) => {
    if (!p.nodes.length) return;
    const id = p.nodes[0], keep = all.nodes.get(id);
    clearAll();
    addGraph({ nodes: [keep], edges: [] });
    focusOn(id);
  });
  function clearAll() {
    all.nodes.clear(); all.edges.clear(); pending.length = 0;
    nodes.clear(); edges.clear();
    for (const k of ["cluster", "county", "policy"]) filters[k] = "";
    updateOptions(); refilter();
  }
  $("clear").onclick = clearAll;

  // ---- search with suggestions ----
  let searchSeq = 0, active = -1, hits = [];
  async function suggest(q) {
    const seq = ++searchSeq;
    if (!q.trim()) { $("suggest").hidden = true; return; }
    try {
      const res = await getJSON(`/api/v1/search?${new URLSearchParams({ q: q.trim(), limit: "12" })}`);
      if (seq !== searchSeq) return;  // a newer keystroke won
      hits = res.data || [];
      active = hits.length ? 0 : -1;
      renderSuggest();
    } catch (err) { setStatus(`搜索失败：${err.message}`); }
  }
  function renderSuggest() {
    const ul = $("suggest");
    ul.innerHTML = hits.length ? hits.map((h, i) => {
      const st = styleOf(h.type);
      const aliases = (h.aliases || []).slice(0, 4).join("、");
      return `<li role="option" data-id="${esc(h.id)}" class="${i === active ? "active" : ""}">${esc(h.name)}<span class="t" style="background:${st.color}">${esc(st.zh)}</span>${aliases ? `<span class="a">${esc(aliases)}</span>` : ""}</li>`;
    }).join("") : '<li class="none">没有匹配的名称</li>';
    ul.hidden = false;
  }
  function pick(i) {
    const h = hits[i];
    if (!h) return;
    $("suggest").hidden = true;
    $("search").value = h.name;
    addGraph({ nodes: [{ id: h.id, type: h.type, name: h.name, aliases: h.aliases || [] }], edges: [] });
    focusOn(h.id);
  }
  let timer = null;
  $("search").addEventListener("input", (ev) => { clearTimeout(timer); timer = setTimeout(() => suggest(ev.target.value), 120); });
  $("search").addEventListener("keydown", (ev) => {
    if (ev.key === "ArrowDown" || ev.key === "ArrowUp") {
      active = Math.max(0, Math.min(hits.length - 1, active + (ev.key === "ArrowDown" ? 1 : -1)));
      renderSuggest(); ev.preventDefault();
    } else if (ev.key === "Enter") { pick(active); ev.preventDefault(); }
    else if (ev.key === "Escape") $("suggest").hidden = true;
  });
  $("suggest").addEventListener("mousedown", (ev) => {
    const li = ev.target.closest("li[data-id]");
    if (li) { ev.preventDefault(); pick(hits.findIndex((h) => h.id === li.dataset.id)); }
  });

  // ---- export the current view ----
  function currentView() {
    const ids = new Set(nodeView.getIds());
    const es = edgeView.getIds().map((id) => all.edges.get(id)).filter((e) => e && ids.has(e.source) && ids.has(e.target));
    return { nodes: [...ids].map((id) => all.nodes.get(id)), edges: es };
  }
  function download(name, href) {
    const a = document.createElement("a");
    a.href = href; a.download = name;
    document.body.appendChild(a); a.click(); a.remove();
  }
  function blobUrl(text, type) { return URL.createObjectURL(new Blob([text], { type })); }
  $("export-png").onclick = () => {
    const src = $("graph").querySelector("canvas");
    const out = document.createElement("canvas");
    out.width = src.width; out.height = src.height;
    const ctx = out.getContext("2d");
    ctx.fillStyle = "#fff"; ctx.fillRect(0, 0, out.width, out.height);  // the canvas itself is transparent
    ctx.drawImage(src, 0, 0);
    download("kg-view.png", out.toDataURL("image/png"));
  };
  $("export-json").onclick = () => download("kg-view.json", blobUrl(JSON.stringify(currentView(), null, 2), "application/json"));
  $("export-graphml").onclick = () => download("kg-view.graphml", blobUrl(toGraphML(currentView()), "application/xml"));
  function toGraphML(view) {
    const x = (s) => esc(s);
    const keys = [["type", "node"], ["name", "node"], ["aliases", "node"], ["type", "edge"], ["label", "edge"], ["policy", "edge"], ["evidence", "edge"]];
    const head = keys.map(([k, f]) => `<key id="${f[0]}_${k}" for="${f}" attr.name="${k}" attr.type="string"/>`).join("\n  ");
    const ns = view.nodes.map((n) => `<node id="${x(n.id)}"><data key="n_type">${x(n.type)}</data><data key="n_name">${x(n.name)}</data><data key="n_aliases">${x((n.aliases || []).join("|"))}</data></node>`);
    const es = view.edges.map((e) => `<edge id="${x(e.id)}" source="${x(e.source)}" target="${x(e.target)}"><data key="e_type">${x(e.type)}</data><data key="e_label">${x(relZh(e.type))}</data><data key="e_policy">${x(e.policy)}</data><data key="e_evidence">${x((e.evidence || []).map((v) => v.sentence).join(" | "))}</data></edge>`);
    return `<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n  ${head}\n  <graph id="kg" edgedefault="directed">\n    ${ns.join("\n    ")}\n    ${es.join("\n    ")}\n  </graph>\n</graphml>\n`;
  }

  // ---- synthetic graphs for the benchmark (bench/bench_explorer.py): ?synthetic=N ----
  function synthetic(n) {
    const types = ["Enterprise", "Project", "Park", "County"];
    const nc = Math.max(3, Math.round(n / 25));
    const g = { nodes: [], edges: [] };
    let seed = 42;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    for (let i = 0; i < n; i++) {
      const type = i < nc ? "Cluster" : types[i % types.length];
      g.nodes.push({ id: `syn:${i}`, type, name: `${styleOf(type).zh}${i}`, aliases: [] });
      if (i >= nc) {
        const c = `syn:${Math.floor(rnd() * nc)}`;
        g.edges.push({ id: `e${i}a`, type: "IN_CLUSTER", source: `syn:${i}`, target: c, policy: "policy:syn", props: {}, evidence: [] });
        if (rnd() < 0.5) g.edges.push({ id: `e${i}b`, type: "LOCATED_IN", source: `syn:${i}`, target: `syn:${nc + Math.floor(rnd() * (n - nc))}`, policy: "policy:syn", props: {}, evidence: [] });
      }
    }
    return g;
  }

  buildTypeFilter();
  updateStatus();
  getJSON("/api/v1/policies").then((res) => {
    for (const p of res.data || []) titles.set(p.id, p.title || p.name);
    updateOptions();
  }).catch(() => { /* ids stand in for titles */ });
  window.kg = { all, nodes, edges, nodeView, edgeView, network, state, pending, expand, focusOn, addGraph, currentView, toGraphML,
                get bound() { return bound; } };
  if (params.has("synthetic")) addGraph(synthetic(parseInt(params.get("synthetic"), 10) || 100));
  if (params.has("focus")) {  // an id, name or alias: the entities endpoint resolves it
    getJSON(`/api/v1/entities/${encodeURIComponent(params.get("focus"))}`).then((e) => {
      hits = [{ id: e.id, type: e.type, name: e.name, aliases: e.aliases || [] }];
      pick(0);
    }).catch((err) => setStatus(`载入失败：${err.message}`));
  }
})();
