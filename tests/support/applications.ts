// Builders for application tests: valid answers for any permit type, and documents attached.
import crypto from "node:crypto";
import type { FieldDefinition } from "@/lib/catalogue/definition";
import { attachDocument } from "@/lib/applications/attach-document";
import { saveDraft } from "@/lib/applications/save-draft";
import { startApplication } from "@/lib/applications/start-application";
import { documentsOf, fieldsOf } from "@/lib/catalogue/version-data";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/permissions";
import { DEMO_OFFICE } from "@/prisma/seed/demo";

export function validValue(field: FieldDefinition): unknown {
  switch (field.type) {
    case "text":
      return "Contoh isian";
    case "number":
      return String(field.min ?? 1);
    case "date":
      return field.range === "future" ? "2099-12-31" : field.range === "past" ? "1990-01-15" : "2026-06-15";
    case "choice":
      return field.options[0]!.value;
    case "nik":
      return "3273015501900001";
    case "phone":
      return "081234567890";
    case "email":
      return "pemohon@contoh.id";
    case "address":
      return { street: "Jl. Merdeka No. 1", province: "32", city: "Kota Contoh", district: "Sukajadi" };
  }
}

/** A permit type by its code, in the given office or else the demo office (other offices may use the same codes). */
export async function permitTypeByCode(code: string, officeId?: string) {
  return db().permitType.findFirstOrThrow({
    where: { code, office: officeId ? { id: officeId } : { code: DEMO_OFFICE.code } },
    include: { currentVersion: true },
  });
}

/** A draft with every field answered and every required document attached (file rows only). */
export async function completeDraft(actor: Actor, code = "SIP-BIDAN", officeId?: string) {
  const permitType = await permitTypeByCode(code, officeId);
  const app = await startApplication({ actor, permitTypeId: permitType.id });
  const fields = fieldsOf(permitType.currentVersion!);
  const raw = Object.fromEntries(fields.map((f) => [f.key, validValue(f)]));
  const saved = await saveDraft({ actor, applicationId: app.id, raw });
  if (!saved.ok) throw new Error(`draft not valid: ${JSON.stringify(saved.issues)}`);
  for (const doc of documentsOf(permitType.currentVersion!).filter((d) => d.required)) {
    await attachDocument({ actor, applicationId: app.id, key: doc.key, file: fakeFile(`${doc.key}.pdf`) });
  }
  return app;
}

export function fakeFile(name: string) {
  return { sha256: crypto.randomBytes(32).toString("hex"), size: 1234, mime: "application/pdf", originalName: name };
}
