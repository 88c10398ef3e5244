// The signed-in person's unread notification count, for the header to stay current between pages.
import { getActor } from "@/app/_lib/session";
import { unreadCount } from "@/lib/notifications/notification-centre";

export const dynamic = "force-dynamic";

export async function GET() {
  const actor = await getActor();
  // No session (it ended in another tab): nothing unread, and no error for the browser to log.
  if (!actor) return Response.json({ unread: 0 }, { headers: { "Cache-Control": "private, no-store" } });
  return Response.json({ unread: await unreadCount({ actor }) }, { headers: { "Cache-Control": "private, no-store" } });
}
