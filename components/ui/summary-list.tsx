import type { ReactNode } from "react";

// A key-value list (GOV.UK summary list): a term, its value, and an optional action such as "Change".
export function SummaryList({ rows }: { rows: { key: ReactNode; value: ReactNode; action?: ReactNode }[] }) {
  return (
    <dl className="mb-8 border-t border-slate-300">
      {rows.map((row, i) => (
        <div key={i} className="grid gap-1 border-b border-slate-300 py-3 sm:grid-cols-[minmax(0,1fr)_minmax(0,2fr)_auto] sm:gap-4">
          <dt className="font-semibold">{row.key}</dt>
          <dd className="break-words">{row.value}</dd>
          {row.action ? <dd className="sm:text-right">{row.action}</dd> : <dd className="hidden sm:block" />}
        </div>
      ))}
    </dl>
  );
}
