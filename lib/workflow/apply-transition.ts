// Writes one lifecycle transition: the new state, its event and the notifications it causes, in the
// caller's transaction. The update names the state and version it expects, so of two officers acting
// at once one succeeds and the other is told the file was already handled.
import type { Tx } from "@/lib/audit/record-audit";
import type { Prisma } from "@/lib/db/generated/client";
import type { ApplicationStatus } from "@/lib/db/generated/enums";
import type { Workflow } from "@/lib/catalogue/definition";
import { AppError } from "@/lib/errors";
import { transition, type Action, type Actor } from "@/lib/workflow/transitions";
import { notifyTransition } from "@/lib/notifications/notify-transition";

export interface TransitionInput {
  application: { id: string; status: ApplicationStatus; lockVersion: number };
  workflow: Workflow;
  action: Action;
  by: Actor;
  actorId: string | null;
  note?: string | null;
  eventData?: Prisma.InputJsonValue;
  /** Other columns to change together with the state. */
  changes?: Prisma.ApplicationUpdateManyMutationInput;
  /** When the step happens (the clock of a job or a test); now by default. */
  now?: Date;
}

export async function applyTransition(tx: Tx, input: TransitionInput): Promise<ApplicationStatus> {
  const { application } = input;
  const result = transition(input.action, application.status, input.by, input.workflow);
  if (!result.ok) {
    throw result.reason === "role"
      ? new AppError("FORBIDDEN", "errors.forbidden")
      : new AppError("INVALID_TRANSITION", "errors.applications.invalidTransition");
  }
  const updated = await tx.application.updateMany({
    where: { id: application.id, status: application.status, lockVersion: application.lockVersion },
    data: { ...input.changes, status: result.to, lockVersion: { increment: 1 } },
  });
  if (updated.count === 0) throw new AppError("CONFLICT", "errors.applications.alreadyHandled");
  const event = await tx.applicationEvent.create({
    data: {
      applicationId: application.id,
      actorId: input.actorId,
      action: input.action,
      fromStatus: application.status,
      toStatus: result.to,
      note: input.note ?? null,
      data: input.eventData,
    },
  });
  await notifyTransition(tx, {
    applicationId: application.id,
    action: input.action,
    to: result.to,
    workflow: input.workflow,
    eventId: event.id,
    note: input.note,
    eventData: input.eventData,
    now: input.now,
  });
  return result.to;
}
