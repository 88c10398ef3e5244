-- CreateEnum
CREATE TYPE "BusinessForm" AS ENUM ('PERORANGAN', 'PT', 'CV', 'KOPERASI', 'YAYASAN', 'FIRMA');

-- CreateEnum
CREATE TYPE "ActivityStatus" AS ENUM ('DRAFT', 'MANUAL_REVIEW', 'AWAITING_DECLARATION', 'ACTIVE', 'IN_PROCESS');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "IssuedDocumentKind" ADD VALUE 'NIB_CERTIFICATE';
ALTER TYPE "IssuedDocumentKind" ADD VALUE 'STANDARD_CERTIFICATE';

-- AlterTable
ALTER TABLE "Agency" ADD COLUMN     "kbliSections" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- AlterTable
-- Existing files belong to their permit type's agency.
ALTER TABLE "Application" ADD COLUMN     "agencyId" TEXT;
UPDATE "Application" a SET "agencyId" = p."agencyId" FROM "PermitType" p WHERE p."id" = a."permitTypeId";
ALTER TABLE "Application" ALTER COLUMN "agencyId" SET NOT NULL;
CREATE INDEX "Application_officeId_agencyId_status_idx" ON "Application"("officeId", "agencyId", "status");

-- AlterTable
ALTER TABLE "IssuedDocument" ADD COLUMN     "supersededAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "BusinessActor" (
    "id" TEXT NOT NULL,
    "officeId" TEXT NOT NULL,
    "ownerId" TEXT NOT NULL,
    "form" "BusinessForm" NOT NULL,
    "name" TEXT NOT NULL,
    "nik" TEXT,
    "deedNumber" TEXT,
    "deedDate" DATE,
    "npwp" TEXT,
    "address" TEXT NOT NULL,
    "phone" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "paidUpCapital" BIGINT NOT NULL,
    "totalInvestment" BIGINT NOT NULL,
    "nib" TEXT,
    "nibIssuedAt" TIMESTAMP(3),
    "nibApplicationId" TEXT,
    "lockVersion" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "BusinessActor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BusinessActivity" (
    "id" TEXT NOT NULL,
    "businessId" TEXT NOT NULL,
    "kbli" TEXT NOT NULL,
    "location" TEXT NOT NULL,
    "capital" BIGINT NOT NULL,
    "workers" INTEGER,
    "scale" TEXT NOT NULL,
    "parameters" JSONB NOT NULL DEFAULT '{}',
    "status" "ActivityStatus" NOT NULL DEFAULT 'DRAFT',
    "riskLevel" "RiskLevel",
    "legalBasis" TEXT,
    "reviewReason" TEXT,
    "classifiedById" TEXT,
    "applicationId" TEXT,
    "submittedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "BusinessActivity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Commitment" (
    "id" TEXT NOT NULL,
    "businessId" TEXT NOT NULL,
    "activityId" TEXT NOT NULL,
    "requirement" TEXT NOT NULL,
    "dueDay" DATE NOT NULL,
    "fulfilledAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Commitment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NibCounter" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "lastSeq" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "NibCounter_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "BusinessActor_nib_key" ON "BusinessActor"("nib");

-- CreateIndex
CREATE UNIQUE INDEX "BusinessActor_nibApplicationId_key" ON "BusinessActor"("nibApplicationId");

-- CreateIndex
CREATE INDEX "BusinessActor_ownerId_createdAt_idx" ON "BusinessActor"("ownerId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "BusinessActivity_applicationId_key" ON "BusinessActivity"("applicationId");

-- CreateIndex
CREATE INDEX "BusinessActivity_businessId_createdAt_idx" ON "BusinessActivity"("businessId", "createdAt");

-- CreateIndex
CREATE INDEX "BusinessActivity_status_submittedAt_idx" ON "BusinessActivity"("status", "submittedAt");

-- CreateIndex
CREATE INDEX "Commitment_businessId_dueDay_idx" ON "Commitment"("businessId", "dueDay");

-- CreateIndex
CREATE UNIQUE INDEX "Commitment_activityId_requirement_key" ON "Commitment"("activityId", "requirement");

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BusinessActor" ADD CONSTRAINT "BusinessActor_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BusinessActor" ADD CONSTRAINT "BusinessActor_nibApplicationId_fkey" FOREIGN KEY ("nibApplicationId") REFERENCES "Application"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BusinessActivity" ADD CONSTRAINT "BusinessActivity_businessId_fkey" FOREIGN KEY ("businessId") REFERENCES "BusinessActor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BusinessActivity" ADD CONSTRAINT "BusinessActivity_kbli_fkey" FOREIGN KEY ("kbli") REFERENCES "Kbli"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BusinessActivity" ADD CONSTRAINT "BusinessActivity_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Commitment" ADD CONSTRAINT "Commitment_businessId_fkey" FOREIGN KEY ("businessId") REFERENCES "BusinessActor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Commitment" ADD CONSTRAINT "Commitment_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "BusinessActivity"("id") ON DELETE CASCADE ON UPDATE CASCADE;
