// The words of a notification in the recipient's language, from the translation catalogue: a short
// line for the notification centre, and the subject, plain text and HTML of its e-mail.
import { createTranslator, type AbstractIntlMessages } from "use-intl/core";
import id from "@/messages/id.json";
import en from "@/messages/en.json";
import type { NotificationEvent } from "@/lib/notifications/events";

export type MailLocale = "id" | "en";
const CATALOGUES = { id, en } as const;

/** A value to interpolate; text that differs by language carries both. */
export type NotificationParam = string | number | { id: string; en: string };
export type NotificationParams = Record<string, NotificationParam>;

export function paramsIn(params: NotificationParams, locale: MailLocale): Record<string, string | number> {
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, typeof v === "object" ? v[locale] : v]));
}

type Translate = (key: string, values?: Record<string, string | number>) => string;

// Keys are built from the event name, so the catalogue is used untyped here; a unit test checks that
// every event has its subject, body and action in both languages. Dates and times are written on the
// clock of the recipient's office (`timeZone`, from Office.timeZone).
function translator(locale: MailLocale, timeZone: string): Translate {
  const messages = (CATALOGUES[locale] as unknown as { mail: AbstractIntlMessages }).mail;
  return createTranslator({ locale, messages, timeZone }) as unknown as Translate;
}

function escapeHtml(text: string) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** The one-line summary shown in the notification centre. */
export function notificationLine(event: NotificationEvent, locale: MailLocale, params: NotificationParams, timeZone: string) {
  return translator(locale, timeZone)(`${event}.subject`, paramsIn(params, locale));
}

export function renderMail({
  event,
  locale,
  params: raw,
  url,
  office,
  timeZone,
}: {
  event: NotificationEvent;
  locale: MailLocale;
  params: NotificationParams;
  url: string;
  office: string;
  timeZone: string;
}) {
  const t = translator(locale, timeZone);
  const params = paramsIn(raw, locale);
  const subject = t(`${event}.subject`, params);
  const body = t(`${event}.body`, params);
  const greeting = t("greeting", { name: String(params.name ?? "") });
  const action = t(`${event}.action`);
  const footer = t("footer", { office });
  const text = [greeting, "", body, "", `${action}: ${url}`, "", "--", footer].join("\n");
  const paragraphs = body
    .split(/\n{2,}/)
    .map((p) => `<p style="margin:0 0 16px">${escapeHtml(p).replace(/\n/g, "<br>")}</p>`)
    .join("");
  const html = `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>
<body style="margin:0;padding:0;background:#f1f5f9;font-family:Arial,Helvetica,sans-serif;color:#0f172a">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f1f5f9;padding:24px 0"><tr><td align="center">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="max-width:600px;background:#ffffff;border-top:6px solid #0b3a66">
<tr><td style="padding:24px 24px 8px;font-size:14px;color:#334155">${escapeHtml(office)}</td></tr>
<tr><td style="padding:0 24px;font-size:22px;font-weight:bold;line-height:1.3">${escapeHtml(subject)}</td></tr>
<tr><td style="padding:16px 24px 0;font-size:16px;line-height:1.5"><p style="margin:0 0 16px">${escapeHtml(greeting)}</p>${paragraphs}
<p style="margin:8px 0 24px"><a href="${escapeHtml(url)}" style="display:inline-block;background:#0b4f8a;color:#ffffff;text-decoration:none;font-weight:bold;padding:12px 20px;border-radius:4px">${escapeHtml(action)}</a></p>
<p style="margin:0 0 16px;font-size:13px;color:#475569">${escapeHtml(url)}</p></td></tr>
<tr><td style="padding:16px 24px 24px;font-size:12px;color:#64748b;border-top:1px solid #e2e8f0">${escapeHtml(footer)}</td></tr>
</table></td></tr></table></body></html>`;
  return { subject, text, html };
}
