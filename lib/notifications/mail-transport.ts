// The SMTP connection (nodemailer), from SMTP_URL. Without it there is no transport: the worker keeps
// mails in the database for the admin's mail log.
import nodemailer from "nodemailer";
import { getEnv } from "@/lib/env";

export interface MailTransport {
  send(mail: { from: string; to: string; subject: string; text: string; html: string; messageId: string }): Promise<{ messageId: string }>;
  close(): void;
}

export function createMailTransport(url = getEnv().SMTP_URL): MailTransport | null {
  if (!url) return null;
  const transporter = nodemailer.createTransport(url, {
    // Short timeouts: a stuck server makes the mail wait for the next attempt, not the worker hang.
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  });
  return {
    async send(mail) {
      const info = await transporter.sendMail({
        from: mail.from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        messageId: mail.messageId,
      });
      return { messageId: info.messageId };
    },
    close: () => transporter.close(),
  };
}

let shared: { url: string | undefined; transport: MailTransport | null } | undefined;

/** One pooled transport per process for the configured server. */
export function sharedMailTransport() {
  const url = getEnv().SMTP_URL;
  if (!shared || shared.url !== url) {
    shared?.transport?.close();
    shared = { url, transport: createMailTransport(url) };
  }
  return shared.transport;
}
