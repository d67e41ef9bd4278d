import type { ReactNode } from 'react';

/** The panel beside a drawn phone: what the customer is trying and the controls of the demo. */
export function SimNotes({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="sim-notes">
      <h2 className="sim-notes__title">{title}</h2>
      {children}
    </div>
  );
}

export function SimFacts({ facts }: { facts: [label: string, value: string][] }) {
  return (
    <dl className="sim-facts">
      {facts.map(([label, value]) => (
        <div key={label} className="sim-facts__row">
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

export function NoContent({ message }: { message: string }) {
  return <p className="sim-empty">{message}</p>;
}
