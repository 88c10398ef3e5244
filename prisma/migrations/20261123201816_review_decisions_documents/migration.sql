-- CreateEnum
CREATE TYPE "IssuedDocumentKind" AS ENUM ('PERMIT', 'REJECTION_LETTER', 'INSPECTION_REPORT');

-- AlterTable
ALTER TABLE "Application" ADD COLUMN     "deemedApproved" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "dueDay" DATE,
ADD COLUMN     "lapseFlaggedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Office" ADD COLUMN     "address" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "contact" TEXT;

-- CreateTable
CREATE TABLE "RequirementCheck" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "accepted" BOOLEAN NOT NULL,
    "reason" TEXT,
    "checkedById" TEXT NOT NULL,
    "checkedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RequirementCheck_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Decision" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "decreeNumber" TEXT NOT NULL,
    "decreeYear" INTEGER NOT NULL,
    "decreeSeq" INTEGER NOT NULL,
    "validFrom" DATE NOT NULL,
    "validUntil" DATE,
    "conditions" JSONB NOT NULL DEFAULT '[]',
    "preparedById" TEXT NOT NULL,
    "preparedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Decision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DecreeCounter" (
    "permitTypeId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "lastSeq" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "DecreeCounter_pkey" PRIMARY KEY ("permitTypeId","year")
);

-- CreateTable
CREATE TABLE "IssuedDocument" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "kind" "IssuedDocumentKind" NOT NULL,
    "number" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "signature" TEXT NOT NULL,
    "keyId" TEXT NOT NULL,
    "fileId" TEXT NOT NULL,
    "revokedAt" TIMESTAMP(3),
    "revokeReason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IssuedDocument_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "RequirementCheck_applicationId_kind_key_key" ON "RequirementCheck"("applicationId", "kind", "key");

-- CreateIndex
CREATE UNIQUE INDEX "Decision_applicationId_key" ON "Decision"("applicationId");

-- CreateIndex
CREATE UNIQUE INDEX "IssuedDocument_code_key" ON "IssuedDocument"("code");

-- CreateIndex
CREATE INDEX "IssuedDocument_applicationId_kind_idx" ON "IssuedDocument"("applicationId", "kind");

-- CreateIndex
CREATE INDEX "Application_officeId_status_dueDay_id_idx" ON "Application"("officeId", "status", "dueDay", "id");

-- CreateIndex
CREATE INDEX "Application_officeId_status_submittedAt_id_idx" ON "Application"("officeId", "status", "submittedAt", "id");

-- AddForeignKey
ALTER TABLE "RequirementCheck" ADD CONSTRAINT "RequirementCheck_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IssuedDocument" ADD CONSTRAINT "IssuedDocument_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;
