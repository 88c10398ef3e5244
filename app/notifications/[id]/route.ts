// Opening a notification: it is marked read and the person is taken to what it is about.
import { NextResponse } from "next/server";
import { getActor } from "@/app/_lib/session";
import { openNotification } from "@/lib/notifications/notification-centre";
import { isAppError } from "@/lib/errors";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const actor = await getActor();
  const { id } = await params;
  if (!actor) return NextResponse.redirect(new URL(`/login?returnTo=${encodeURIComponent(`/notifications/${id}`)}`, request.url), 303);
  try {
    const link = await openNotification({ actor, notificationId: id });
    return NextResponse.redirect(new URL(link.startsWith("/") ? link : "/notifications", request.url), 303);
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") return NextResponse.redirect(new URL("/notifications", request.url), 303);
    throw error;
  }
}
