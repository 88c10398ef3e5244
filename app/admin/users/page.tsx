import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requirePage } from "@/app/_lib/session";
import { findUsers, ZFindUsersSchema } from "@/lib/users/find-users";
import { Role } from "@/lib/db/generated/enums";
import { Button, ButtonLink } from "@/components/ui/button";
import { PageHeading, EmptyState } from "@/components/ui/page-heading";
import { DataTable } from "@/components/ui/table";
import { getDateFormat } from "@/components/ui/date-format";
import { Tag } from "@/components/ui/tag";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.users"))("title") };
}

export default async function UsersPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requirePage("manage:user:office");
  const filter = ZFindUsersSchema.parse(await searchParams);
  const { users, nextCursor } = await findUsers({ actor, filter });
  const t = await getTranslations();
  const dates = await getDateFormat();
  const locale = await getLocale();
  const now = new Date();
  const query = (after: string) => new URLSearchParams({ ...(filter.q ? { q: filter.q } : {}), ...(filter.role ? { role: filter.role } : {}), after }).toString();
  return (
    <>
      <p className="mb-4">
        <Link href="/admin">{t("admin.title")}</Link>
      </p>
      <PageHeading>{t("admin.users.title")}</PageHeading>
      <div className="mb-6 flex flex-wrap items-end justify-between gap-4">
        <form method="get" className="flex flex-wrap items-end gap-3" role="search">
          <div>
            <label htmlFor="q" className="block font-semibold">
              {t("admin.users.searchLabel")}
            </label>
            <input id="q" name="q" type="search" defaultValue={filter.q ?? ""} className="mt-1 min-h-11 w-64 rounded border-2 border-slate-700 px-3" />
          </div>
          <div>
            <label htmlFor="role" className="block font-semibold">
              {t("admin.users.roleFilter")}
            </label>
            <select id="role" name="role" defaultValue={filter.role ?? ""} className="mt-1 min-h-11 rounded border-2 border-slate-700 px-3">
              <option value="">{t("common.all")}</option>
              {Object.values(Role).map((r) => (
                <option key={r} value={r}>
                  {t(`roles.${r}`)}
                </option>
              ))}
            </select>
          </div>
          <Button variant="secondary">{t("common.search")}</Button>
        </form>
        <ButtonLink href="/admin/users/new">{t("admin.users.create")}</ButtonLink>
      </div>
      {users.length === 0 ? (
        <EmptyState>{t("admin.users.empty")}</EmptyState>
      ) : (
        <DataTable
          caption={t("admin.users.title")}
          rows={users}
          columns={[
            {
              header: t("admin.users.name"),
              cell: (u) => (
                <>
                  <span className="font-semibold">{u.fullName}</span>
                  <br />
                  <span className="break-all text-slate-600">{u.email}</span>
                </>
              ),
            },
            { header: t("admin.users.role"), cell: (u) => t(`roles.${u.role}`) },
            { header: t("admin.users.agency"), cell: (u) => (u.agency ? (locale === "en" ? u.agency.nameEn : u.agency.nameId) : "—") },
            {
              header: t("admin.users.status"),
              cell: (u) =>
                !u.active ? (
                  <Tag tone="red">{t("admin.users.inactive")}</Tag>
                ) : u.lockedUntil && u.lockedUntil > now ? (
                  <Tag tone="yellow">{t("admin.users.locked")}</Tag>
                ) : (
                  <Tag tone="green">{t("admin.users.active")}</Tag>
                ),
            },
            { header: t("admin.users.lastLogin"), cell: (u) => (u.lastLoginAt ? dates.dateTime(u.lastLoginAt) : t("admin.users.never")) },
            {
              header: <span className="sr-only">{t("admin.users.actions")}</span>,
              cell: (u) => (
                <Link href={`/admin/users/${u.id}`} aria-label={t("admin.users.editLabel", { name: u.fullName })}>
                  {t("admin.users.edit")}
                </Link>
              ),
            },
          ]}
        />
      )}
      <nav className="mt-6 flex gap-6" aria-label={t("admin.users.title")}>
        {filter.after ? <Link href={`/admin/users?${new URLSearchParams({ ...(filter.q ? { q: filter.q } : {}), ...(filter.role ? { role: filter.role } : {}) })}`}>{t("common.firstPage")}</Link> : null}
        {nextCursor ? <Link href={`/admin/users?${query(nextCursor)}`}>{t("common.nextPage")}</Link> : null}
      </nav>
    </>
  );
}
