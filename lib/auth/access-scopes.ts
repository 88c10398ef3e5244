// What an actor may reach, as the Prisma `where` of each kind of resource: its own rows, its agency's
// share of its office, its office, or any. Every query of non-public data adds one of these. They fail
// closed: an actor whose role does not hold the permission, or whom a scope cannot place (an officer
// without an office, a technical member without an agency), reaches nothing.
import type { Prisma } from "@/lib/db/generated/client";
import { grantedScope, requirePermission, type Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";

/** Where the actor stands for one permission: the rows it reaches are "this user's", "this agency's"... */
export type Reach =
  | { scope: "own"; userId: string }
  | { scope: "agency"; officeId: string; agencyId: string }
  | { scope: "office"; officeId: string }
  | { scope: "any" }
  | null;

export function reachOf(actor: Actor | null | undefined, actionEntity: `${string}:${string}`): Reach {
  const scope = grantedScope(actor, actionEntity);
  if (!actor || !scope) return null;
  switch (scope) {
    case "own":
      return { scope, userId: actor.id };
    case "agency":
      return actor.officeId && actor.agencyId ? { scope, officeId: actor.officeId, agencyId: actor.agencyId } : null;
    case "office":
      return actor.officeId ? { scope, officeId: actor.officeId } : null;
    case "any":
      return { scope };
  }
}

// Matches no row of any model (every model has a string id).
const NOTHING = { id: { in: [] as string[] } };

type Places<W> = {
  own?: (userId: string) => W;
  agency?: (officeId: string, agencyId: string) => W;
  office?: (officeId: string) => W;
};

function scoped<W>(actor: Actor | null | undefined, actionEntity: `${string}:${string}`, places: Places<W>): W {
  const reach = reachOf(actor, actionEntity);
  if (!reach) return NOTHING as W;
  switch (reach.scope) {
    case "any":
      return {} as W;
    case "own":
      return places.own ? places.own(reach.userId) : (NOTHING as W);
    case "agency":
      return places.agency ? places.agency(reach.officeId, reach.agencyId) : (NOTHING as W);
    case "office":
      return places.office ? places.office(reach.officeId) : (NOTHING as W);
  }
}

/** Applications, for `read:application` or the action named (verify, process, approve, reject, update...). */
export function applicationScope(actor: Actor | null | undefined, action: `${string}:${string}` = "read:application"): Prisma.ApplicationWhereInput {
  return scoped<Prisma.ApplicationWhereInput>(actor, action, {
    own: (applicantId) => ({ applicantId }),
    agency: (officeId, agencyId) => ({ officeId, agencyId }),
    office: (officeId) => ({ officeId }),
  });
}

/** Documents uploaded to an application: whoever may read the application. */
export function uploadedFileScope(actor: Actor | null | undefined): Prisma.ApplicationDocumentWhereInput {
  return { application: applicationScope(actor, "read:application") };
}

/** Issued documents (permits, certificates, letters, BAPs) as files: whoever may read their application. */
export function issuedDocumentScope(actor: Actor | null | undefined): Prisma.IssuedDocumentWhereInput {
  return { application: applicationScope(actor, "read:application") };
}

/** Inspections (field surveys and their BAP): the agency's team for its own, and who may read the file. */
export function inspectionScope(actor: Actor | null | undefined, action: `${string}:${string}` = "read:application"): Prisma.InspectionWhereInput {
  return scoped<Prisma.InspectionWhereInput>(actor, action, {
    own: (applicantId) => ({ application: { applicantId } }),
    agency: (officeId, agencyId) => ({ agencyId, application: { officeId } }),
    office: (officeId) => ({ application: { officeId } }),
  });
}

/** Business actors, for `read:business` or the action named (update, classify...). */
export function businessScope(actor: Actor | null | undefined, action: `${string}:${string}` = "read:business"): Prisma.BusinessActorWhereInput {
  return scoped<Prisma.BusinessActorWhereInput>(actor, action, {
    own: (ownerId) => ({ ownerId }),
    agency: (officeId, agencyId) => ({ officeId, activities: { some: { application: { agencyId } } } }),
    office: (officeId) => ({ officeId }),
  });
}

/** A business's activities, through the business. */
export function activityScope(actor: Actor | null | undefined, action: `${string}:${string}` = "read:business"): Prisma.BusinessActivityWhereInput {
  return { business: businessScope(actor, action) };
}

/** Commitments, through their business: the owner sends proof, the office checks it. */
export function commitmentScope(actor: Actor | null | undefined, action: `${string}:${string}` = "read:business"): Prisma.CommitmentWhereInput {
  return { business: businessScope(actor, action) };
}

/** Accounts: one's own, or an office's for its administrator. */
export function userScope(actor: Actor | null | undefined, action: `${string}:${string}` = "manage:user"): Prisma.UserWhereInput {
  return scoped<Prisma.UserWhereInput>(actor, action, {
    own: (id) => ({ id }),
    agency: (officeId, agencyId) => ({ officeId, agencyId }),
    office: (officeId) => ({ officeId }),
  });
}

/** Audit entries of the actor's office. */
export function auditScope(actor: Actor | null | undefined): Prisma.AuditLogWhereInput {
  return scoped<Prisma.AuditLogWhereInput>(actor, "read:audit", {
    own: (actorId) => ({ actorId }),
    office: (officeId) => ({ officeId }),
  });
}

/** One's own notifications. */
export function notificationScope(actor: Actor | null | undefined): Prisma.NotificationWhereInput {
  return scoped<Prisma.NotificationWhereInput>(actor, "read:notification", { own: (userId) => ({ userId }) });
}

/** Outgoing mail of the actor's office, for its administrator. */
export function mailScope(actor: Actor | null | undefined): Prisma.OutboxMailWhereInput {
  return scoped<Prisma.OutboxMailWhereInput>(actor, "manage:mail", { office: (officeId) => ({ officeId }) });
}

/** Permit types of the actor's office, for the catalogue's administrator. */
export function permitTypeScope(actor: Actor | null | undefined): Prisma.PermitTypeWhereInput {
  return scoped<Prisma.PermitTypeWhereInput>(actor, "manage:catalogue", { office: (officeId) => ({ officeId }) });
}

/** The actor's office itself, for an office-wide permission (its calendar, its catalogue). */
export function officeScope(actor: Actor | null | undefined, action: `${string}:${string}`): Prisma.OfficeWhereInput {
  return scoped<Prisma.OfficeWhereInput>(actor, action, { office: (id) => ({ id }) });
}

/**
 * The office whose settings the actor keeps under an office-wide permission ("manage:calendar:office"):
 * its id, or FORBIDDEN for anyone without the permission or without an office.
 */
export function officeOf(actor: Actor | null | undefined, permission: `${string}:${string}:office`): string {
  requirePermission(actor, permission);
  const reach = reachOf(actor, permission.slice(0, permission.lastIndexOf(":")) as `${string}:${string}`);
  if (reach?.scope === "office") return reach.officeId;
  if (reach?.scope === "any" && actor?.officeId) return actor.officeId;
  throw new AppError("FORBIDDEN", "errors.forbidden");
}
