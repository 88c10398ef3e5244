import type { ReactNode } from "react";

// A status tag: always text, with colour only as a second cue.
const TONES = {
  neutral: "bg-slate-200 text-slate-900",
  blue: "bg-brand-100 text-brand-900",
  green: "bg-green-100 text-green-900",
  yellow: "bg-yellow-100 text-yellow-900",
  red: "bg-red-100 text-red-900",
} as const;

export function Tag({ tone = "neutral", children }: { tone?: keyof typeof TONES; children: ReactNode }) {
  return <strong className={`inline-block rounded px-2 py-0.5 text-sm font-semibold ${TONES[tone]}`}>{children}</strong>;
}
