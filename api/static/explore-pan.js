// Panning a big view moves a picture of it. On software WebGL (a machine without a usable GPU, headless
// Chromium) sigma needs ~0.1 s to draw 2,000 nodes and over a second for 50,000, far too slow to redraw on
// every frame of a drag. So, as map libraries do, while the camera moves the last frame's layers are moved
// and scaled with a CSS transform (the compositor does that without redrawing), and sigma draws again once
// the camera has rested (no move for REST_MS and two frames: a slow frame is not a rest), or when a button
// goes down so that a click lands on what is drawn.
// Views of at most `control.liveMax` nodes + edges redraw on every frame as usual (the benchmark raises it
// to measure redrawing on every frame side by side).
(function () {
  "use strict";
  const REST_MS = 150;

  window.panAsPicture = function panAsPicture(renderer, container, liveMax) {
    const control = { liveMax };
    const camera = renderer.getCamera();
    const graph = renderer.getGraph();
    const layers = Object.entries(renderer.getCanvases()).filter(([name]) => name !== "mouse").map(([, c]) => c);
    for (const c of layers) { c.style.transformOrigin = "0 0"; c.style.willChange = "transform"; }  // moved by the compositor alone
    let moved = false, drawn = camera.getState();  // the camera of the frame on screen
    let moves = 0, seen = 0, stillFrames = 0, lastMove = 0, watching = false;
    function watch() {
      if (!moved) { watching = false; return; }
      if (moves !== seen) { seen = moves; stillFrames = 0; } else stillFrames += 1;
      if (stillFrames >= 2 && performance.now() - lastMove >= REST_MS) { watching = false; renderer.render(); return; }
      requestAnimationFrame(watch);
    }

    // sigma redraws on every camera update; this listener decides instead
    camera.removeListener("updated", renderer.activeListeners.camera);
    camera.on("updated", (state) => {
      if (graph.order + graph.size <= control.liveMax) { renderer.scheduleRender(); return; }
      // where the drawn frame's corners are under the camera now (no rotation: a translation and a scale)
      const { width, height } = renderer.getDimensions();
      const corner = (x, y) => renderer.framedGraphToViewport(renderer.viewportToFramedGraph({ x, y }, { cameraState: drawn }), { cameraState: state });
      const a = corner(0, 0), b = corner(width, height);
      const transform = `translate(${a.x}px, ${a.y}px) scale(${(b.x - a.x) / width})`;
      for (const c of layers) c.style.transform = transform;
      moved = true;
      moves += 1;
      lastMove = performance.now();
      if (!watching) { watching = true; requestAnimationFrame(watch); }
    });
    renderer.on("afterRender", () => {
      drawn = camera.getState();
      if (!moved) return;
      moved = false;
      for (const c of layers) c.style.transform = "";
    });
    container.addEventListener("mousedown", () => { if (moved) renderer.render(); }, true);
    return control;
  };
})();
