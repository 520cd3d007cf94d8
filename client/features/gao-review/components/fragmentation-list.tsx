import type { GaoFragmentationFinding } from '@contract/gao-review.js';
import { formatDollars } from '../../../lib/format.js';

const names = (items: ReadonlyArray<{ name: string }>) => items.map((item) => item.name).join(', ');

/** One card per broad area: the departments serving it, what each funds, and what they share. */
export const FragmentationList = ({ findings }: { findings: readonly GaoFragmentationFinding[] }) =>
  findings.length === 0 ? (
    <p className="muted">No broad area is served by programs of more than one department outside a narrower class.</p>
  ) : (
    <ul className="plain-list fragmentation-list">
      {findings.map((finding) => (
        <li key={finding.area} className="card">
          <h4>
            {finding.area}: {finding.department_count} departments, {formatDollars(finding.amount)}
          </h4>
          <p>
            Objectives funded by more than one department:{' '}
            {finding.objectives.shared.length > 0 ? (
              names(finding.objectives.shared)
            ) : (
              <span className="muted">none</span>
            )}
            . {finding.pair_count} cross-department program pairs are in no narrower class.
          </p>
          <table className="table">
            <caption className="visually-hidden">Departments serving {finding.area}</caption>
            <thead>
              <tr>
                <th scope="col">Department</th>
                <th scope="col">Programs</th>
                <th scope="col">Objectives of the area</th>
                <th scope="col" className="numeric">
                  Dollars
                </th>
              </tr>
            </thead>
            <tbody>
              {finding.departments.map((department) => (
                <tr key={department.id}>
                  <th scope="row">{department.name}</th>
                  <td>{names(department.programs)}</td>
                  <td>{names(department.objectives)}</td>
                  <td className="numeric">{formatDollars(department.amount)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </li>
      ))}
    </ul>
  );
