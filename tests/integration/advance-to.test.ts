// The shared set-up of the integration tests: the cast, and advanceTo reaching each state through
// the domain operations (seen in the event log, which only those operations write).
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { advanceTo, type AdvanceOptions, type AdvanceStatus } from "../support/advance-to";
import { castActors, createCast, type Cast } from "../support/cast";

let cast: Cast;

beforeAll(async () => {
  cast = await createCast();
});

async function actionsOf(id: string) {
  return (await db().applicationEvent.findMany({ where: { applicationId: id } })).map((e) => e.action).sort();
}

const ACCEPTED = ["create", "submit", "startVerification", "acceptComplete"];
const SURVEYED = [...ACCEPTED, "scheduleSurvey", "completeTechnicalReview"];

const CASES: [string, AdvanceStatus, AdvanceOptions, string[]][] = [
  ["a draft", "DRAFT", {}, ["create"]],
  ["a submitted file", "SUBMITTED", {}, ["create", "submit"]],
  ["a returned file", "RETURNED", {}, ["create", "submit", "startVerification", "returnForRevision"]],
  ["a file sent back after revision", "VERIFICATION", {}, ["create", "submit", "startVerification", "returnForRevision", "resubmit"]],
  ["a survey file with the technical team", "TECHNICAL_REVIEW", {}, ACCEPTED],
  ["a direct file with the back office", "PROCESSING", {}, ACCEPTED],
  ["a surveyed file with the back office", "PROCESSING", { workflow: "survey" }, SURVEYED],
  ["a verified file with the back office", "PROCESSING", { workflow: "verification" }, SURVEYED],
  ["a file accepted after one revision", "PROCESSING", { returnedFirst: true }, [...ACCEPTED, "returnForRevision", "resubmit"]],
  ["a file waiting for the head", "APPROVAL", {}, [...ACCEPTED, "sendForApproval"]],
  ["an issued permit", "ISSUED", {}, [...ACCEPTED, "sendForApproval", "approve"]],
  ["an issued survey permit", "ISSUED", { workflow: "survey" }, [...SURVEYED, "sendForApproval", "approve"]],
  ["an instant permit", "ISSUED", { workflow: "instant" }, ["create", "submit", "issueInstant"]],
  ["a revoked permit", "REVOKED", {}, [...ACCEPTED, "sendForApproval", "approve", "revoke"]],
  ["a file rejected by the front office", "REJECTED", {}, ["create", "submit", "reject"]],
  ["a file rejected by the technical team", "REJECTED", { from: "TECHNICAL_REVIEW" }, [...ACCEPTED, "reject"]],
  ["a file rejected by the head", "REJECTED", { from: "APPROVAL" }, [...ACCEPTED, "sendForApproval", "reject"]],
  ["a withdrawn file", "WITHDRAWN", {}, ["create", "submit", "withdraw"]],
  ["a draft discarded", "WITHDRAWN", { from: "DRAFT" }, ["create", "withdraw"]],
  ["a file of the second office, issued", "ISSUED", { office: "second" }, [...ACCEPTED, "sendForApproval", "approve"]],
];

describe("advanceTo", () => {
  it.each(CASES)("brings %s to %s through the domain operations", async (_, status, options, actions) => {
    const app = await advanceTo(cast, status, options);
    expect(app.status).toBe(status);
    expect(await actionsOf(app.id)).toEqual([...actions].sort());
  });

  it("returns what the steps produced: numbers, the BAP, the permit and the rejection letter", async () => {
    const issued = await advanceTo(cast, "ISSUED", { workflow: "survey", decision: { validFrom: "2026-12-01", validUntil: "2031-11-30", conditions: ["Memasang pagar."] } });
    expect(issued).toMatchObject({ permitTypeCode: "IO-PAUD", workflow: "survey", applicantId: cast.applicant.user.id, officeId: cast.office.id, agencyId: cast.agencies.education.id });
    expect(issued.registrationNumber).toMatch(/^REG-\d{4}-\d{6}$/);
    expect(issued.inspectionReport?.number).toMatch(/^BAP\//);
    expect(issued.permit?.number).toBe(issued.decreeNumber);
    expect(issued.rejectionLetter).toBeNull();
    const rejected = await advanceTo(cast, "REJECTED", { applicant: cast.secondApplicant, reason: "Lokasi di luar wilayah." });
    expect(rejected.applicantId).toBe(cast.secondApplicant.user.id);
    expect(rejected.rejectionLetter?.code).toBeTruthy();
    const second = await advanceTo(cast, "SUBMITTED", { office: "second" });
    expect(second).toMatchObject({ officeId: cast.secondOffice.id, agencyId: cast.agencies.secondOfficeHealth.id });
  });

  it("says which step failed, and refuses states a workflow never reaches", async () => {
    await expect(advanceTo(cast, "TECHNICAL_REVIEW", { workflow: "direct" })).rejects.toThrow(/never reaches TECHNICAL_REVIEW/);
    await expect(advanceTo(cast, "REJECTED", { from: "DRAFT" })).rejects.toThrow(/"front office rejects the file at DRAFT" failed on a SIP-BIDAN file in DRAFT/);
  });
});

describe("the cast", () => {
  it("has one account per role, technical teams of two agencies and a second office", () => {
    const rows = castActors(cast);
    expect(rows[0]).toEqual({ name: "anonymous", actor: null });
    expect(new Set(rows.map((r) => r.actor?.id)).size).toBe(rows.length);
    expect(cast.healthTechnical.actor).toMatchObject({ role: "TECHNICAL", agencyId: cast.agencies.health.id, officeId: cast.office.id });
    expect(cast.educationTechnical.actor).toMatchObject({ role: "TECHNICAL", agencyId: cast.agencies.education.id });
    expect(cast.secondOfficeHead.actor).toMatchObject({ role: "HEAD", officeId: cast.secondOffice.id });
    expect(cast.secondOfficeFrontOffice.actor).toMatchObject({ role: "FRONT_OFFICE", officeId: cast.secondOffice.id });
    expect(cast.agencies.secondOfficeHealth).toMatchObject({ code: "DINKES", officeId: cast.secondOffice.id });
  });
});
