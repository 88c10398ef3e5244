import type { ReactNode } from "react";
import { PageHeading } from "@/components/ui/page-heading";

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
      <section aria-labelledby="tasks-title" className="border-t-2 border-slate-200 pt-6">
        <h2 id="tasks-title" className="mb-3 text-xl font-bold">
          {tasksTitle}
        </h2>
        <ul className="list-disc space-y-1 pl-5 text-slate-800">
          {tasks.map((task) => (
            <li key={task}>{task}</li>
          ))}
        </ul>
      </section>
    </>
  );
}
