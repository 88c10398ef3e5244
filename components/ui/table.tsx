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

export interface Column<T> {
  /** The column's heading; a ReactNode so a heading can be visually hidden. */
  header: ReactNode;
  cell: (row: T) => ReactNode;
  /** Classes of the column's cells (alignment, wrapping, width). */
  className?: string;
}

/** A table of rows, one per item, described by its columns. */
export function DataTable<T>({
  caption,
  rows,
  columns,
  rowKey = (row) => (row as { id: string }).id,
}: {
  caption: string;
  rows: readonly T[];
  columns: readonly Column<T>[];
  rowKey?: (row: T) => string | number;
}) {
  return (
    <Table caption={caption}>
      <thead>
        <tr>
          {columns.map((c, i) => (
            <Th key={i}>{c.header}</Th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={rowKey(row)}>
            {columns.map((c, i) => (
              <Td key={i} className={c.className}>
                {c.cell(row)}
              </Td>
            ))}
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
