// The queue on a staff role's home page, from the page's search parameters.
import type { SessionUser } from "@/app/_lib/session";
import { can } from "@/lib/auth/permissions";
import { findQueue, ZQueueFilter } from "@/lib/review/find-queue";
import { findActivePermitTypes } from "@/lib/catalogue/find-permit-types";
import { QueueTable } from "@/components/review/queue-table";
import { approveSelectedAction } from "@/app/office/actions";

export async function QueueSection({ actor, basePath, searchParams }: { actor: SessionUser; basePath: string; searchParams: Record<string, string | undefined> }) {
  const filter = ZQueueFilter.parse(searchParams);
  const [{ items, nextCursor, stages }, permitTypes] = await Promise.all([
    findQueue({ actor, filter }),
    findActivePermitTypes(actor.officeId),
  ]);
  return (
    <QueueTable
      basePath={basePath}
      filter={filter}
      stages={stages}
      permitTypes={permitTypes}
      items={items}
      nextCursor={nextCursor}
      approveSelectedAction={can(actor, "approve:application:office") ? approveSelectedAction : undefined}
    />
  );
}
