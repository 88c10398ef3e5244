// A titled part of a page: a <section> named by its heading (so it is a landmark region people can
// jump to), with an optional lead paragraph and actions beside the heading.
import type { ReactNode } from "react";

/** Steps of the spacing scale a section uses under its heading and its lead paragraph. */
export type SectionSpace = 0 | 2 | 3 | 4 | 6;

const BELOW: Record<SectionSpace, string> = { 0: "", 2: "mb-2", 3: "mb-3", 4: "mb-4", 6: "mb-6" };

const SIZE = { large: "text-2xl", medium: "text-xl" } as const;

const VARIANT = {
  plain: "",
  /** Framed in the brand colour: something issued, something to keep. */
  boxed: "border-4 border-brand-700 p-4",
  /** Framed in yellow: something the reader has to act on. */
  notice: "border-4 border-yellow-500 bg-yellow-50 p-4",
  /** A rule on the left: a step offered beside the main content. */
  aside: "border-l-4 border-brand-700 pl-4",
  /** A rule above: the end of the page, set apart from what comes before. */
  divided: "border-t-2 border-slate-200 pt-6",
} as const;

export interface SectionProps {
  /** The heading's id; the section is labelled by it, and links can point at it. */
  id: string;
  title: ReactNode;
  /** Heading level in the page's outline (the page's own title is the h1). */
  level?: 2 | 3 | 4;
  size?: keyof typeof SIZE;
  /** Space below the heading (or below the heading and actions). */
  headingSpace?: SectionSpace;
  /** A lead paragraph under the heading, saying what the section is for. */
  description?: ReactNode;
  descriptionSpace?: SectionSpace;
  /** Links or buttons shown beside the heading. */
  actions?: ReactNode;
  variant?: keyof typeof VARIANT;
  /** The section's own id, when a link points at the whole section. */
  sectionId?: string;
  /** Space around the section in the page's flow (margins), when it differs from its neighbours. */
  className?: string;
  children?: ReactNode;
}

export function Section({
  id,
  title,
  level = 2,
  size = "large",
  headingSpace = 3,
  description,
  descriptionSpace = 4,
  actions,
  variant = "plain",
  sectionId,
  className,
  children,
}: SectionProps) {
  const Heading = `h${level}` as const;
  const headingClass = `${actions ? "" : BELOW[headingSpace]} ${SIZE[size]} font-bold`.trim();
  const heading = (
    <Heading id={id} className={headingClass}>
      {title}
    </Heading>
  );
  const classes = [VARIANT[variant], className].filter(Boolean).join(" ");
  return (
    <section id={sectionId} aria-labelledby={id} className={classes || undefined}>
      {actions ? (
        <div className={`flex flex-wrap items-center justify-between gap-x-6 gap-y-2 ${BELOW[headingSpace]}`.trim()}>
          {heading}
          <div className="flex flex-wrap items-center gap-3">{actions}</div>
        </div>
      ) : (
        heading
      )}
      {description ? <p className={`${BELOW[descriptionSpace]} max-w-2xl text-slate-700`.trim()}>{description}</p> : null}
      {children}
    </section>
  );
}
