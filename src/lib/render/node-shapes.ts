// A sigma 3 node program that draws each node type with its own shape (graph/appearance.ts says
// which): discs, squares, diamonds, triangles, rings and ringed discs, all with the area of the
// disc of the node's size, so that size keeps meaning "connections". It is sigma's own disc program
// (one triangle per node, the shape cut out in the fragment shader, ids drawn the same way for
// picking) with a shape attribute. Loaded with sigma, in the browser only (it needs WebGL).
import type { Attributes } from 'graphology-types';
import { NodeProgram, type ProgramInfo } from 'sigma/rendering';
import type { NodeDisplayData, RenderParams } from 'sigma/types';
import { floatColor } from 'sigma/utils';
import type { NodeType } from '../data/types';
import { NODE_SHAPES, type NodeShape } from '../graph/appearance';

const SHAPE_CODES: Record<NodeShape, number> = {
	disc: 0,
	square: 1,
	diamond: 2,
	triangle: 3,
	ring: 4,
	ringed: 5
};

// The triangle around each node reaches 3.2 radii from its centre, so its inscribed circle
// (1.6 radii) holds every shape: the triangle's corners are 1.555 radii out, the square's 1.253.
const VERTEX_SHADER = /* glsl */ `
attribute vec4 a_id;
attribute vec4 a_color;
attribute vec2 a_position;
attribute float a_size;
attribute float a_shape;
attribute float a_angle;

uniform mat3 u_matrix;
uniform float u_sizeRatio;
uniform float u_correctionRatio;

varying vec4 v_color;
varying vec2 v_diffVector;
varying float v_radius;
varying float v_shape;

const float bias = 255.0 / 254.0;

void main() {
  float radius = a_size * u_correctionRatio / u_sizeRatio * 2.0;
  vec2 diffVector = radius * 3.2 * vec2(cos(a_angle), sin(a_angle));
  gl_Position = vec4((u_matrix * vec3(a_position + diffVector, 1)).xy, 0, 1);
  v_diffVector = diffVector;
  v_radius = radius;
  v_shape = a_shape;
  #ifdef PICKING_MODE
  v_color = a_id;
  #else
  v_color = a_color;
  #endif
  v_color.a *= bias;
}
`;

// Distances are signed (negative inside) and measured in node radii; every shape has the area of
// the unit disc: a square of half-side 0.886, a diamond of half-diagonal 1.253, an equilateral
// triangle of half-side 1.347.
const FRAGMENT_SHADER = /* glsl */ `
precision highp float;

varying vec4 v_color;
varying vec2 v_diffVector;
varying float v_radius;
varying float v_shape;

uniform float u_correctionRatio;

const vec4 transparent = vec4(0.0, 0.0, 0.0, 0.0);
const vec4 white = vec4(1.0, 1.0, 1.0, 1.0);

float triangle(vec2 p) {
  const float k = 1.7320508;
  const float a = 1.347;
  p.x = abs(p.x) - a;
  p.y = p.y + a / k;
  if (p.x + k * p.y > 0.0) p = vec2(p.x - k * p.y, -k * p.x - p.y) / 2.0;
  p.x -= clamp(p.x, -2.0 * a, 0.0);
  return -length(p) * sign(p.y);
}

float outline(vec2 q, float shape) {
  if (shape > 0.5 && shape < 1.5) {
    vec2 d = abs(q) - vec2(0.886);
    return length(max(d, 0.0)) + min(max(d.x, d.y), 0.0);
  }
  if (shape > 1.5 && shape < 2.5) return (abs(q.x) + abs(q.y) - 1.253) * 0.7071;
  if (shape > 2.5 && shape < 3.5) return triangle(q);
  return length(q) - 1.0;
}

void main(void) {
  vec2 q = v_diffVector / v_radius;
  // The antialiased band at the edge, as wide as in sigma's disc program.
  float border = u_correctionRatio * 2.0;
  float dist = outline(q, v_shape) * v_radius + border;

  #ifdef PICKING_MODE
  gl_FragColor = dist > border ? transparent : v_color;
  #else
  vec4 color = v_color;
  float r = length(q);
  float band = border / v_radius;
  // A ring is hollow (white inside, so that edges do not show through); a ringed disc has a white
  // ring inside its edge.
  if (v_shape > 3.5 && v_shape < 4.5) color = mix(white, v_color, smoothstep(0.5 - band, 0.5, r));
  if (v_shape > 4.5) {
    float ring = smoothstep(0.6 - band, 0.6, r) * (1.0 - smoothstep(0.78 - band, 0.78, r));
    color = mix(v_color, white, ring);
  }
  float t = 0.0;
  if (dist > border) t = 1.0;
  else if (dist > 0.0) t = dist / border;
  gl_FragColor = mix(color, transparent, t);
  #endif
}
`;

const UNIFORMS = ['u_sizeRatio', 'u_correctionRatio', 'u_matrix'] as const;

/** What the program reads of a node, beyond sigma's display data. */
type ShapedNode = NodeDisplayData & { kind?: NodeType };

export class NodeShapeProgram<
	N extends Attributes = Attributes,
	E extends Attributes = Attributes,
	G extends Attributes = Attributes
> extends NodeProgram<(typeof UNIFORMS)[number], N, E, G> {
	getDefinition() {
		const { FLOAT, UNSIGNED_BYTE, TRIANGLES } = WebGLRenderingContext;
		return {
			VERTICES: 3,
			VERTEX_SHADER_SOURCE: VERTEX_SHADER,
			FRAGMENT_SHADER_SOURCE: FRAGMENT_SHADER,
			METHOD: TRIANGLES,
			UNIFORMS,
			ATTRIBUTES: [
				{ name: 'a_position', size: 2, type: FLOAT },
				{ name: 'a_size', size: 1, type: FLOAT },
				{ name: 'a_color', size: 4, type: UNSIGNED_BYTE, normalized: true },
				{ name: 'a_id', size: 4, type: UNSIGNED_BYTE, normalized: true },
				{ name: 'a_shape', size: 1, type: FLOAT }
			],
			CONSTANT_ATTRIBUTES: [{ name: 'a_angle', size: 1, type: FLOAT }],
			CONSTANT_DATA: [[0], [(2 * Math.PI) / 3], [(4 * Math.PI) / 3]]
		};
	}

	processVisibleItem(nodeIndex: number, startIndex: number, data: ShapedNode) {
		const array = this.array;
		let i = startIndex;
		array[i++] = data.x;
		array[i++] = data.y;
		array[i++] = data.size;
		array[i++] = floatColor(data.color);
		array[i++] = nodeIndex;
		array[i] = data.kind ? SHAPE_CODES[NODE_SHAPES[data.kind]] : 0;
	}

	setUniforms(
		params: RenderParams,
		{ gl, uniformLocations }: ProgramInfo<(typeof UNIFORMS)[number]>
	) {
		gl.uniform1f(uniformLocations.u_correctionRatio, params.correctionRatio);
		gl.uniform1f(uniformLocations.u_sizeRatio, params.sizeRatio);
		gl.uniformMatrix3fv(uniformLocations.u_matrix, false, params.matrix);
	}
}
