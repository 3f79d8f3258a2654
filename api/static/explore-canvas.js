// The explorer's canvas: a graphology graph drawn by sigma.js (WebGL), laid out by ForceAtlas2 in a
// web worker, so neither drawing nor layout blocks the page. Labels: node labels by importance (sigma's
// label grid keeps the biggest node of each cell), edge labels only on hover, on selection or zoomed in.
// The libraries come from /vendor/graph.js (window.KGGraph, built from package.json's pinned packages).
(function () {
  "use strict";
  const { Graph, Sigma, FA2Layout, inferSettings, noverlap, nodePrograms, edgePrograms } = window.KGGraph;

  const ZOOMED_IN = 0.45;          // camera ratio under which edges between labelled nodes show their label
  const EDGE_EVENTS_MAX = 5000;    // above this many edges, no edge hover/click: edge picking is a second pass over every edge
  const ARROWS_MAX = 20000;        // above this many edges, plain lines (arrow heads cost a second pass)
  const DIM = "#e2e2e2";
  const LABELLED_STAR = 12;        // a focused node with more neighbours than this gets edge labels only zoomed in
  const NOVERLAP_MAX = 1000;       // views up to this many nodes are spread so no two overlap (on the main thread: ~0.1 s per 1,000)
  const LIVE_PAN_MAX = 2000;       // nodes + edges up to which a pan redraws every frame (above: explore-pan.js)

  window.createCanvas = function createCanvas(container, { nodeShown, edgeShown, onSettled }) {
    const graph = new Graph({ multi: true, type: "directed" });
    const ui = { hoveredNode: null, hoveredEdge: null, selectedNode: null, selectedEdge: null, near: new Set(), edgeEnds: new Set(), zoomedIn: false };
    const state = { firstDrawMs: null, interactiveMs: null, settled: true, layoutMs: null };

    function focusNode() { return ui.hoveredNode || ui.selectedNode; }
    function nodeReducer(node, data) {
      if (!nodeShown(node)) return { ...data, hidden: true };
      if (ui.edgeEnds.has(node)) return { ...data, forceLabel: true, zIndex: 2 };  // the ends of the chosen edge
      const focus = focusNode();
      if (!focus) return data;
      if (node === focus) return { ...data, forceLabel: true, highlighted: true, zIndex: 2 };
      if (ui.near.has(node)) return { ...data, forceLabel: ui.near.size <= 3 * LABELLED_STAR, zIndex: 1 };  // a hub's: by the label grid
      return { ...data, color: DIM, label: "", zIndex: 0 };
    }
    function edgeReducer(edge, data) {
      if (!edgeShown(edge)) return { ...data, hidden: true };
      if (edge === ui.hoveredEdge || edge === ui.selectedEdge) return { ...data, label: data.relLabel, forceLabel: true, color: "#222", size: data.size + 1.5, zIndex: 2 };
      const focus = focusNode();
      if (focus) {
        const [s, t] = graph.extremities(edge);
        // the focus's edges labelled when they fit around it; a hub's only when zoomed in
        if (s === focus || t === focus) {
          const fits = ui.near.size <= LABELLED_STAR;
          return { ...data, label: fits || ui.zoomedIn ? data.relLabel : "", forceLabel: fits, color: "#666", zIndex: 1 };
        }
        return { ...data, color: "#f0f0f0", label: "", zIndex: 0 };
      }
      return ui.zoomedIn ? { ...data, label: data.relLabel } : data;
    }

    const renderer = new Sigma(graph, container, {
      renderEdgeLabels: true, enableEdgeEvents: true, zIndex: true, defaultEdgeType: "arrow",
      labelFont: '"Noto Sans CJK SC", "Noto Sans SC", "Microsoft YaHei", sans-serif', labelSize: 12, labelWeight: "500",
      edgeLabelFont: '"Noto Sans CJK SC", "Noto Sans SC", sans-serif', edgeLabelSize: 11, edgeLabelColor: { color: "#444" },
      labelDensity: 0.5, labelGridCellSize: 140, labelRenderedSizeThreshold: 7, minCameraRatio: 0.02, maxCameraRatio: 4,
      nodeReducer, edgeReducer,
      // not instanced: software WebGL draws each instance separately (see tools/explorer_programs.mjs)
      nodeProgramClasses: nodePrograms, edgeProgramClasses: edgePrograms,
    });
    // first draw: the first frame with nodes in it
    renderer.on("afterRender", function firstDraw() {
      if (!graph.order || state.firstDrawMs !== null) return;
      state.firstDrawMs = 0;
      // on screen at the next frame (after the GPU work); interactive: the first frame after that which
      // arrives without a long task in between
      let last = 0;
      const tick = (t) => {
        if (t - last < 50) { state.interactiveMs = performance.now(); document.body.dataset.interactive = "1"; return; }
        last = t; requestAnimationFrame(tick);
      };
      requestAnimationFrame((t) => { state.firstDrawMs = performance.now(); last = t; requestAnimationFrame(tick); });
    });
    renderer.getCamera().on("updated", (cam) => {
      const zoomed = cam.ratio < ZOOMED_IN;
      if (zoomed !== ui.zoomedIn) { ui.zoomedIn = zoomed; refresh(); }
    });
    const pan = window.panAsPicture(renderer, container, LIVE_PAN_MAX);
    // sigma re-indexes the whole graph on every refresh (only the draw waits for the next frame): the
    // explorer's changes (focus, filters, zoom) are gathered into one refresh per frame
    let refreshQueued = false;
    function refresh() {
      if (refreshQueued) return;
      refreshQueued = true;
      requestAnimationFrame(() => { refreshQueued = false; renderer.refresh(); });
    }

    function setFocus(key, value) {
      ui[key] = value;
      const f = focusNode();
      ui.near = f && graph.hasNode(f) ? new Set(graph.neighbors(f)) : new Set();
      const e = ui.hoveredEdge || ui.selectedEdge;
      ui.edgeEnds = new Set(e && graph.hasEdge(e) ? graph.extremities(e) : []);
      refresh();
    }
    renderer.on("enterNode", ({ node }) => { container.style.cursor = "pointer"; setFocus("hoveredNode", node); });
    renderer.on("leaveNode", () => { container.style.cursor = ""; setFocus("hoveredNode", null); });
    renderer.on("enterEdge", ({ edge }) => { container.style.cursor = "pointer"; setFocus("hoveredEdge", edge); });
    renderer.on("leaveEdge", () => { container.style.cursor = ""; setFocus("hoveredEdge", null); });

    // Big views trade edge picking and arrow heads for frame rate.
    function tuneForSize() {
      const set = (key, value) => { if (renderer.getSetting(key) !== value) renderer.setSetting(key, value); };  // each set re-indexes
      set("enableEdgeEvents", graph.size <= EDGE_EVENTS_MAX);
      set("defaultEdgeType", graph.size <= ARROWS_MAX ? "arrow" : "line");
    }

    // ---- layout: ForceAtlas2 in a worker for a time budget, then noverlap on small views ----
    // The worker lays out a copy of the graph (`shadow`); its positions are copied onto the drawn graph every
    // `syncMs`, the rarer the bigger the view: each copy costs sigma a full redraw (~0.1 s for 2,000 nodes
    // on software WebGL), and redrawing on every layout step would leave the page no time to answer input.
    let fa2 = null, shadow = null, timer = null, sync = null, started = 0;
    function layoutBudgetMs(n) { return n <= 50 ? 700 : Math.min(6000, 900 + n * 0.5); }
    // 2,000 nodes: twice a second; above 5,000, only the result (a redraw there takes ~0.5 s or more)
    function syncMs(n) { return n <= 200 ? 30 : n <= 5000 ? n / 4 : Infinity; }
    let fitAfter = false;
    function runLayout(moving) {
      fitAfter = !moving;
      // moving: the ids that may move (a fresh expansion); null: every node (a fresh load)
      stopLayout(false);
      if (graph.order < 2) { finish(); return; }
      shadow = new Graph({ multi: true, type: "directed" });
      graph.forEachNode((id, a) => shadow.addNode(id, { x: a.x, y: a.y, size: a.size, fixed: moving ? !moving.has(id) : false }));
      graph.forEachEdge((id, a, s, t) => shadow.addDirectedEdgeWithKey(id, s, t, { weight: a.weight }));
      const settings = { ...inferSettings(shadow), adjustSizes: false, slowDown: graph.order > 2000 ? 2 : 5 };
      fa2 = new FA2Layout(shadow, { settings });
      state.settled = false;
      document.body.dataset.settled = "0";
      started = performance.now();
      fa2.start();
      const budget = layoutBudgetMs(moving ? moving.size : graph.order);
      if (syncMs(graph.order) < budget) sync = setInterval(copyPositions, syncMs(graph.order));
      timer = setTimeout(() => stopLayout(true), budget);
    }
    function copyPositions() {
      const from = shadow;
      graph.updateEachNodeAttributes((id, a) => {
        const p = from.hasNode(id) ? from.getNodeAttributes(id) : a;
        a.x = p.x; a.y = p.y;
        return a;
      }, { attributes: ["x", "y"] });
    }
    function stopLayout(done) {
      clearTimeout(timer);
      clearInterval(sync);
      if (fa2) { fa2.kill(); fa2 = null; }
      if (done && shadow) copyPositions();
      shadow = null;
      if (done) finish();
    }
    function finish() {
      if (graph.order > 1 && graph.order <= NOVERLAP_MAX) noverlap.assign(graph, { maxIterations: 40, settings: { ratio: 1.2, margin: 3 } });
      state.layoutMs = started ? performance.now() - started : 0;
      if (fitAfter) renderer.getCamera().animatedReset({ duration: 200 });  // a fresh load: all of it in sight
      state.settled = true;
      document.body.dataset.settled = "1";
      onSettled();
    }

    // ---- positions for new nodes: next to a placed neighbour, so the first draw already has shape ----
    function extent() {
      let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
      graph.forEachNode((_, a) => { minX = Math.min(minX, a.x); maxX = Math.max(maxX, a.x); minY = Math.min(minY, a.y); maxY = Math.max(maxY, a.y); });
      return graph.order ? Math.max(maxX - minX, maxY - minY, 1) : 100;
    }
    // nodes: [{id, ...attrs}] not yet in the graph; edges: [{id, source, target, ...attrs}]; near: an anchor id
    function add(nodes, edges, near) {
      const span = extent();
      const step = span / Math.max(8, Math.sqrt(graph.order + nodes.length));
      const anchor = near && graph.hasNode(near) ? graph.getNodeAttributes(near) : null;
      const placed = new Map();
      const firstNeighbour = new Map();
      for (const e of edges) {
        if (!firstNeighbour.has(e.source)) firstNeighbour.set(e.source, e.target);
        if (!firstNeighbour.has(e.target)) firstNeighbour.set(e.target, e.source);
      }
      const posOf = (id) => placed.get(id) || (graph.hasNode(id) ? graph.getNodeAttributes(id) : null);
      nodes.forEach((n, i) => {
        const a = (2 * Math.PI * i) / Math.max(1, nodes.length);
        const nb = posOf(firstNeighbour.get(n.id));
        let x, y;
        if (anchor) { x = anchor.x + step * 2 * Math.cos(a) * (0.6 + Math.random() * 0.4); y = anchor.y + step * 2 * Math.sin(a) * (0.6 + Math.random() * 0.4); }
        else if (nb) { const r = step * (0.5 + Math.random()); const b = Math.random() * 2 * Math.PI; x = nb.x + r * Math.cos(b); y = nb.y + r * Math.sin(b); }
        else { const r = span * Math.sqrt(Math.random()); x = r * Math.cos(a * 7.3); y = r * Math.sin(a * 7.3); }
        placed.set(n.id, { x, y });
      });
      // sigma indexes each added node and edge as it comes; a batch is cheaper indexed once, by one refresh
      renderer.unbindGraphHandlers();
      for (const n of nodes) graph.addNode(n.id, { ...n, ...placed.get(n.id) });
      for (const e of edges) if (!graph.hasEdge(e.id) && graph.hasNode(e.source) && graph.hasNode(e.target)) graph.addDirectedEdgeWithKey(e.id, e.source, e.target, e);
      renderer.bindGraphHandlers();
      tuneForSize();
      renderer.scheduleRefresh();  // indexed now (later events expect the nodes indexed), drawn on the next frame
      return new Set(placed.keys());
    }

    // The drawn edge passing within `tolerance` pixels of a viewport point: a 1-pixel line is hard to hit,
    // so a click on the stage near an edge counts as a click on it.
    function edgeAt(x, y, tolerance = 6) {
      if (!renderer.getSetting("enableEdgeEvents")) return null;
      let best = null, bestD = tolerance;
      graph.forEachEdge((edge, _a, s, t, sa, ta) => {
        if (renderer.getEdgeDisplayData(edge)?.hidden) return;
        const p = renderer.graphToViewport(sa), q = renderer.graphToViewport(ta);
        const dx = q.x - p.x, dy = q.y - p.y, len2 = dx * dx + dy * dy || 1;
        const k = Math.max(0, Math.min(1, ((x - p.x) * dx + (y - p.y) * dy) / len2));
        const d = Math.hypot(p.x + k * dx - x, p.y + k * dy - y);
        if (d < bestD) { bestD = d; best = edge; }
      });
      return best;
    }

    function clear() { stopLayout(false); ui.hoveredNode = ui.hoveredEdge = ui.selectedNode = ui.selectedEdge = null; ui.near = new Set(); ui.edgeEnds = new Set(); graph.clear(); }
    function viewportOf(id) { return renderer.graphToViewport(graph.getNodeAttributes(id)); }
    // centre the camera on a node, the whole view still in sight
    function focusCamera(id) {
      renderer.refresh();  // display data in camera coordinates (refreshes are otherwise left to the next frame)
      const d = renderer.getNodeDisplayData(id);
      if (d) renderer.getCamera().animate({ x: d.x, y: d.y, ratio: 1.1 }, { duration: 300 });
    }
    // PNG: every layer, in drawing order, on white (the WebGL layers are read right after a synchronous render)
    function toPNG() {
      renderer.refresh();
      const layers = renderer.getCanvases();
      const first = layers.edges || Object.values(layers)[0];
      const out = document.createElement("canvas");
      out.width = first.width; out.height = first.height;
      const ctx = out.getContext("2d");
      ctx.fillStyle = "#fff"; ctx.fillRect(0, 0, out.width, out.height);
      for (const name of ["edges", "nodes", "edgeLabels", "labels", "hovers", "hoverNodes"]) if (layers[name]) ctx.drawImage(layers[name], 0, 0);
      return out.toDataURL("image/png");
    }

    return { graph, renderer, state, ui, pan, add, clear, edgeAt, runLayout, stopLayout, setFocus, viewportOf, focusCamera, toPNG,
             refresh };
  };
})();
