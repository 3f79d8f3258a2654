// The graph explorer. It opens on the overview (/api/v1/graph/overview: clusters sized by their members,
// counties and zones, documents, and the links between them); a click expands a node (/api/v1/subgraph),
// search finds names and short names (/api/v1/search). Drawing and layout: explore-canvas.js.
// Everything loaded is kept in `all`; at most `bound` nodes are drawn, the rest wait behind "N more not shown".
(function () {
  "use strict";
  const STYLE = JSON.parse(document.body.dataset.style);
  const params = new URLSearchParams(location.search);
  const BOUND_STEP = 1000;
  let bound = params.has("bound") ? Math.max(0, parseInt(params.get("bound"), 10) || 0) : BOUND_STEP; // 0 = no bound
  const EXPAND_LIMIT = 200;   // neighbours fetched per click
  const MAX_FETCH = 2000;     // the API's subgraph cap (KG_API_SUBGRAPH_MAX_NODES default)
  const TITLE_CHARS = 16;     // longer document titles are cut in the toolbar (full title in the tooltip)
  const ZH = new Intl.Collator("zh");  // one collator: localeCompare builds one per call

  const all = { nodes: new Map(), edges: new Map() };   // everything fetched, API shape
  const titles = new Map();                               // document id -> title
  const pending = [];                                     // node ids fetched but not drawn (over the bound)
  const filters = { types: new Set(Object.keys(STYLE.nodes)), cluster: "", county: "", policy: "" };
  const state = { loads: 0, view: "empty" };              // view: overview | explore | synthetic | empty

  const $ = (id) => document.getElementById(id);
  const esc = (s) => String(s ?? "").replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
  const styleOf = (type) => STYLE.nodes[type] || STYLE.default;
  const relZh = (type) => STYLE.rels[type] || type;
  const cut = (s, n) => (s.length > n ? s.slice(0, n - 1) + "…" : s);
  const docName = (id) => titles.get(id) || all.nodes.get(id)?.name || nameOf(id);
  // A name for anything that looks like one of our ids: never show `county:聊城高新技术产业开发区`.
  function nameOf(v) {
    if (typeof v !== "string") return v;
    if (all.nodes.has(v)) return all.nodes.get(v).name;
    if (titles.has(v)) return titles.get(v);
    const m = /^(policy|cluster|enterprise|park|county|project|indicator):(.+)$/.exec(v);
    return m ? m[2] : v;
  }

  // ---- filters: a node or edge is drawn when it passes every active filter ----
  let scope = null; // ids kept by the cluster/county/policy filters, or null
  function neighbourSet(centre) {
    const keep = new Set([centre]);
    for (const e of all.edges.values()) {
      if (e.source === centre) keep.add(e.target);
      if (e.target === centre) keep.add(e.source);
    }
    return keep;
  }
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
  const nodeShown = (id) => filters.types.has(all.nodes.get(id)?.type) && (scope === null || scope.has(id));
  const edgeShown = (id) => {
    const e = all.edges.get(id);
    return !!e && (!filters.policy || e.policy === filters.policy) && nodeShown(e.source) && nodeShown(e.target);
  };

  const canvas = window.createCanvas($("graph"), { nodeShown, edgeShown, onSettled: () => updateStatus() });
  const { graph } = canvas;
  const visibleNodes = () => graph.filterNodes((id) => nodeShown(id));
  const visibleEdges = () => graph.filterEdges((id) => edgeShown(id));
  function refilter() { computeScope(); canvas.refresh(); updateStatus(); }

  // ---- drawing: sizes by importance (members from the overview, else degree) ----
  function nodeSize(n) {
    // log scale: one document mentions hundreds of things, a cluster holds tens
    const weight = n.members != null ? n.members : degree.get(n.id) || 0;
    return Math.min(n.members != null ? 26 : 16, 4 + 3 * Math.log2(1 + weight));
  }
  const degree = new Map();
  function toNode(n) {
    return { label: cut(n.name, 18), color: styleOf(n.type).color, size: nodeSize(n), kgType: n.type };
  }
  function toEdge(e) {
    const role = STYLE.roles[e.props?.role];  // 属于集群·龙头: who leads a cluster, drawn thicker
    return { source: e.source, target: e.target, relLabel: relZh(e.type) + (role ? `·${role}` : ""),
             size: e.props?.role === "leading" ? 2.5 : 1, color: "#b8c2c2", kgType: e.type,
             weight: e.type === "MENTIONS" ? 0.2 : 1 };  // the layout pulls mentions less: a document mentions everything
  }

  // Add a fetched graph; `near` places new nodes around an existing one, and only they move.
  function addGraph(g, near) {
    const fresh = [];
    for (const n of g.nodes) {
      const had = all.nodes.get(n.id);
      if (!had) { all.nodes.set(n.id, n); fresh.push(n.id); }
      else if (n.members != null && had.members == null) had.members = n.members;
    }
    for (const e of g.edges) {
      if (all.edges.has(e.id)) continue;
      all.edges.set(e.id, e);
      degree.set(e.source, (degree.get(e.source) || 0) + 1);
      degree.set(e.target, (degree.get(e.target) || 0) + 1);
    }
    if (near) pending.unshift(...fresh); else pending.push(...fresh);  // what the user just asked for goes first
    drawPending(near);
    updateOptions();
  }
  function drawPending(near, extra) {
    if (extra) bound += extra;
    const room = bound === 0 ? pending.length : Math.max(0, bound - graph.order);
    const batch = pending.splice(0, room).filter((id) => !graph.hasNode(id));
    const newEdges = [];
    const inBatch = new Set(batch);
    for (const e of all.edges.values()) {
      if (graph.hasEdge(e.id)) continue;
      const s = inBatch.has(e.source) || graph.hasNode(e.source), t = inBatch.has(e.target) || graph.hasNode(e.target);
      if (s && t) newEdges.push({ id: e.id, ...toEdge(e) });
    }
    const placed = canvas.add(batch.map((id) => ({ id, ...toNode(all.nodes.get(id)) })), newEdges, near);
    // sizes follow degree as edges arrive
    for (const e of newEdges) for (const id of [e.source, e.target]) if (!placed.has(id)) graph.setNodeAttribute(id, "size", nodeSize(all.nodes.get(id)));
    canvas.setFocus("selectedNode", canvas.ui.selectedNode);  // the selection's new neighbours light up too
    refilter();
    if (batch.length || newEdges.length) canvas.runLayout(near && graph.order > batch.length ? placed : null);
  }

  async function getJSON(url) {
    const r = await fetch(url, { headers: { Accept: "application/json" } });
    if (!r.ok) { const err = new Error(`${r.status} ${url}`); err.status = r.status; throw err; }
    return r.json();
  }
  // The neighbours of one node. MENTIONS (document → entity) are left out unless the centre is a document.
  async function fetchNeighbourhood(id, limit) {
    const q = new URLSearchParams({ center: id, depth: "1", limit: String(limit || EXPAND_LIMIT) });
    if (all.nodes.get(id)?.type === "Policy") for (const t of Object.keys(STYLE.rels)) q.append("types", t);
    return getJSON(`/api/v1/subgraph?${q}`);
  }
  let truncated = null;  // the last expansion the server cut short: offered again, whole, from the "more" bar
  async function expand(id, limit) {
    state.loads += 1;
    setStatus("载入中…");
    try {
      const g = await fetchNeighbourhood(id, limit);
      truncated = g.truncated ? { id, total: g.total, loaded: g.nodes.length } : (truncated && truncated.id === id ? null : truncated);
      if (state.view === "empty") state.view = "explore";
      addGraph(g, id);
    } catch (err) { setStatus(`载入失败：${err.message}`); }
    finally { state.loads -= 1; updateStatus(); }
  }
  async function focusOn(id) {
    await expand(id);
    select(id);
    showNode(id);
    if (graph.hasNode(id)) canvas.focusCamera(id);
  }
  async function loadOverview() {
    clearAll();
    state.loads += 1;
    try {
      const g = await getJSON("/api/v1/graph/overview");
      state.view = "overview";
      addGraph(g);
      $("panel").innerHTML = `<h2 id="panel-title">总览</h2><p class="hint">${g.count_nodes} 个产业集群、县市区与政策文件，${g.count_edges} 条关系。` +
        "圆点大小表示成员多少。单击任一节点展开其邻居，双击只看它；单击关系查看证据句。也可在上方搜索企业、项目的名称或简称。</p>";
    } catch (err) { setStatus(`载入失败：${err.message}`); }
    finally { state.loads -= 1; updateStatus(); }
  }

  // ---- the "N more not shown" control ----
  function updateStatus() {
    const hidden = pending.length;
    const unloaded = truncated ? truncated.total - truncated.loaded : 0;
    $("more").hidden = hidden === 0 && unloaded === 0;
    $("more-text").textContent = [hidden ? `还有 ${hidden} 个节点未显示` : "",
      unloaded ? `${nameOf(truncated.id)} 还有 ${unloaded} 个邻居未载入` : ""].filter(Boolean).join("；");
    $("more-btn").hidden = $("more-all").hidden = hidden === 0;
    $("more-load").hidden = unloaded === 0;
    $("more").dataset.hidden = String(hidden);
    setStatus(`显示 ${visibleNodes().length} / 已载入 ${all.nodes.size} 个节点 · ${visibleEdges().length} 条关系` + (canvas.state.settled ? "" : " · 布局中…"));
  }
  function setStatus(text) { $("status").textContent = text; }
  $("more-btn").onclick = () => drawPending(null, BOUND_STEP);
  $("more-all").onclick = () => { bound = 0; drawPending(null); };
  $("more-load").onclick = () => { if (truncated) expand(truncated.id, Math.min(truncated.total, MAX_FETCH)); };

  // ---- filters UI ----
  function buildTypeFilter() {
    const box = $("type-filter");
    box.innerHTML = Object.entries(STYLE.nodes).map(([t, s]) =>
      `<label title="${esc(s.zh)}"><input type="checkbox" data-type="${t}" checked><i style="background:${s.color}"></i>${esc(s.zh)}</label>`).join("");
    box.querySelectorAll("input").forEach((cb) => cb.addEventListener("change", () => {
      if (cb.checked) filters.types.add(cb.dataset.type); else filters.types.delete(cb.dataset.type);
      refilter();
    }));
    $("legend").innerHTML = Object.values(STYLE.nodes).map((s) => `<span><i style="background:${s.color}"></i>${esc(s.zh)}</span>`).join("");
  }
  function fillSelect(sel, label, items) {
    const current = sel.value;
    sel.innerHTML = `<option value="">${label}</option>` + items.map(([id, name]) =>
      `<option value="${esc(id)}" title="${esc(name)}"${id === current ? " selected" : ""}>${esc(cut(name, TITLE_CHARS))}</option>`).join("");
    sel.title = sel.selectedOptions[0]?.getAttribute("title") || label;
  }
  function updateOptions() {
    const ofType = (t) => [...all.nodes.values()].filter((n) => n.type === t).map((n) => [n.id, n.name]).sort((a, b) => ZH.compare(a[1], b[1]));
    fillSelect($("f-cluster"), "全部集群", ofType("Cluster"));
    fillSelect($("f-county"), "全部县市区", ofType("County"));
    const policies = new Set([...all.edges.values()].map((e) => e.policy).filter(Boolean));
    fillSelect($("f-policy"), "全部文件", [...policies].sort().map((p) => [p, docName(p)]));
  }
  for (const [sel, key] of [["f-cluster", "cluster"], ["f-county", "county"], ["f-policy", "policy"]]) {
    $(sel).addEventListener("change", () => {
      filters[key] = $(sel).value;
      $(sel).title = $(sel).selectedOptions[0]?.getAttribute("title") || "";
      refilter();
    });
  }

  // ---- side panel: names, never ids ----
  const PROP_ZH = { kind: "类别", level: "层级", county: "所在县市区", capacity: "规模", year: "年份", unit: "单位", title: "标题",
                    issuer: "发文机关", date: "日期", period: "期间", value: "数值", comparator: "比较", role: "角色", programme: "工程",
                    file: "文件", status: "状态", cites: "引用", confidence: "置信度" };
  const HIDDEN_PROPS = new Set(["id", "name", "aliases", "text", "rev", "status", "file"]);
  function propRows(obj) {
    return Object.entries(obj).filter(([k, v]) => !HIDDEN_PROPS.has(k) && v !== null && v !== undefined && v !== "" && !(Array.isArray(v) && !v.length))
      .map(([k, v]) => `<tr><td>${esc(PROP_ZH[k] || k)}</td><td>${esc(Array.isArray(v) ? v.map(nameOf).join("、") : nameOf(v))}</td></tr>`).join("");
  }
  function docLink(ev) {
    const q = ev.start != null && ev.end != null ? `?start=${ev.start}&end=${ev.end}#hl` : "";
    return `/documents/${encodeURIComponent(ev.policy)}${q}`;
  }
  // the sentence, with the two ends' names (or the words the text used) marked inside it
  function markedSentence(sentence, words) {
    const ws = [...new Set(words.filter((w) => w && w.length > 1 && sentence.includes(w)))].sort((a, b) => b.length - a.length);
    if (!ws.length) return esc(sentence);
    const re = new RegExp(ws.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"), "g");
    let out = "", last = 0;
    for (const m of sentence.matchAll(re)) { out += esc(sentence.slice(last, m.index)) + `<b>${esc(m[0])}</b>`; last = m.index + m[0].length; }
    return out + esc(sentence.slice(last));
  }
  const confidence = (c) => (typeof c === "number" ? `置信度 ${c.toFixed(2)}` : "");
  function evidenceHtml(list, words) {
    if (!list.length) return '<p class="hint">无证据句</p>';
    return list.map((ev) => `<div class="ev"><a class="ev-link" href="${esc(docLink(ev))}" target="_blank" rel="noopener">` +
      `<mark class="ev-sentence">${markedSentence(ev.sentence || "(打开原文)", [...words, ev.surface])}</mark></a>` +
      `<span class="src">${esc(cut(ev.title || docName(ev.policy), 40))}${ev.section ? " · " + esc(ev.section) : ""}` +
      `${ev.confidence != null ? ` · <span class="conf">${confidence(ev.confidence)}</span>` : ""}` +
      `${ev.surface ? " · 原文 “" + esc(ev.surface) + "”" : ""} · 规则 ${esc(ev.rule || "")}</span></div>`).join("");
  }
  function vizKind(type) { return type === "Cluster" ? "cluster" : type === "County" ? "county" : "entity"; }
  async function showNode(id) {
    const n = all.nodes.get(id);
    if (!n) return;
    const st = styleOf(n.type);
    const links = [`<a href="/viz/${vizKind(n.type)}?ref=${encodeURIComponent(id)}" target="_blank">可分享的静态页</a>`];
    if (n.type === "Policy") links.push(`<a href="/documents/${encodeURIComponent(id)}" target="_blank">打开原文</a>`);
    const byType = {};
    for (const e of all.edges.values()) if (e.source === id || e.target === id) byType[relZh(e.type)] = (byType[relZh(e.type)] || 0) + 1;
    $("panel").innerHTML = `<span class="kind" style="background:${st.color}">${esc(st.zh)}</span><h2 id="panel-title">${esc(n.name)}</h2>` +
      `<table>${propRows({ 别名: n.aliases, ...(n.members != null ? { 成员: n.members } : {}) })}</table><div id="panel-props"></div>` +
      `<h3>已载入的关系</h3><table>${propRows(byType)}</table><div class="links">${links.join("")}</div>`;
    try {
      const full = await getJSON(`/api/v1/entities/${encodeURIComponent(id)}`);
      const box = $("panel-props");
      if (box && $("panel-title")?.textContent === n.name) box.innerHTML = `<table>${propRows(full.properties || {})}</table>`;
    } catch (err) { /* the panel already shows what is loaded */ }
  }

  // Evidence: inline when the edge carries it; else fetched on demand from /api/v1/edges/{id}/evidence.
  const asEvidence = (ev) => ({ ...ev, policy: ev.policy_id ?? ev.policy, title: ev.policy_title });
  async function edgeEvidence(e) {
    if (Array.isArray(e.evidence) && e.evidence.length) return e.evidence.map(asEvidence);
    try {
      e.evidence = (await getJSON(`/api/v1/edges/${encodeURIComponent(e.id)}/evidence`)).data;
    } catch (err) {
      if (err.status !== 404) throw err;
      // a server without that endpoint yet: the edge as its source's neighbourhood states it, evidence included
      const q = new URLSearchParams({ center: e.source, depth: "1", limit: String(MAX_FETCH), types: e.type });
      e.evidence = (await getJSON(`/api/v1/subgraph?${q}`)).edges.find((x) => x.id === e.id)?.evidence || [];
    }
    return e.evidence.map(asEvidence);
  }
  async function showEdge(id) {
    const e = all.edges.get(id);
    if (!e) return;
    const src = all.nodes.get(e.source), dst = all.nodes.get(e.target);
    const role = STYLE.roles[e.props?.role];
    $("panel").innerHTML = `<span class="kind" style="background:#555">关系</span><h2 id="panel-title">${esc(src?.name)} —${esc(relZh(e.type))}→ ${esc(dst?.name)}</h2>` +
      `<table>${propRows({ 类型: relZh(e.type) + (role ? `·${role}` : ""), 来源文件: docName(e.policy), ...e.props, role: role || null })}</table>` +
      `<h3>证据句</h3><div id="evidence"><p class="hint">载入中…</p></div>`;
    try {
      const list = await edgeEvidence(e);
      const words = [src, dst].flatMap((n) => (n ? [n.name, ...(n.aliases || [])] : []));
      if ($("panel-title")) $("evidence").innerHTML = evidenceHtml(list, words);
    } catch (err) { $("evidence").innerHTML = `<p class="hint">证据载入失败：${esc(err.message)}</p>`; }
  }

  // click: select and expand; double-click: clear everything else and focus on that node; click on empty: deselect
  function select(nodeId, edgeId) {
    canvas.ui.selectedEdge = edgeId || null;
    canvas.setFocus("selectedNode", nodeId || null);
  }
  canvas.renderer.on("clickNode", ({ node }) => { select(node); showNode(node); expand(node); });
  function clickEdge(edge) { select(null, edge); showEdge(edge); }
  canvas.renderer.on("clickEdge", ({ edge }) => clickEdge(edge));
  canvas.renderer.on("clickStage", ({ event }) => {
    const edge = canvas.edgeAt(event.x, event.y);
    if (edge) clickEdge(edge); else select(null);
  });
  canvas.renderer.on("doubleClickNode", (ev) => {
    ev.preventSigmaDefault();
    const id = ev.node, keep = all.nodes.get(id);
    clearAll();
    state.view = "explore";
    addGraph({ nodes: [keep], edges: [] });
    focusOn(id);
  });
  function clearAll() {
    all.nodes.clear(); all.edges.clear(); degree.clear(); pending.length = 0; truncated = null;
    canvas.clear();
    state.view = "empty";
    for (const k of ["cluster", "county", "policy"]) filters[k] = "";
    updateOptions(); refilter();
  }
  $("clear").onclick = () => { clearAll(); $("panel").innerHTML = '<p class="hint">搜索一个名称开始，或点“总览”。</p>'; };
  $("overview").onclick = loadOverview;

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
      return `<li role="option" data-id="${esc(h.id)}" class="${i === active ? "active" : ""}" title="${esc(h.name)}">${esc(cut(h.name, 30))}<span class="t" style="background:${st.color}">${esc(st.zh)}</span>${aliases ? `<span class="a">${esc(aliases)}</span>` : ""}</li>`;
    }).join("") : '<li class="none">没有匹配的名称</li>';
    ul.hidden = false;
  }
  function pick(i) {
    const h = hits[i];
    if (!h) return;
    $("suggest").hidden = true;
    $("search").value = h.name;
    if (state.view === "overview" || state.view === "synthetic") clearAll();  // a search starts a fresh exploration
    state.view = "explore";
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
    return { nodes: visibleNodes().map((id) => all.nodes.get(id)), edges: visibleEdges().map((id) => all.edges.get(id)) };
  }
  function download(name, href) {
    const a = document.createElement("a");
    a.href = href; a.download = name;
    document.body.appendChild(a); a.click(); a.remove();
  }
  function blobUrl(text, type) { return URL.createObjectURL(new Blob([text], { type })); }
  $("export-png").onclick = () => download("kg-view.png", canvas.toPNG());
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

  // ---- synthetic graphs for the benchmark and tests: ?synthetic=N ----
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
  }).catch(() => { /* names stand in for titles */ });
  window.kg = { all, graph, canvas, renderer: canvas.renderer, state, layout: canvas.state, pending, expand, focusOn, addGraph, loadOverview,
                currentView, toGraphML, visibleNodes, visibleEdges, get bound() { return bound; } };
  if (params.has("synthetic")) { state.view = "synthetic"; $("panel").innerHTML = '<p class="hint">生成的测试图（基准测试用）。</p>'; addGraph(synthetic(parseInt(params.get("synthetic"), 10) || 100)); }
  else if (params.has("focus")) {  // an id, name or alias: the entities endpoint resolves it
    getJSON(`/api/v1/entities/${encodeURIComponent(params.get("focus"))}`).then((e) => {
      hits = [{ id: e.id, type: e.type, name: e.name, aliases: e.aliases || [] }];
      pick(0);
    }).catch((err) => setStatus(`载入失败：${err.message}`));
  } else loadOverview();
})();
