// A small SVG of a node kind's shape in its colour, for the legend, badges and search hits.
import { FALLBACK_STYLE, KIND_STYLES, type KindShape } from '../graph/node-styles.ts';
import { isNodeKind } from '#model';

type Geometry =
  | { readonly type: 'circle' }
  | { readonly type: 'rect'; readonly rx: number }
  | { readonly type: 'polygon'; readonly points: string; readonly round?: boolean }
  | { readonly type: 'path'; readonly d: string };

function starPoints(): string {
  const points: string[] = [];
  for (let i = 0; i < 10; i += 1) {
    const radius = i % 2 === 0 ? 9 : 3.8;
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    points.push(
      `${(10 + radius * Math.cos(angle)).toFixed(2)},${(10.8 + radius * Math.sin(angle)).toFixed(2)}`,
    );
  }
  return points.join(' ');
}

/** SVG geometry in a 20×20 box for each shape the graph uses. */
const GEOMETRY: Readonly<Record<KindShape, Geometry>> = {
  'round-rectangle': { type: 'rect', rx: 4 },
  hexagon: { type: 'polygon', points: '5,2 15,2 19.5,10 15,18 5,18 0.5,10' },
  star: { type: 'polygon', points: starPoints() },
  ellipse: { type: 'circle' },
  diamond: { type: 'polygon', points: '10,1 19,10 10,19 1,10' },
  octagon: { type: 'polygon', points: '6,1.5 14,1.5 18.5,6 18.5,14 14,18.5 6,18.5 1.5,14 1.5,6' },
  tag: { type: 'polygon', points: '1.5,3.5 13,3.5 18.5,10 13,16.5 1.5,16.5' },
  'round-triangle': { type: 'polygon', points: '10,3 18,17 2,17', round: true },
  barrel: { type: 'path', d: 'M4,2.5 Q10,0.5 16,2.5 Q19,10 16,17.5 Q10,19.5 4,17.5 Q1,10 4,2.5 Z' },
  pentagon: { type: 'polygon', points: '10,1.5 18.5,7.7 15.3,18 4.7,18 1.5,7.7' },
  rhomboid: { type: 'polygon', points: '5.5,3.5 19,3.5 14.5,16.5 1,16.5' },
  vee: { type: 'polygon', points: '1,3 10,8.5 19,3 10,18' },
  'cut-rectangle': { type: 'polygon', points: '5,3 15,3 19,7 19,13 15,17 5,17 1,13 1,7' },
};

export function KindSwatch({ kind, size = 16 }: { readonly kind: string; readonly size?: number }) {
  const style = isNodeKind(kind) ? KIND_STYLES[kind] : FALLBACK_STYLE;
  const geometry = GEOMETRY[style.shape];
  const paint = { fill: style.color, stroke: style.color };
  let shape;
  switch (geometry.type) {
    case 'circle':
      shape = <circle cx={10} cy={10} r={8} {...paint} strokeWidth={1} />;
      break;
    case 'rect':
      shape = <rect x={1.5} y={4} width={17} height={12} rx={geometry.rx} {...paint} strokeWidth={1} />;
      break;
    case 'polygon':
      shape = (
        <polygon
          points={geometry.points}
          {...paint}
          strokeWidth={geometry.round ? 2.5 : 1}
          strokeLinejoin={geometry.round ? 'round' : 'miter'}
        />
      );
      break;
    case 'path':
      shape = <path d={geometry.d} {...paint} strokeWidth={1} />;
      break;
  }
  return (
    <svg
      className="kind-swatch"
      width={size}
      height={size}
      viewBox="0 0 20 20"
      aria-hidden="true"
      focusable="false"
    >
      {shape}
    </svg>
  );
}
