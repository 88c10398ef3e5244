// Opening a notification: it is marked read and the person is taken to what it is about.
import { route, seeOther } from "@/app/_lib/route";
import { getActor } from "@/app/_lib/session";
import { openNotification } from "@/lib/notifications/notification-centre";
import { isAppError } from "@/lib/errors";

export const dynamic = "force-dynamic";

export const GET = route<{ id: string }>(async (_request, { id }) => {
  const actor = await getActor();
  if (!actor) return seeOther("/login", { returnTo: `/notifications/${id}` });
  try {
    const link = await openNotification({ actor, notificationId: id });
    return seeOther(link.startsWith("/") && !link.startsWith("//") ? link : "/notifications");
  } catch (error) {
    // Someone else's or gone: back to one's own list.
    if (isAppError(error) && error.code === "NOT_FOUND") return seeOther("/notifications");
    throw error;
  }
});
