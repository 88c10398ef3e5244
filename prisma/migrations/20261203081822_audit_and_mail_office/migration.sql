-- AlterTable
ALTER TABLE "AuditLog" ADD COLUMN     "officeId" TEXT;

-- AlterTable
ALTER TABLE "OutboxMail" ADD COLUMN     "officeId" TEXT;

-- CreateIndex
CREATE INDEX "AuditLog_officeId_createdAt_id_idx" ON "AuditLog"("officeId", "createdAt", "id");

-- CreateIndex
CREATE INDEX "OutboxMail_officeId_createdAt_id_idx" ON "OutboxMail"("officeId", "createdAt", "id");

-- Existing entries belong to the office of the file they concern, else to the office of who acted.
UPDATE "AuditLog" AS a SET "officeId" = app."officeId"
  FROM "Application" AS app WHERE a."entity" = 'Application' AND a."entityId" = app."id";
UPDATE "AuditLog" AS a SET "officeId" = u."officeId"
  FROM "User" AS u WHERE a."officeId" IS NULL AND a."actorId" = u."id";

-- Existing mails belong to the office of their recipient.
UPDATE "OutboxMail" AS m SET "officeId" = u."officeId"
  FROM "User" AS u WHERE m."userId" = u."id";
