import { toProblem, type Problem } from '../api/problem.js';

interface ProblemAlertProps {
  error: unknown;
  /** What was being done, e.g. "Loading the funding map". */
  action?: string;
}

const rowLocation = (problem: NonNullable<Problem['problems']>[number]): string =>
  [problem.file, problem.sheet && `sheet ${problem.sheet}`, problem.row !== undefined && `row ${problem.row}`]
    .filter(Boolean)
    .join(', ');

/** The one way a failed API call is shown: title, plain detail, and the located problems when there are any. */
export const ProblemAlert = ({ error, action }: ProblemAlertProps) => {
  const problem = toProblem(error);
  return (
    <div className="problem" role="alert">
      <p className="problem-title">
        {action ? `${action} failed: ` : ''}
        {problem.title}
      </p>
      {problem.detail && <p>{problem.detail}</p>}
      {problem.errors && problem.errors.length > 0 && (
        <ul>
          {problem.errors.map((item) => (
            <li key={`${item.field}:${item.message}`}>
              {item.field ? `${item.field}: ` : ''}
              {item.message}
            </li>
          ))}
        </ul>
      )}
      {problem.dependents && problem.dependents.length > 0 && (
        <>
          <p>Still referred to by:</p>
          <ul>
            {problem.dependents.map((item) => (
              <li key={`${item.entity}:${item.id}`}>
                {item.entity} {item.id}
              </li>
            ))}
          </ul>
        </>
      )}
      {problem.problems && problem.problems.length > 0 && (
        <table className="table problems-table">
          <caption>
            {problem.problems.length} problem{problem.problems.length === 1 ? '' : 's'}; nothing was written.
          </caption>
          <thead>
            <tr>
              <th scope="col">Where</th>
              <th scope="col">Column</th>
              <th scope="col">Problem</th>
            </tr>
          </thead>
          <tbody>
            {problem.problems.map((item, index) => (
              <tr key={index}>
                <td>{rowLocation(item)}</td>
                <td>{item.column ?? ''}</td>
                <td>{item.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
};
