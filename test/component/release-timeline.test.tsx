import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { cloneElement, type ReactElement } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CompetingPair } from '../../server/contract/analytics/competing-releases.js';
import type { MapNode } from '../../server/contract/map.js';
import { ReleaseTimeline, timelineColors } from '../../client/features/releases/components/release-timeline.js';
import { strongestLevels } from '../../client/features/releases/competing-levels.js';
import { toTimeline } from '../../client/features/releases/timeline.js';

// The timeline colours each release by the strongest level of the pairs listed that include it (issue #9):
// competing red, similar amber, in no pair grey; a chosen pair in purple over faded others.

// jsdom lays nothing out, so the chart gets a fixed size instead of measuring its container.
vi.mock('recharts', async (importOriginal) => {
  const recharts = await importOriginal<typeof import('recharts')>();
  return {
    ...recharts,
    ResponsiveContainer: ({ children }: { children: ReactElement<{ width?: number; height?: number }> }) =>
      cloneElement(children, { width: 900, height: 400 }),
  };
});

afterEach(cleanup);

const release = (key: string, label: string, opens: string, closes: string): MapNode =>
  ({ key, type: 'release', label, agency_id: 'dced', opens, closes }) as unknown as MapNode;

const releases = [
  release('grant', 'Sites Grant', '2025-01-01', '2025-03-31'),
  release('loan', 'Sites Loan', '2025-02-01', '2025-04-30'),
  release('plan', 'Sites Planning', '2025-02-15', '2025-05-31'),
  release('arts', 'Mural Arts', '2025-06-01', '2025-06-30'),
];

const pair = (a: string, b: string, level: CompetingPair['level']): CompetingPair =>
  ({
    a: { id: a },
    b: { id: b },
    level,
    severity: 1,
    overlap: { from: '2025-02-15', to: '2025-03-31' },
  }) as unknown as CompetingPair;

const pairs = [pair('grant', 'loan', 'competing'), pair('loan', 'plan', 'similar')];
const rows = toTimeline(releases, () => 'Community and Economic Development (DCED)', pairs, strongestLevels(pairs));

/** Each bar's fill, by the release title its row shows (bars are drawn in the rows' order). */
const barFills = (container: HTMLElement) =>
  [...container.querySelectorAll('.recharts-bar-rectangle path')].map((path) => path.getAttribute('fill'));

describe('release timeline', () => {
  it('colours each release by the strongest level of its pairs, and says so in the legend', () => {
    const { container } = render(<ReleaseTimeline rows={rows} selected={null} />);
    expect(rows.map((row) => [row.title, row.level])).toEqual([
      ['Sites Grant', 'competing'],
      ['Sites Loan', 'competing'],
      ['Sites Planning', 'similar'],
      ['Mural Arts', null],
    ]);
    expect(barFills(container)).toEqual([
      timelineColors.competing,
      timelineColors.competing,
      timelineColors.similar,
      timelineColors.none,
    ]);
    const legend = screen.getByRole('list', { name: 'Timeline colours' });
    expect(within(legend).getByText(/In a competing pair/)).toBeTruthy();
    expect(within(legend).getByText(/In a similar pair/)).toBeTruthy();
    expect(within(legend).getByText(/In no pair listed/)).toBeTruthy();
  });

  it('a chosen pair is drawn apart from the others, with a legend of its own', () => {
    const { container } = render(<ReleaseTimeline rows={rows} selected={pairs[1]!} />);
    expect(barFills(container)).toEqual([
      timelineColors.faded,
      timelineColors.chosen,
      timelineColors.chosen,
      timelineColors.faded,
    ]);
    expect(screen.getByText(/The chosen pair/)).toBeTruthy();
  });

  it('the table view gives each release its strongest level in words', () => {
    render(<ReleaseTimeline rows={rows} selected={null} />);
    fireEvent.click(screen.getByRole('button', { name: 'Table' }));
    const table = screen.getByRole('table');
    const cells = (title: string) =>
      within(within(table).getByText(title).closest('tr')!)
        .getAllByRole('cell')
        .map((cell) => cell.textContent);
    expect(cells('Sites Grant')).toContain('Competing');
    expect(cells('Sites Planning')).toContain('Similar');
    expect(cells('Mural Arts').at(-1)).toBe('');
  });
});
