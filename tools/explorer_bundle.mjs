// The explorer's graph libraries as one classic script, api/static/vendor/graph.js (committed).
// sigma ships ES modules only; the explorer's own scripts are plain files, so esbuild bundles the
// pinned npm packages once into `window.KGGraph`. Rebuild after changing package.json:
//   npm ci && npm run build:explorer
// tests/test_explorer_bundle.py fails when the committed file differs from a fresh build.
import Graph from "graphology";
import Sigma from "sigma";
import FA2Layout from "graphology-layout-forceatlas2/worker";
import forceAtlas2 from "graphology-layout-forceatlas2";
import noverlap from "graphology-layout-noverlap";
import { nodePrograms, edgePrograms, instancedPrograms } from "./explorer_programs.mjs";

window.KGGraph = { Graph, Sigma, FA2Layout, inferSettings: forceAtlas2.inferSettings, noverlap, nodePrograms, edgePrograms, instancedPrograms };
