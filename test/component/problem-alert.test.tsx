import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiProblem } from '../../client/api/problem.js';
import { ProblemAlert } from '../../client/components/problem-alert.js';

afterEach(cleanup);

describe('ProblemAlert', () => {
  it('shows the title, the detail and every located problem', () => {
    const error = new ApiProblem({
      title: 'The data has problems',
      status: 400,
      detail: '2 problems',
      problems: [
        { file: 'funding_streams.csv', row: 3, column: 'amount', message: 'must not be negative' },
        { file: 'book.xlsx', sheet: 'releases', row: 7, column: 'closes', message: 'must not be before opens' },
      ],
    });
    render(<ProblemAlert error={error} action="The import" />);
    const alert = screen.getByRole('alert');
    expect(within(alert).getByText('The import failed: The data has problems')).toBeTruthy();
    const rows = within(alert).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent)).toEqual([
      'funding_streams.csv, row 3amountmust not be negative',
      'book.xlsx, sheet releases, row 7closesmust not be before opens',
    ]);
    expect(within(alert).getByText('2 problems; nothing was written.')).toBeTruthy();
  });

  it('turns a network failure into a plain sentence', () => {
    render(<ProblemAlert error={new TypeError('Failed to fetch')} />);
    expect(screen.getByRole('alert').textContent).toContain('Braid cannot reach its server');
  });

  it('lists the rows that still refer to something that cannot be deleted', () => {
    const error = new ApiProblem({
      title: 'Still referenced',
      status: 409,
      dependents: [{ entity: 'releases', id: 'rel-1' }],
    });
    render(<ProblemAlert error={error} />);
    expect(screen.getByText('releases rel-1')).toBeTruthy();
  });
});
