// A person's language, remembered on their account so that it follows them to other devices and to
// the e-mails they receive.
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { userScope } from "@/lib/auth/access-scopes";
import { db } from "@/lib/db/client";
import type { AppLocale } from "@/lib/i18n/locales";

export async function setOwnLocale({ actor, locale }: { actor: Actor; locale: AppLocale }) {
  requirePermission(actor, "update:profile:own");
  await db().user.updateMany({ where: { ...userScope(actor, "update:profile"), locale: { not: locale } }, data: { locale } });
}
