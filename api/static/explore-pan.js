// Panning a big view moves a picture of it. On software WebGL (a machine without a usable GPU, headless
// Chromium) sigma needs ~0.1 s to draw 2,000 nodes and over a second for 50,000, far too slow to redraw on
// every frame of a drag. So, as map libraries do, while the camera moves the last frame's layers are moved
// and scaled with a CSS transform (the compositor does that without redrawing), and sigma draws again once
// the camera has rested for REST_MS, or when a button goes down so that a click lands on what is drawn.
// Views of at most `liveMax` nodes + edges redraw on every frame as usual.
(function () {
  "use strict";
  const REST_MS = 150;

  window.panAsPicture = function panAsPicture(renderer, container, liveMax) {
    const camera = renderer.getCamera();
    const graph = renderer.getGraph();
    const layers = Object.entries(renderer.getCanvases()).filter(([name]) => name !== "mouse").map(([, c]) => c);
    for (const c of layers) c.style.transformOrigin = "0 0";
    let moved = false, rest = null, drawn = camera.getState();  // the camera of the frame on screen

    // sigma redraws on every camera update; this listener decides instead
    camera.removeListener("updated", renderer.activeListeners.camera);
    camera.on("updated", (state) => {
      if (graph.order + graph.size <= liveMax) { renderer.scheduleRender(); return; }
      // where the drawn frame's corners are under the camera now (no rotation: a translation and a scale)
      const { width, height } = renderer.getDimensions();
      const corner = (x, y) => renderer.framedGraphToViewport(renderer.viewportToFramedGraph({ x, y }, { cameraState: drawn }), { cameraState: state });
      const a = corner(0, 0), b = corner(width, height);
      const transform = `translate(${a.x}px, ${a.y}px) scale(${(b.x - a.x) / width})`;
      for (const c of layers) c.style.transform = transform;
      moved = true;
      clearTimeout(rest);
      rest = setTimeout(() => renderer.scheduleRender(), REST_MS);
    });
    renderer.on("afterRender", () => {
      drawn = camera.getState();
      if (!moved) return;
      moved = false;
      clearTimeout(rest);
      for (const c of layers) c.style.transform = "";
    });
    container.addEventListener("mousedown", () => { if (moved) renderer.render(); }, true);
  };
})();
