// The signed-in person's unread notification count, for the header to stay current between pages.
import { route } from "@/app/_lib/route";
import { getActor } from "@/app/_lib/session";
import { unreadCount } from "@/lib/notifications/notification-centre";

export const dynamic = "force-dynamic";

export const GET = route(async () => {
  const actor = await getActor();
  // No session (it ended in another tab): nothing unread, and no error for the browser to log.
  const unread = actor ? await unreadCount({ actor }) : 0;
  return Response.json({ unread }, { headers: { "Cache-Control": "private, no-store" } });
});
