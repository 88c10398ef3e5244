// Moves a new application of the cast's applicant to a given state through the same domain operations
// the pages call (submit, the front office's check, the survey and its BAP, the decision, approval,
// rejection, revocation, withdrawal), so that tests start from real files rather than forged rows.
import { attachDocument } from "@/lib/applications/attach-document";
import { resubmitApplication } from "@/lib/applications/resubmit-application";
import { saveDraft } from "@/lib/applications/save-draft";
import { submitApplication } from "@/lib/applications/submit-application";
import { withdrawApplication } from "@/lib/applications/withdraw-application";
import type { Actor } from "@/lib/auth/permissions";
import type { Workflow } from "@/lib/catalogue/definition";
import { checklistOf, documentsOf, fieldsOf } from "@/lib/catalogue/version-data";
import { db } from "@/lib/db/client";
import type { Application, IssuedDocumentKind, PermitTypeVersion } from "@/lib/db/generated/client";
import type { ApplicationStatus } from "@/lib/db/generated/enums";
import { approveApplication } from "@/lib/issuance/issue-permit";
import { rejectApplication } from "@/lib/issuance/reject-application";
import { revokePermit } from "@/lib/issuance/revoke-permit";
import { defaultValidity, type TPrepareDecision, prepareDecision } from "@/lib/review/prepare-decision";
import { recordInspection, scheduleSurvey, ZScheduleSurveySchema, type TRecordInspection } from "@/lib/review/technical-review";
import { verifyApplication, type TVerifyApplication } from "@/lib/review/verify-application";
import { completeDraft, fakeFile } from "./applications";
import { localToday } from "@/lib/calendar/office-day";
import { officeTimeZone } from "@/lib/calendar/office-time-zone";
import { SECOND_OFFICE_PERMIT_TYPE, type Cast, type CastMember } from "./cast";

/** The states a file can be brought to. EXPIRED is left out: only the clock gets a permit there. */
export type AdvanceStatus = Extract<
  ApplicationStatus,
  "DRAFT" | "SUBMITTED" | "RETURNED" | "VERIFICATION" | "TECHNICAL_REVIEW" | "PROCESSING" | "APPROVAL" | "ISSUED" | "REJECTED" | "REVOKED" | "WITHDRAWN"
>;

/** States from which a file can be rejected (by whoever works it there) or withdrawn (by its applicant). */
export type AdvanceFrom = Extract<AdvanceStatus, "DRAFT" | "SUBMITTED" | "RETURNED" | "VERIFICATION" | "TECHNICAL_REVIEW" | "PROCESSING" | "APPROVAL">;

export interface AdvanceOptions {
  /** Which seeded permit type: by its workflow (the cast's type for it) ... */
  workflow?: Workflow;
  /** ... or by its code. Default: the survey type when the file is to be in (or rejected from) TECHNICAL_REVIEW, else the direct (midwife) type. */
  permitTypeCode?: string;
  /** The office whose catalogue and staff handle the file. The second office has one direct permit type. */
  office?: "first" | "second";
  /** Who applies. Default: the cast's applicant. */
  applicant?: CastMember | Actor;
  /** For REJECTED and WITHDRAWN: the state the file is in when it is rejected or withdrawn. Default SUBMITTED. */
  from?: AdvanceFrom;
  /** Accept the file only after it was returned once and sent back (the clock then starts later). */
  returnedFirst?: boolean;
  /** When the front office accepts the file complete (the service clock starts then). Default: now. */
  acceptedAt?: Date;
  /** The technical team's BAP; merged over a report that finds everything in order and recommends approval. */
  inspection?: Partial<TRecordInspection>;
  /** The back office's decision. Default: the permit type's validity from today, no conditions. */
  decision?: TPrepareDecision;
  /** The reason given for a return, rejection, revocation or withdrawal. */
  reason?: string;
}

export interface IssuedDocumentRef {
  code: string;
  number: string;
}

/** The file as stored after the last step, with what the steps produced. */
export type Advanced = Application & {
  permitTypeVersion: PermitTypeVersion;
  permitTypeCode: string;
  workflow: Workflow;
  decreeNumber: string | null;
  permit: IssuedDocumentRef | null;
  inspectionReport: IssuedDocumentRef | null;
  rejectionLetter: IssuedDocumentRef | null;
};

// The survey is scheduled for the start of the office's today, so that its BAP may be recorded at once.
const surveySchedule = (today: string, team: Actor) =>
  ZScheduleSurveySchema.parse({
    scheduledFor: `${today}T00:00`,
    place: "Alamat yang dimohonkan",
    members: [team.id],
  });

/** Every field and every document of the version marked as in order. */
export function allAccepted(version: Pick<PermitTypeVersion, "fields" | "documents">): TVerifyApplication["checks"] {
  return [
    ...fieldsOf(version).map((f) => ({ kind: "field" as const, key: f.key, accepted: true })),
    ...documentsOf(version).map((d) => ({ kind: "document" as const, key: d.key, accepted: true })),
  ];
}

interface Context {
  options: AdvanceOptions;
  applicant: Actor;
  code: string;
  officeId: string;
  staff: { frontOffice: Actor; backOffice: Actor; head: Actor; technical: CastMember[] };
  workflow: Workflow;
  id?: string;
}

const actorOfMember = (m: CastMember | Actor): Actor => ("actor" in m ? m.actor : m);

/** Today on the calendar of the file's office, in the office's own time zone. */
async function officeToday(officeId: string) {
  return localToday(await officeTimeZone(null, officeId));
}

async function load(id: string) {
  return db().application.findUniqueOrThrow({ where: { id }, include: { permitTypeVersion: true } });
}

async function step(ctx: Context, name: string, run: (id: string) => Promise<unknown>) {
  try {
    await run(ctx.id!);
  } catch (error) {
    const status = ctx.id ? (await db().application.findUnique({ where: { id: ctx.id } }))?.status : undefined;
    throw new Error(`advanceTo: "${name}" failed on a ${ctx.code} file in ${status ?? "no state"}: ${(error as Error).message}`, { cause: error });
  }
}

function isSurveyed(workflow: Workflow) {
  return workflow === "survey" || workflow === "verification";
}

async function accept(ctx: Context) {
  await reach(ctx, ctx.options.returnedFirst ? "VERIFICATION" : "SUBMITTED");
  await step(ctx, "front office accepts the file complete", async (id) => {
    const app = await load(id);
    await verifyApplication({ actor: ctx.staff.frontOffice, applicationId: id, input: { outcome: "accept", checks: allAccepted(app.permitTypeVersion) }, now: ctx.options.acceptedAt });
  });
}

/** The technical team member of the cast who belongs to the file's agency. */
async function technicalOf(ctx: Context, id: string) {
  const { agencyId } = await db().application.findUniqueOrThrow({ where: { id }, select: { agencyId: true } });
  const member = ctx.staff.technical.find((m) => m.actor.agencyId === agencyId);
  if (!member) throw new Error("the cast has no technical team member of the file's agency");
  return member.actor;
}

/** The first text field is flagged (or, for a form without one, the first document), as an officer would. */
function itemToRevise(version: PermitTypeVersion) {
  const field = fieldsOf(version).find((f) => f.type === "text");
  if (field) return { kind: "field" as const, key: field.key };
  return { kind: "document" as const, key: documentsOf(version)[0]!.key };
}

async function reach(ctx: Context, target: AdvanceStatus): Promise<void> {
  const { options } = ctx;
  switch (target) {
    case "DRAFT":
      ctx.id = (await completeDraft(ctx.applicant, ctx.code, ctx.officeId)).id;
      return;
    case "SUBMITTED":
      await reach(ctx, "DRAFT");
      return step(ctx, "applicant submits", async (id) => {
        const result = await submitApplication({ actor: ctx.applicant, applicationId: id });
        if (!result.ok) throw new Error(`not complete: ${JSON.stringify(result.issues)}`);
      });
    case "RETURNED":
      await reach(ctx, "SUBMITTED");
      return step(ctx, "front office returns the file for revision", async (id) => {
        const app = await load(id);
        const item = itemToRevise(app.permitTypeVersion);
        const checks = allAccepted(app.permitTypeVersion).map((c) =>
          c.kind === item.kind && c.key === item.key ? { ...c, accepted: false, reason: options.reason ?? "Perlu diperbaiki." } : c,
        );
        await verifyApplication({ actor: ctx.staff.frontOffice, applicationId: id, input: { outcome: "return", checks } });
      });
    case "VERIFICATION":
      await reach(ctx, "RETURNED");
      return step(ctx, "applicant fixes what was asked and sends the file back", async (id) => {
        const app = await load(id);
        const item = itemToRevise(app.permitTypeVersion);
        if (item.kind === "field") {
          const saved = await saveDraft({ actor: ctx.applicant, applicationId: id, raw: { [item.key]: "Diperbaiki" } });
          if (!saved.ok) throw new Error(`fix not valid: ${JSON.stringify(saved.issues)}`);
        } else {
          await attachDocument({ actor: ctx.applicant, applicationId: id, key: item.key, file: fakeFile(`${item.key}-baru.pdf`) });
        }
        const result = await resubmitApplication({ actor: ctx.applicant, applicationId: id });
        if (!result.ok) throw new Error(`not resubmitted: ${JSON.stringify(result.issues)}`);
      });
    case "TECHNICAL_REVIEW":
      if (!isSurveyed(ctx.workflow)) throw new Error(`advanceTo: a ${ctx.workflow} permit type (${ctx.code}) never reaches TECHNICAL_REVIEW`);
      return accept(ctx);
    case "PROCESSING":
      if (!isSurveyed(ctx.workflow)) return accept(ctx);
      await reach(ctx, "TECHNICAL_REVIEW");
      return step(ctx, "technical team schedules the survey and signs the BAP", async (id) => {
        const app = await load(id);
        const team = await technicalOf(ctx, id);
        const today = await officeToday(ctx.officeId);
        await scheduleSurvey({ actor: team, applicationId: id, input: surveySchedule(today, team) });
        const input: TRecordInspection = {
          visitedAt: `${today}T00:00`,
          results: checklistOf(app.permitTypeVersion).map(() => ({ result: "sesuai" as const })),
          findings: "Sarana dan prasarana sesuai.",
          recommendation: "APPROVE",
          signers: [0],
          ...options.inspection,
        };
        await recordInspection({ actor: team, applicationId: id, input });
      });
    case "APPROVAL":
      await reach(ctx, "PROCESSING");
      return step(ctx, "back office prepares the decision", async (id) => {
        const app = await load(id);
        const input = options.decision ?? { ...defaultValidity(await officeToday(ctx.officeId), app.permitTypeVersion.validityMonths), conditions: [] };
        await prepareDecision({ actor: ctx.staff.backOffice, applicationId: id, input });
      });
    case "ISSUED":
      // An instant permit type is issued by its submission.
      if (ctx.workflow === "instant") return reach(ctx, "SUBMITTED");
      await reach(ctx, "APPROVAL");
      return step(ctx, "head approves and signs", (id) => approveApplication({ actor: ctx.staff.head, applicationId: id }));
    case "REVOKED":
      await reach(ctx, "ISSUED");
      return step(ctx, "head revokes the permit", (id) => revokePermit({ actor: ctx.staff.head, applicationId: id, reason: options.reason ?? "Izin dicabut." }));
    case "REJECTED": {
      const from = options.from ?? "SUBMITTED";
      await reach(ctx, from);
      const reason = options.reason ?? "Persyaratan tidak terpenuhi.";
      // Once accepted, whoever works the file at that stage rejects it from the file's page.
      if (from === "TECHNICAL_REVIEW" || from === "PROCESSING" || from === "APPROVAL") {
        const who = from === "APPROVAL" ? "head" : from === "PROCESSING" ? "back office" : "technical team";
        return step(ctx, `${who} rejects the file at ${from}`, async (id) => {
          const actor = from === "APPROVAL" ? ctx.staff.head : from === "PROCESSING" ? ctx.staff.backOffice : await technicalOf(ctx, id);
          await rejectApplication({ actor, applicationId: id, reason });
        });
      }
      // Before the file is accepted, the front office rejects it from its check.
      return step(ctx, `front office rejects the file at ${from}`, (id) =>
        verifyApplication({ actor: ctx.staff.frontOffice, applicationId: id, input: { outcome: "reject", checks: [], note: reason } }),
      );
    }
    case "WITHDRAWN": {
      await reach(ctx, options.from ?? "SUBMITTED");
      return step(ctx, "applicant withdraws", (id) => withdrawApplication({ actor: ctx.applicant, applicationId: id, reason: options.reason ?? "Tidak jadi." }));
    }
  }
}

/**
 * A new application of the cast's applicant (or `options.applicant`) in `status`, reached step by step
 * through the domain operations. Throws, naming the step, if a step fails or the file ends elsewhere.
 */
export async function advanceTo(cast: Cast, status: AdvanceStatus, options: AdvanceOptions = {}): Promise<Advanced> {
  const second = options.office === "second";
  if (second && options.workflow && options.workflow !== "direct") throw new Error("advanceTo: the second office has only a direct permit type");
  const throughSurvey = status === "TECHNICAL_REVIEW" || options.from === "TECHNICAL_REVIEW";
  const code = options.permitTypeCode ?? (second ? SECOND_OFFICE_PERMIT_TYPE : cast.permitTypes[options.workflow ?? (throughSurvey ? "survey" : "direct")]);
  const officeId = second ? cast.secondOffice.id : cast.office.id;
  const permitType = await db().permitType.findUniqueOrThrow({ where: { officeId_code: { officeId, code } }, include: { currentVersion: true } });
  const ctx: Context = {
    options,
    applicant: actorOfMember(options.applicant ?? cast.applicant),
    code,
    officeId,
    workflow: permitType.currentVersion!.workflow,
    staff: second
      ? { frontOffice: cast.secondOfficeFrontOffice.actor, backOffice: cast.secondOfficeBackOffice.actor, head: cast.secondOfficeHead.actor, technical: [cast.secondOfficeTechnical] }
      : {
          frontOffice: cast.frontOffice.actor,
          backOffice: cast.backOffice.actor,
          head: cast.head.actor,
          technical: [cast.healthTechnical, cast.educationTechnical, cast.environmentTechnical],
        },
  };
  await reach(ctx, status);
  const app = await load(ctx.id!);
  if (app.status !== status) throw new Error(`advanceTo: the ${code} file ended in ${app.status}, not ${status}`);
  const [decision, documents] = await Promise.all([
    db().decision.findUnique({ where: { applicationId: app.id }, select: { decreeNumber: true } }),
    db().issuedDocument.findMany({ where: { applicationId: app.id }, select: { kind: true, code: true, number: true }, orderBy: { createdAt: "asc" } }),
  ]);
  const document = (kind: IssuedDocumentKind) => {
    const found = documents.filter((d) => d.kind === kind).at(-1);
    return found ? { code: found.code, number: found.number } : null;
  };
  return {
    ...app,
    permitTypeCode: code,
    workflow: ctx.workflow,
    decreeNumber: decision?.decreeNumber ?? null,
    permit: document("PERMIT"),
    inspectionReport: document("INSPECTION_REPORT"),
    rejectionLetter: document("REJECTION_LETTER"),
  };
}
