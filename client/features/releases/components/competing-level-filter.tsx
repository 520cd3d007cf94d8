import type { CompetingReleasesResponse } from '@contract/analytics/competing-releases.js';
import type { DepartmentChoice, LevelChoice } from '../competing-levels.js';

interface Props {
  counts: CompetingReleasesResponse['counts'] | undefined;
  level: LevelChoice;
  department: DepartmentChoice;
  onLevel: (choice: LevelChoice) => void;
  onDepartment: (choice: DepartmentChoice) => void;
}

const count = (value: number | undefined) => (value === undefined ? '' : ` (${value})`);

/** Which pairs the list shows: competing and similar by default, incidental one click away; within a department. */
export const CompetingLevelFilter = ({ counts, level, department, onLevel, onDepartment }: Props) => (
  <div className="level-filter">
    <fieldset>
      <legend>Show</legend>
      <label>
        <input type="radio" name="level" checked={level === 'default'} onChange={() => onLevel('default')} />
        Competing and similar{count(counts && counts.competing + counts.similar)}
      </label>
      <label>
        <input type="radio" name="level" checked={level === 'competing'} onChange={() => onLevel('competing')} />
        Competing only{count(counts?.competing)}
      </label>
      <label>
        <input type="radio" name="level" checked={level === 'all'} onChange={() => onLevel('all')} />
        All, with incidental{count(counts?.incidental)}
      </label>
    </fieldset>
    <label className="department-filter">
      Departments{' '}
      <select value={department} onChange={(event) => onDepartment(event.target.value as DepartmentChoice)}>
        <option value="any">Within and across departments</option>
        <option value="within">Within one department only</option>
        <option value="across">Across departments only</option>
      </select>
    </label>
  </div>
);
