import { judgedLevels } from './judged-set.js';
import { foundLevels, type Score } from './score.js';

const percent = (value: number | null): string =>
  value === null ? '   n/a' : `${(value * 100).toFixed(1)}%`.padStart(6);

/** The score as plain-text tables: per level, the targets, and the confusion matrix (rows judged, columns listed). */
export const formatScore = (title: string, score: Score): string => {
  const lines = [`${title}: ${score.pairs} judged pairs`, '', 'level        judged  listed  agreed  precision  recall'];
  for (const level of score.levels)
    lines.push(
      `${level.level.padEnd(12)} ${String(level.judged).padStart(6)}  ${String(level.listed).padStart(6)}  ${String(level.agreed).padStart(6)}     ${percent(level.precision)}  ${percent(level.recall)}`,
    );
  lines.push('', 'target                                          value    goal  met');
  for (const target of score.targets)
    lines.push(
      `${target.name.padEnd(46)} ${percent(target.value)}  ${target.direction === 'min' ? '>=' : '<='}${(target.goal * 100).toFixed(0).padStart(3)}%  ${target.met ? 'yes' : 'NO'}`,
    );
  lines.push('', `judged \\ listed ${foundLevels.map((found) => found.padStart(11)).join('')}`);
  for (const judged of judgedLevels)
    lines.push(
      `${judged.padEnd(15)} ${foundLevels.map((found) => String(score.confusion[judged][found]).padStart(11)).join('')}`,
    );
  return lines.join('\n');
};
