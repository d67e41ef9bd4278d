import { highlightRuns } from './numberSearch';

/** The number grouped 3-4-4 with its pattern (and what the search matched) emphasised. */
export function NumberDigits({ number, marked }: { number: string; marked: readonly boolean[] }) {
  return (
    <span className="number-digits" aria-hidden="true">
      {highlightRuns(number, marked).map((run, i) =>
        run.marked ? <mark key={i}>{run.text}</mark> : <span key={i}>{run.text}</span>,
      )}
    </span>
  );
}
