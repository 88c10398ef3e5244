-- CreateEnum
CREATE TYPE "InspectionRecommendation" AS ENUM ('APPROVE', 'APPROVE_WITH_CONDITIONS', 'REJECT');

-- AlterTable
ALTER TABLE "PermitTypeVersion" ADD COLUMN     "inspectionChecklist" JSONB NOT NULL DEFAULT '[]';

-- CreateTable
CREATE TABLE "Inspection" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "agencyId" TEXT NOT NULL,
    "scheduledFor" TIMESTAMP(3) NOT NULL,
    "place" TEXT NOT NULL,
    "members" JSONB NOT NULL,
    "scheduledById" TEXT NOT NULL,
    "scheduledAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "checklist" JSONB,
    "findings" TEXT,
    "recommendation" "InspectionRecommendation",
    "conditions" JSONB NOT NULL DEFAULT '[]',
    "photoIds" JSONB NOT NULL DEFAULT '[]',
    "recordedById" TEXT,
    "recordedAt" TIMESTAMP(3),
    "reportCode" TEXT,

    CONSTRAINT "Inspection_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Inspection_applicationId_scheduledAt_idx" ON "Inspection"("applicationId", "scheduledAt");

-- AddForeignKey
ALTER TABLE "Inspection" ADD CONSTRAINT "Inspection_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;
