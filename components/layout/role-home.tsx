import type { ReactNode } from "react";
import { EmptyState, PageHeading } from "@/components/ui/page-heading";

// The home page of a staff role: what the role does, and its queue (empty until files arrive).
export function RoleHome({
  caption,
  title,
  lead,
  tasksTitle,
  tasks,
  queueTitle,
  queueEmpty,
  children,
}: {
  caption: string;
  title: string;
  lead: ReactNode;
  tasksTitle: string;
  tasks: string[];
  queueTitle: string;
  queueEmpty: string;
  children?: ReactNode;
}) {
  return (
    <>
      <PageHeading caption={caption} lead={lead}>
        {title}
      </PageHeading>
      {children}
      <div className="grid gap-8 md:grid-cols-3">
        <section aria-labelledby="queue-title" className="md:col-span-2">
          <h2 id="queue-title" className="mb-3 text-2xl font-bold">
            {queueTitle}
          </h2>
          <EmptyState>{queueEmpty}</EmptyState>
        </section>
        <section aria-labelledby="tasks-title">
          <h2 id="tasks-title" className="mb-3 text-2xl font-bold">
            {tasksTitle}
          </h2>
          <ul className="list-disc space-y-2 pl-5 text-slate-800">
            {tasks.map((task) => (
              <li key={task}>{task}</li>
            ))}
          </ul>
        </section>
      </div>
    </>
  );
}
