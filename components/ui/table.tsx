import type { ReactNode, TdHTMLAttributes, ThHTMLAttributes } from "react";

// A dense, readable table for staff: sticky header, horizontal scroll on narrow screens, keyboard-focusable region.
export function Table({ caption, children }: { caption: string; children: ReactNode }) {
  return (
    <div role="region" aria-label={caption} tabIndex={0} className="max-h-[70vh] overflow-auto rounded border border-slate-300">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        {children}
      </table>
    </div>
  );
}

export function Th({ className = "", ...props }: ThHTMLAttributes<HTMLTableCellElement>) {
  return (
    <th
      scope="col"
      className={`sticky top-0 z-10 border-b-2 border-slate-400 bg-slate-100 px-3 py-2 font-semibold ${className}`}
      {...props}
    />
  );
}

export function Td({ className = "", ...props }: TdHTMLAttributes<HTMLTableCellElement>) {
  return <td className={`border-b border-slate-200 px-3 py-2 align-top ${className}`} {...props} />;
}
