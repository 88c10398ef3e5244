import type { ReactNode } from "react";

export function ErrorPage({ code, title, body, children }: { code: string; title: string; body: string; children?: ReactNode }) {
  return (
    <div className="max-w-2xl">
      <p className="text-lg text-slate-600">{code}</p>
      <h1 className="mt-1 text-3xl font-bold sm:text-4xl">{title}</h1>
      <p className="mt-4 text-lg">{body}</p>
      {children}
    </div>
  );
}
