import type { ReactNode } from "react";

export function PageHeading({ caption, children, lead }: { caption?: ReactNode; children: ReactNode; lead?: ReactNode }) {
  return (
    <div className="mb-8">
      {caption ? <p className="text-lg text-slate-600">{caption}</p> : null}
      <h1 className="text-3xl font-bold leading-tight sm:text-4xl">{children}</h1>
      {lead ? <p className="mt-4 max-w-2xl text-lg text-slate-700">{lead}</p> : null}
    </div>
  );
}

export function EmptyState({ children }: { children: ReactNode }) {
  return <p className="rounded border-2 border-dashed border-slate-300 p-6 text-slate-700">{children}</p>;
}
