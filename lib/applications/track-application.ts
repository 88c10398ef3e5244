// Public tracking: with the registration number and the tracking token anyone sees the stage and the
// timeline of an application, without personal data (no names, no notes, no documents).
import { z } from "zod";
import { zText } from "@/lib/validation/text";
import { parseRegistrationNumber, trackingTokenMatches } from "@/lib/applications/numbering";
import { getDefaultOfficeId } from "@/lib/catalogue/default-office";
import { db } from "@/lib/db/client";
import { serviceClock } from "@/lib/applications/service-clock";
import { loadWorkCalendar } from "@/lib/calendar/load-work-calendar";

export const ZTrackSchema = z.object({
  number: zText().trim().min(1, "validation.required").max(40, "validation.invalid").refine((v) => parseRegistrationNumber(v) !== null, "validation.track.number"),
  token: zText().trim().min(1, "validation.required").max(40, "validation.invalid"),
});

export async function trackApplication(input: z.output<typeof ZTrackSchema>) {
  const officeId = await getDefaultOfficeId();
  const app = await db().application.findUnique({
    where: { officeId_registrationNumber: { officeId, registrationNumber: input.number.trim().toUpperCase() } },
    select: {
      status: true,
      officeId: true,
      decidedAt: true,
      trackingToken: true,
      registrationNumber: true,
      submittedAt: true,
      clockStartedAt: true,
      permitTypeVersion: { select: { nameId: true, nameEn: true, slaDays: true } },
      events: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: { action: true, fromStatus: true, toStatus: true, createdAt: true },
      },
    },
  });
  // Unknown number and wrong token get the same answer: numbers cannot be probed.
  if (!app || !trackingTokenMatches(app.trackingToken, input.token)) return null;
  const { trackingToken: _token, officeId: appOfficeId, ...view } = app;
  const clock = serviceClock({ ...app, slaDays: app.permitTypeVersion.slaDays }, await loadWorkCalendar(appOfficeId));
  return { ...view, clock };
}
