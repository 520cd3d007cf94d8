import type { MapNode, MapNodeType } from '@contract/map.js';
import type { GraphIndex } from './graph-index.js';
import { colorKey, colorOfKey, pluralTypeLabels, typeShapes, type ColorContext } from '../../components/graph-style.js';

// The legend, generated from the styling in use and the nodes drawn: only shapes and colours that appear.

export interface LegendEntry {
  key: string;
  label: string;
  count: number;
}

export interface Legend {
  shapes: Array<LegendEntry & { shape: (typeof typeShapes)[MapNodeType] }>;
  colors: Array<LegendEntry & { color: string }>;
  colorTitle: string;
}

const colorTitles: Record<ColorContext['mode'], string> = {
  department: 'Colour: department',
  source: 'Colour: source of funds',
  community: 'Colour: closely linked groups',
  type: 'Colour: kind of item',
};

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

const colorLabel = (key: string, index: GraphIndex, context: ColorContext, communityNames: readonly string[]) => {
  switch (context.mode) {
    case 'department': {
      const agency = index.nodes.get(`agency:${key}`);
      return agency ? (agency.acronym ? `${agency.acronym}: ${agency.label}` : agency.label) : key;
    }
    case 'community':
      return communityNames[Number(key)] ?? `Group ${Number(key) + 1}`;
    case 'type':
      return pluralTypeLabels[key as MapNodeType] ?? key;
    case 'source':
      return key === 'unknown' ? 'Not known (release without a stream)' : capitalize(key);
  }
};

const count = <T extends string>(keys: Iterable<T>): Map<T, number> => {
  const counts = new Map<T, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
};

export const buildLegend = (
  index: GraphIndex,
  visible: ReadonlySet<string>,
  context: ColorContext,
  communityNames: readonly string[] = [],
): Legend => {
  const nodes = [...visible].map((id) => index.nodes.get(id)).filter((node): node is MapNode => node !== undefined);
  const typeCounts = count(nodes.map((node) => node.type));
  const shapes = (Object.keys(typeShapes) as MapNodeType[])
    .filter((type) => typeCounts.has(type))
    .map((type) => ({
      key: type,
      label: pluralTypeLabels[type],
      count: typeCounts.get(type)!,
      shape: typeShapes[type],
    }));
  const colorCounts = count(nodes.map((node) => colorKey(node, context)).filter((key): key is string => key !== null));
  const colors = [...colorCounts]
    .map(([key, n]) => ({
      key,
      label: colorLabel(key, index, context, communityNames),
      count: n,
      color: colorOfKey(key, context),
    }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
  return { shapes, colors, colorTitle: colorTitles[context.mode] };
};
