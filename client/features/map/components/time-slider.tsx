import { useEffect, useState } from 'react';
import { formatDate } from '../../../lib/format.js';

interface TimeSliderProps {
  years: readonly number[];
  year: number | null;
  onYear: (year: number) => void;
  window: { start: string; end: string } | null;
  openOn: string | null;
  onOpenOn: (date: string | null) => void;
}

const dayMs = 86_400_000;
const toDay = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / dayMs;
const fromDay = (day: number) => new Date(day * dayMs).toISOString().slice(0, 10);

/** Replays the map by fiscal year, and narrows releases to those open on a date within the year. */
export const TimeSlider = ({ years, year, onYear, window, openOn, onOpenOn }: TimeSliderProps) => {
  const [playing, setPlaying] = useState(false);
  const position = year === null ? -1 : years.indexOf(year);

  useEffect(() => {
    if (!playing) return;
    const timer = setInterval(() => {
      const next = years[position + 1];
      if (next === undefined) setPlaying(false);
      else onYear(next);
    }, 2500);
    return () => clearInterval(timer);
  }, [playing, position, years, onYear]);

  if (years.length === 0) return null;
  const first = window ? toDay(window.start) : 0;
  const last = window ? toDay(window.end) : 0;
  return (
    <div className="time-slider">
      <button
        type="button"
        onClick={() => {
          if (!playing && position === years.length - 1) onYear(years[0]!);
          setPlaying(!playing);
        }}
        aria-pressed={playing}
        disabled={years.length < 2}
      >
        {playing ? 'Pause' : 'Play years'}
      </button>
      <label className="slider">
        <span>Fiscal year</span>
        <input
          type="range"
          min={0}
          max={Math.max(0, years.length - 1)}
          step={1}
          value={Math.max(0, position)}
          aria-valuetext={year === null ? 'none' : `FY ${year}`}
          onChange={(event) => onYear(years[Number(event.target.value)]!)}
        />
        <strong>FY {year ?? '–'}</strong>
      </label>
      {window && (
        <div className="slider">
          <label className="checkbox-line">
            <input
              type="checkbox"
              checked={openOn !== null}
              onChange={(event) => onOpenOn(event.target.checked ? window.start : null)}
            />{' '}
            Only releases open on
          </label>
          <input
            type="range"
            min={first}
            max={last}
            step={1}
            value={openOn ? toDay(openOn) : first}
            disabled={openOn === null}
            aria-label="Release date"
            aria-valuetext={openOn ? formatDate(openOn) : 'any date'}
            onChange={(event) => onOpenOn(fromDay(Number(event.target.value)))}
          />
          <strong>{openOn ? formatDate(openOn) : 'any date'}</strong>
        </div>
      )}
    </div>
  );
};
