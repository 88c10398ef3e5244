import type { ReactNode } from "react";
import { PageHeading } from "@/components/ui/page-heading";
import { Section } from "@/components/ui/section";

// The home page of a staff role: its queue first, then what the role does.
export function RoleHome({
  caption,
  title,
  lead,
  tasksTitle,
  tasks,
  children,
}: {
  caption: string;
  title: string;
  lead: ReactNode;
  tasksTitle: string;
  tasks: string[];
  children?: ReactNode;
}) {
  return (
    <>
      <PageHeading caption={caption} lead={lead}>
        {title}
      </PageHeading>
      <section aria-label={title} className="mb-10">
        {children}
      </section>
      <Section id="tasks-title" title={tasksTitle} size="medium" variant="divided">
        <ul className="list-disc space-y-1 pl-5 text-slate-800">
          {tasks.map((task) => (
            <li key={task}>{task}</li>
          ))}
        </ul>
      </Section>
    </>
  );
}
