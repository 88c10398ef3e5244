import type { ReactNode } from "react";

// A notification banner for outcomes ("saved", "logged out") and information. role=status is polite.
export function Banner({ title, children, tone = "success" }: { title?: string; children: ReactNode; tone?: "success" | "info" }) {
  const border = tone === "success" ? "border-success" : "border-brand-700";
  return (
    <div role="status" className={`mb-8 border-4 ${border} bg-white p-4`}>
      {title ? <h2 className={`mb-1 text-lg font-bold ${tone === "success" ? "text-success" : "text-brand-800"}`}>{title}</h2> : null}
      <div className="text-base">{children}</div>
    </div>
  );
}
