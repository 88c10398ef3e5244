// The people of the integration tests, built once per test file: the demo office (seeded catalogue,
// agencies and holidays) with one account per role, two applicants, and a second office with its own
// staff, agency and one permit type, so that tests can check what stays inside an office or an agency.
import type { Actor } from "@/lib/auth/permissions";
import { writePermitType } from "@/lib/catalogue/save-permit-type";
import type { Workflow } from "@/lib/catalogue/definition";
import { db } from "@/lib/db/client";
import type { Agency, Office, User } from "@/lib/db/generated/client";
import type { Role } from "@/lib/db/generated/enums";
import { seedDemo } from "@/lib/seed/seed-demo";
import { PERMIT_TYPES } from "@/prisma/seed/permit-types";
import { actorOf, createAgency, createOffice, createUser } from "./factories";

/** One person of the cast: the stored account and the actor that domain operations take. */
export interface CastMember {
  user: User;
  actor: Actor;
}

/** Everyone with an account, by name. `anonymous` (no account) is on the cast itself, as null. */
export const CAST_MEMBERS = [
  "applicant",
  "secondApplicant",
  "frontOffice",
  "backOffice",
  "head",
  "admin",
  "healthTechnical",
  "educationTechnical",
  "environmentTechnical",
  "secondOfficeFrontOffice",
  "secondOfficeBackOffice",
  "secondOfficeHead",
  "secondOfficeAdmin",
  "secondOfficeTechnical",
] as const;
export type CastMemberName = (typeof CAST_MEMBERS)[number];
export type CastName = "anonymous" | CastMemberName;

/** The seeded permit type the cast uses for each workflow (all in the first office). */
export const CAST_PERMIT_TYPES = {
  /** Midwife practice permit, health office, no survey. */
  direct: "SIP-BIDAN",
  /** PAUD operating permit, education office, field survey. */
  survey: "IO-PAUD",
  /** Environmental approval, environment office checks the documents (a survey is optional). */
  verification: "PKPLH",
  /** SPPL registration, issued when submitted. */
  instant: "SPPL",
} as const satisfies Record<Workflow, string>;

/** The permit type of the second office: the midwife practice permit, under its own health office. */
export const SECOND_OFFICE_PERMIT_TYPE = "SIP-BIDAN";

export type Cast = Record<CastMemberName, CastMember> & {
  anonymous: null;
  /** The demo office, where the seeded catalogue lives. */
  office: Office;
  secondOffice: Office;
  agencies: {
    /** Agency A: Dinas Kesehatan (DINKES) of the first office. */
    health: Agency;
    /** Agency B: Dinas Pendidikan (DISDIK) of the first office. */
    education: Agency;
    /** Dinas Lingkungan Hidup (DLH) of the first office, responsible for the verification and instant types. */
    environment: Agency;
    /** Dinas Kesehatan of the second office (same code, another office). */
    secondOfficeHealth: Agency;
  };
  permitTypes: typeof CAST_PERMIT_TYPES;
};

async function member(role: Role, fullName: string, officeId: string, agencyId: string | null = null): Promise<CastMember> {
  const user = await createUser({ role, officeId, agencyId, fullName });
  return { user, actor: actorOf(user) };
}

/**
 * Builds the cast in the test file's database. Safe to call more than once (the demo seed is
 * idempotent; each call adds new accounts and a new second office), but meant for one `beforeAll`.
 */
export async function createCast(): Promise<Cast> {
  const { officeId } = await seedDemo();
  const office = await db().office.findUniqueOrThrow({ where: { id: officeId } });
  const agencyByCode = async (code: string) => db().agency.findUniqueOrThrow({ where: { officeId_code: { officeId, code } } });
  const [health, education, environment] = [await agencyByCode("DINKES"), await agencyByCode("DISDIK"), await agencyByCode("DLH")];

  const secondOffice = await createOffice({ name: "DPMPTSP Kabupaten Uji" });
  const secondOfficeHealth = await createAgency(secondOffice.id, { code: "DINKES", nameId: "Dinas Kesehatan Kabupaten Uji" });
  const definition = PERMIT_TYPES.find((p) => p.code === SECOND_OFFICE_PERMIT_TYPE)!;
  await db().$transaction((tx) => writePermitType(tx, { officeId: secondOffice.id, definition, actorId: null }));

  return {
    anonymous: null,
    office,
    secondOffice,
    agencies: { health, education, environment, secondOfficeHealth },
    permitTypes: CAST_PERMIT_TYPES,
    applicant: await member("APPLICANT", "Pemohon Pertama", officeId),
    secondApplicant: await member("APPLICANT", "Pemohon Kedua", officeId),
    frontOffice: await member("FRONT_OFFICE", "Petugas Front Office", officeId),
    backOffice: await member("BACK_OFFICE", "Petugas Back Office", officeId),
    head: await member("HEAD", "Kepala Dinas", officeId),
    admin: await member("ADMIN", "Administrator", officeId),
    healthTechnical: await member("TECHNICAL", "Tim Teknis Dinas Kesehatan", officeId, health.id),
    educationTechnical: await member("TECHNICAL", "Tim Teknis Dinas Pendidikan", officeId, education.id),
    environmentTechnical: await member("TECHNICAL", "Tim Teknis Dinas Lingkungan Hidup", officeId, environment.id),
    secondOfficeFrontOffice: await member("FRONT_OFFICE", "Petugas Front Office Kabupaten", secondOffice.id),
    secondOfficeBackOffice: await member("BACK_OFFICE", "Petugas Back Office Kabupaten", secondOffice.id),
    secondOfficeHead: await member("HEAD", "Kepala Dinas Kabupaten", secondOffice.id),
    secondOfficeAdmin: await member("ADMIN", "Administrator Kabupaten", secondOffice.id),
    secondOfficeTechnical: await member("TECHNICAL", "Tim Teknis Dinas Kesehatan Kabupaten", secondOffice.id, secondOfficeHealth.id),
  };
}

/** Every name of the cast with its actor (null for anonymous), in a fixed order: rows of a permission matrix. */
export function castActors(cast: Cast): { name: CastName; actor: Actor | null }[] {
  return [{ name: "anonymous", actor: null }, ...CAST_MEMBERS.map((name) => ({ name, actor: cast[name].actor }))];
}
