// The lifecycle of an application (DESIGN.md section 3) as data: which action moves a file from
// which state to which, and who may take it. Pure; the database write checks the expected state.
import type { ApplicationStatus, Role } from "@/lib/db/generated/enums";
import type { Workflow } from "@/lib/catalogue/definition";

export type Actor = Role | "SYSTEM";

export const ACTIONS = [
  "submit",
  "issueInstant",
  "startVerification",
  "returnForRevision",
  "resubmit",
  "acceptComplete",
  "completeTechnicalReview",
  "sendForApproval",
  "approve",
  "reject",
  "withdraw",
  "deemApprove",
  "expire",
  "revoke",
] as const;
export type Action = (typeof ACTIONS)[number];

interface Rule {
  from: readonly ApplicationStatus[];
  by: readonly Actor[];
  /** The target; acceptComplete depends on the permit type's workflow. */
  to: ApplicationStatus | ((workflow: Workflow) => ApplicationStatus);
}

const OFFICE_STAGES = ["VERIFICATION", "TECHNICAL_REVIEW", "PROCESSING", "APPROVAL"] as const;

export const TRANSITIONS: Record<Action, Rule> = {
  submit: { from: ["DRAFT"], by: ["APPLICANT"], to: "SUBMITTED" },
  issueInstant: { from: ["SUBMITTED"], by: ["SYSTEM"], to: "ISSUED" },
  startVerification: { from: ["SUBMITTED"], by: ["FRONT_OFFICE"], to: "VERIFICATION" },
  returnForRevision: { from: ["SUBMITTED", "VERIFICATION"], by: ["FRONT_OFFICE"], to: "RETURNED" },
  resubmit: { from: ["RETURNED"], by: ["APPLICANT"], to: "VERIFICATION" },
  acceptComplete: {
    from: ["SUBMITTED", "VERIFICATION"],
    by: ["FRONT_OFFICE"],
    to: (workflow) => (workflow === "survey" || workflow === "verification" ? "TECHNICAL_REVIEW" : "PROCESSING"),
  },
  completeTechnicalReview: { from: ["TECHNICAL_REVIEW"], by: ["TECHNICAL"], to: "PROCESSING" },
  sendForApproval: { from: ["PROCESSING"], by: ["BACK_OFFICE"], to: "APPROVAL" },
  approve: { from: ["APPROVAL"], by: ["HEAD"], to: "ISSUED" },
  reject: { from: ["SUBMITTED", ...OFFICE_STAGES], by: ["FRONT_OFFICE", "BACK_OFFICE", "TECHNICAL", "HEAD"], to: "REJECTED" },
  withdraw: { from: ["DRAFT", "SUBMITTED", "RETURNED", ...OFFICE_STAGES], by: ["APPLICANT"], to: "WITHDRAWN" },
  // Only a file accepted as complete has a running deadline that can lapse.
  deemApprove: { from: ["TECHNICAL_REVIEW", "PROCESSING", "APPROVAL"], by: ["SYSTEM"], to: "ISSUED" },
  expire: { from: ["ISSUED"], by: ["SYSTEM"], to: "EXPIRED" },
  revoke: { from: ["ISSUED"], by: ["HEAD"], to: "REVOKED" },
};

/** Which officer role may reject at which stage: the one working the file, and the head at any stage. */
const REJECT_AT: Partial<Record<ApplicationStatus, readonly Actor[]>> = {
  SUBMITTED: ["FRONT_OFFICE", "HEAD"],
  VERIFICATION: ["FRONT_OFFICE", "HEAD"],
  TECHNICAL_REVIEW: ["TECHNICAL", "HEAD"],
  PROCESSING: ["BACK_OFFICE", "HEAD"],
  APPROVAL: ["HEAD"],
};

export type TransitionResult = { ok: true; to: ApplicationStatus } | { ok: false; reason: "state" | "role" };

export function transition(action: Action, from: ApplicationStatus, by: Actor, workflow: Workflow): TransitionResult {
  const rule = TRANSITIONS[action];
  if (!rule.from.includes(from)) return { ok: false, reason: "state" };
  const allowed = action === "reject" ? (REJECT_AT[from] ?? []) : rule.by;
  if (!allowed.includes(by)) return { ok: false, reason: "role" };
  // Instant permit types have no office stages; other types never skip them.
  if (action === "issueInstant" && workflow !== "instant") return { ok: false, reason: "state" };
  if (workflow === "instant" && (action === "startVerification" || action === "acceptComplete" || action === "returnForRevision")) {
    return { ok: false, reason: "state" };
  }
  return { ok: true, to: typeof rule.to === "function" ? rule.to(workflow) : rule.to };
}

/** States in which the applicant may still withdraw: submitted but not yet decided. */
export const UNDECIDED: readonly ApplicationStatus[] = TRANSITIONS.withdraw.from;

export type WaitingParty = "applicant" | "frontOffice" | "technical" | "backOffice" | "head";

/** Who the file is waiting on in each state. */
export const WAITING_ON: Record<ApplicationStatus, WaitingParty | null> = {
  DRAFT: "applicant",
  SUBMITTED: "frontOffice",
  VERIFICATION: "frontOffice",
  RETURNED: "applicant",
  TECHNICAL_REVIEW: "technical",
  PROCESSING: "backOffice",
  APPROVAL: "head",
  ISSUED: null,
  REJECTED: null,
  WITHDRAWN: null,
  EXPIRED: null,
  REVOKED: null,
};

const PARTY_OF_ROLE: Partial<Record<Role, WaitingParty>> = {
  APPLICANT: "applicant",
  FRONT_OFFICE: "frontOffice",
  TECHNICAL: "technical",
  BACK_OFFICE: "backOffice",
  HEAD: "head",
};

/** The party a reader of a file is, so that a file waiting on them says "waiting for you"; null for the public. */
export function partyOf(role: Role | null | undefined): WaitingParty | null {
  return role ? (PARTY_OF_ROLE[role] ?? null) : null;
}

/** Since when the file has been in its status: the last event that moved it there. */
export function statusSince(events: readonly { toStatus: ApplicationStatus; createdAt: Date }[], status: ApplicationStatus): Date | null {
  for (let i = events.length - 1; i >= 0; i--) if (events[i]!.toStatus === status) return events[i]!.createdAt;
  return null;
}
