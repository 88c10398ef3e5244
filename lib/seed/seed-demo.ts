// Seeds the demo office. Idempotent: running it again adds what is missing and changes nothing else.
import { db } from "@/lib/db/client";
import { getEnv } from "@/lib/env";
import { hashPassword } from "@/lib/users/password-hash";
import { HOLIDAYS } from "@/prisma/seed/holidays";
import { PERMIT_TYPES } from "@/prisma/seed/permit-types";
import { BUSINESS_PERMIT_TYPES } from "@/prisma/seed/business-permit-types";
import { writePermitType } from "@/lib/catalogue/save-permit-type";
import { writeKbli, writeRiskRules } from "@/lib/risk/import-csv";
import { KBLI, RISK_RULES } from "@/prisma/seed/kbli";
import { DEMO_AGENCIES, DEMO_OFFICE, DEMO_PASSWORD, DEMO_USERS } from "@/prisma/seed/demo";

export async function seedDemo() {
  const prisma = db();
  const office = await prisma.office.upsert({ where: { code: DEMO_OFFICE.code }, update: {}, create: { ...DEMO_OFFICE, timeZone: getEnv().APP_TIME_ZONE } });
  const agencies = new Map<string, string>();
  for (const a of DEMO_AGENCIES) {
    const agency = await prisma.agency.upsert({
      where: { officeId_code: { officeId: office.id, code: a.code } },
      update: {},
      create: { ...a, kbliSections: [...a.kbliSections], officeId: office.id },
    });
    // Databases seeded before agencies had sectors get the demo's sectors once.
    if (agency.kbliSections.length === 0 && a.kbliSections.length > 0) {
      await prisma.agency.update({ where: { id: agency.id }, data: { kbliSections: [...a.kbliSections] } });
    }
    agencies.set(a.code, agency.id);
  }
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const u of DEMO_USERS) {
    await prisma.user.upsert({
      where: { email: u.email },
      update: {},
      create: {
        email: u.email,
        fullName: u.fullName,
        role: u.role,
        passwordHash,
        officeId: office.id,
        nik: "nik" in u ? u.nik : null,
        phone: "phone" in u ? u.phone : null,
        position: "position" in u ? u.position : null,
        nip: "nip" in u ? u.nip : null,
        agencyId: "agency" in u ? agencies.get(u.agency)! : null,
      },
    });
  }
  // Permit types: added when missing; an admin's later versions are left alone.
  for (const definition of [...PERMIT_TYPES, ...BUSINESS_PERMIT_TYPES]) {
    const exists = await prisma.permitType.findUnique({ where: { officeId_code: { officeId: office.id, code: definition.code } }, select: { id: true } });
    if (!exists) await prisma.$transaction((tx) => writePermitType(tx, { officeId: office.id, definition, actorId: null }));
  }
  // The KBLI reference and the risk rule table: loaded once; later imports by the admin replace them.
  if ((await prisma.kbli.count()) === 0) await writeKbli(KBLI, { actorId: null, officeId: null });
  if ((await prisma.riskRule.count()) === 0) await writeRiskRules(RISK_RULES, { actorId: null, officeId: null });
  await prisma.holiday.createMany({
    data: HOLIDAYS.map((h) => ({ ...h, date: new Date(`${h.date}T00:00:00Z`), officeId: office.id, confirmed: false })),
    skipDuplicates: true,
  });
  return { officeId: office.id };
}
