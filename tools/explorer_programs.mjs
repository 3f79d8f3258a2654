// sigma.js's node and edge programs, drawn without instancing.
// sigma 3 draws each node and edge as one instance of a shared shape (drawArraysInstanced). A GPU does
// that for free; SwiftShader (Chromium's software WebGL: a machine without a usable GPU, or headless
// Chromium with --disable-gpu) runs every instance as its own small draw, so 2,000 nodes and 3,000 edges
// took ~0.5 s a frame. `flatten` turns an instanced program into a plain one that writes the shape's
// constant vertex data next to the item's own data, once per vertex: the same shaders and picture, one
// draw call per program (measured: bench/results/explorer.md).
import {
  NodeCircleProgram, EdgeRectangleProgram, EdgeClampedProgram, EdgeArrowHeadProgram, EdgeArrowProgram,
  createEdgeCompoundProgram, getAttributesItemsCount,
} from "sigma/rendering";

function flatten(Instanced) {
  return class Flattened extends Instanced {
    constructor(...args) {
      super(...args);
      const def = super.getDefinition();
      this.itemSize = getAttributesItemsCount(def.ATTRIBUTES);  // the item's own attributes, per vertex
      this.vertexConstants = def.CONSTANT_DATA;
      this.scratch = new Float32Array(this.itemSize);
    }

    getDefinition() {
      const { CONSTANT_ATTRIBUTES, CONSTANT_DATA, ...def } = super.getDefinition();
      return { ...def, ATTRIBUTES: [...def.ATTRIBUTES, ...CONSTANT_ATTRIBUTES] };
    }

    processVisibleItem(id, start, ...data) {
      // the instanced program writes one item's attributes: into a scratch array, then copied per vertex
      const out = this.array;
      this.array = this.scratch;
      super.processVisibleItem(id, 0, ...data);
      this.array = out;
      for (const constants of this.vertexConstants) {
        out.set(this.scratch, start);
        start += this.itemSize;
        for (const c of constants) out[start++] = c;
      }
    }
  };
}

export const nodePrograms = { circle: flatten(NodeCircleProgram) };
export const edgePrograms = {
  line: flatten(EdgeRectangleProgram),
  arrow: createEdgeCompoundProgram([flatten(EdgeClampedProgram), flatten(EdgeArrowHeadProgram)]),
};

// sigma's own (instanced) programs: the benchmark's baseline, measured in the same run
export const instancedPrograms = { nodes: { circle: NodeCircleProgram }, edges: { line: EdgeRectangleProgram, arrow: EdgeArrowProgram } };
