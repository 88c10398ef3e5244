"use client";
// GOV.UK-style error summary: shown at the top of a failed form, takes focus so screen readers
// announce it, and links each problem to its field.
import { useEffect, useRef } from "react";

export function ErrorSummary({
  title,
  errors,
}: {
  title: string;
  errors: { field?: string; message: string }[];
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [errors]);
  if (errors.length === 0) return null;
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="alert"
      aria-labelledby="error-summary-title"
      className="mb-8 border-4 border-danger p-4"
    >
      <h2 id="error-summary-title" className="text-xl font-bold">
        {title}
      </h2>
      <ul className="mt-3 list-none space-y-2">
        {errors.map((e, i) => (
          <li key={`${e.field ?? "form"}-${i}`}>
            {e.field ? (
              <a href={`#${e.field}`} className="font-semibold text-danger">
                {e.message}
              </a>
            ) : (
              <span className="font-semibold text-danger">{e.message}</span>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
