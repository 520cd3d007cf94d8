import type { typeShapes } from '../../../components/graph-style.js';

type Shape = (typeof typeShapes)[keyof typeof typeShapes];

const polygon = (sides: number, rotation: number, radius = 7) =>
  Array.from({ length: sides }, (_, i) => {
    const angle = rotation + (i * 2 * Math.PI) / sides;
    return `${(8 + radius * Math.cos(angle)).toFixed(2)},${(8 + radius * Math.sin(angle)).toFixed(2)}`;
  }).join(' ');

const star = () =>
  Array.from({ length: 10 }, (_, i) => {
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    const radius = i % 2 === 0 ? 7.5 : 3.2;
    return `${(8 + radius * Math.cos(angle)).toFixed(2)},${(8 + radius * Math.sin(angle)).toFixed(2)}`;
  }).join(' ');

/** The node shape as a 16px icon, for legends. */
export const ShapeIcon = ({ shape, color = '#5f6b7a' }: { shape: Shape; color?: string }) => (
  <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
    {shape === 'ellipse' && <circle cx="8" cy="8" r="7" fill={color} />}
    {shape === 'round-rectangle' && <rect x="1" y="2" width="14" height="12" rx="3" fill={color} />}
    {shape === 'diamond' && <polygon points="8,1 15,8 8,15 1,8" fill={color} />}
    {shape === 'hexagon' && <polygon points={polygon(6, 0)} fill={color} />}
    {shape === 'triangle' && <polygon points="8,1 15,14 1,14" fill={color} />}
    {shape === 'star' && <polygon points={star()} fill={color} />}
    {shape === 'pentagon' && <polygon points={polygon(5, -Math.PI / 2)} fill={color} />}
    {shape === 'octagon' && <polygon points={polygon(8, Math.PI / 8)} fill={color} />}
  </svg>
);
