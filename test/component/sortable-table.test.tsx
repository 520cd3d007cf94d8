import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ChartOrTable } from '../../client/components/chart-or-table.js';
import { SortableTable } from '../../client/components/sortable-table.js';

afterEach(cleanup);

const rows = [
  { name: 'Beta', amount: 5 },
  { name: 'Alpha', amount: 20 },
  { name: 'Gamma', amount: 1 },
];

const names = () =>
  within(screen.getByRole('table'))
    .getAllByRole('row')
    .slice(1)
    .map((row) => row.firstElementChild?.textContent);

describe('SortableTable', () => {
  it('sorts by a column header and says so with aria-sort', () => {
    render(
      <SortableTable
        caption="Things"
        rows={rows}
        rowKey={(row) => row.name}
        columns={[
          { key: 'name', label: 'Name', render: (row) => row.name, sortValue: (row) => row.name },
          {
            key: 'amount',
            label: 'Amount',
            numeric: true,
            render: (row) => row.amount,
            sortValue: (row) => row.amount,
          },
        ]}
      />,
    );
    expect(names()).toEqual(['Beta', 'Alpha', 'Gamma']);
    fireEvent.click(screen.getByRole('button', { name: 'Amount' }));
    expect(names()).toEqual(['Alpha', 'Beta', 'Gamma']);
    expect(screen.getByRole('columnheader', { name: /Amount/ }).getAttribute('aria-sort')).toBe('descending');
    fireEvent.click(screen.getByRole('button', { name: /Amount/ }));
    expect(names()).toEqual(['Gamma', 'Beta', 'Alpha']);
    fireEvent.click(screen.getByRole('button', { name: 'Name' }));
    expect(names()).toEqual(['Alpha', 'Beta', 'Gamma']);
  });

  it('shows a page of rows with a button for more', () => {
    render(
      <SortableTable
        caption="Things"
        rows={rows}
        rowKey={(row) => row.name}
        pageSize={2}
        columns={[{ key: 'name', label: 'Name', render: (row) => row.name }]}
      />,
    );
    expect(names()).toHaveLength(2);
    fireEvent.click(screen.getByRole('button', { name: 'Show 1 more of 1 not shown' }));
    expect(names()).toHaveLength(3);
  });
});

describe('ChartOrTable', () => {
  it('offers the table in place of the chart, and describes the chart in words', () => {
    render(
      <ChartOrTable
        title="Money"
        summary="A bar chart of money."
        chart={<svg />}
        table={<table aria-label="Money table" />}
      />,
    );
    expect(screen.getByRole('img', { name: 'A bar chart of money.' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Table' }));
    expect(screen.getByRole('table', { name: 'Money table' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Table' }).getAttribute('aria-pressed')).toBe('true');
  });
});
