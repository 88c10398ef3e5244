-- CreateEnum
CREATE TYPE "Workflow" AS ENUM ('instant', 'direct', 'survey', 'verification');

-- CreateEnum
CREATE TYPE "ApplicationStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'VERIFICATION', 'RETURNED', 'TECHNICAL_REVIEW', 'PROCESSING', 'APPROVAL', 'ISSUED', 'REJECTED', 'WITHDRAWN', 'EXPIRED', 'REVOKED');

-- CreateTable
CREATE TABLE "PermitType" (
    "id" TEXT NOT NULL,
    "officeId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "agencyId" TEXT NOT NULL,
    "currentVersionId" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PermitType_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PermitTypeVersion" (
    "id" TEXT NOT NULL,
    "permitTypeId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "nameId" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "descriptionId" TEXT NOT NULL,
    "descriptionEn" TEXT NOT NULL,
    "outputId" TEXT NOT NULL,
    "outputEn" TEXT NOT NULL,
    "workflow" "Workflow" NOT NULL,
    "slaDays" INTEGER NOT NULL,
    "feeRupiah" INTEGER NOT NULL,
    "validityMonths" INTEGER,
    "legalBasisId" TEXT NOT NULL,
    "legalBasisEn" TEXT NOT NULL,
    "decreeNumberTemplate" TEXT NOT NULL,
    "deemedApproval" BOOLEAN NOT NULL,
    "fields" JSONB NOT NULL,
    "documents" JSONB NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PermitTypeVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Application" (
    "id" TEXT NOT NULL,
    "officeId" TEXT NOT NULL,
    "applicantId" TEXT NOT NULL,
    "permitTypeId" TEXT NOT NULL,
    "permitTypeVersionId" TEXT NOT NULL,
    "status" "ApplicationStatus" NOT NULL DEFAULT 'DRAFT',
    "registrationNumber" TEXT,
    "registrationYear" INTEGER,
    "registrationSeq" INTEGER,
    "trackingToken" TEXT,
    "data" JSONB NOT NULL DEFAULT '{}',
    "lockVersion" INTEGER NOT NULL DEFAULT 0,
    "submittedAt" TIMESTAMP(3),
    "clockStartedAt" TIMESTAMP(3),
    "decidedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Application_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApplicationEvent" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "actorId" TEXT,
    "action" TEXT NOT NULL,
    "fromStatus" "ApplicationStatus",
    "toStatus" "ApplicationStatus" NOT NULL,
    "note" TEXT,
    "data" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ApplicationEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StoredFile" (
    "id" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "mime" TEXT NOT NULL,
    "originalName" TEXT NOT NULL,
    "uploadedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StoredFile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApplicationDocument" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "requirementKey" TEXT NOT NULL,
    "fileId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "supersededAt" TIMESTAMP(3),

    CONSTRAINT "ApplicationDocument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RevisionRequest" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "requestedById" TEXT NOT NULL,
    "items" JSONB NOT NULL,
    "dataBefore" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolvedAt" TIMESTAMP(3),

    CONSTRAINT "RevisionRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RegistrationCounter" (
    "officeId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "lastSeq" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "RegistrationCounter_pkey" PRIMARY KEY ("officeId","year")
);

-- CreateIndex
CREATE UNIQUE INDEX "PermitType_currentVersionId_key" ON "PermitType"("currentVersionId");

-- CreateIndex
CREATE INDEX "PermitType_officeId_active_category_idx" ON "PermitType"("officeId", "active", "category");

-- CreateIndex
CREATE UNIQUE INDEX "PermitType_officeId_code_key" ON "PermitType"("officeId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "PermitTypeVersion_permitTypeId_version_key" ON "PermitTypeVersion"("permitTypeId", "version");

-- CreateIndex
CREATE INDEX "Application_applicantId_status_updatedAt_idx" ON "Application"("applicantId", "status", "updatedAt");

-- CreateIndex
CREATE INDEX "Application_officeId_status_createdAt_idx" ON "Application"("officeId", "status", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Application_officeId_registrationNumber_key" ON "Application"("officeId", "registrationNumber");

-- CreateIndex
CREATE UNIQUE INDEX "Application_officeId_registrationYear_registrationSeq_key" ON "Application"("officeId", "registrationYear", "registrationSeq");

-- CreateIndex
CREATE INDEX "ApplicationEvent_applicationId_createdAt_idx" ON "ApplicationEvent"("applicationId", "createdAt");

-- CreateIndex
CREATE INDEX "StoredFile_sha256_idx" ON "StoredFile"("sha256");

-- CreateIndex
CREATE INDEX "ApplicationDocument_applicationId_requirementKey_superseded_idx" ON "ApplicationDocument"("applicationId", "requirementKey", "supersededAt");

-- CreateIndex
CREATE INDEX "RevisionRequest_applicationId_createdAt_idx" ON "RevisionRequest"("applicationId", "createdAt");

-- AddForeignKey
ALTER TABLE "PermitType" ADD CONSTRAINT "PermitType_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "Office"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PermitType" ADD CONSTRAINT "PermitType_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PermitType" ADD CONSTRAINT "PermitType_currentVersionId_fkey" FOREIGN KEY ("currentVersionId") REFERENCES "PermitTypeVersion"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PermitTypeVersion" ADD CONSTRAINT "PermitTypeVersion_permitTypeId_fkey" FOREIGN KEY ("permitTypeId") REFERENCES "PermitType"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "Office"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_applicantId_fkey" FOREIGN KEY ("applicantId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_permitTypeId_fkey" FOREIGN KEY ("permitTypeId") REFERENCES "PermitType"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_permitTypeVersionId_fkey" FOREIGN KEY ("permitTypeVersionId") REFERENCES "PermitTypeVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApplicationEvent" ADD CONSTRAINT "ApplicationEvent_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApplicationEvent" ADD CONSTRAINT "ApplicationEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StoredFile" ADD CONSTRAINT "StoredFile_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApplicationDocument" ADD CONSTRAINT "ApplicationDocument_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApplicationDocument" ADD CONSTRAINT "ApplicationDocument_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "StoredFile"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RevisionRequest" ADD CONSTRAINT "RevisionRequest_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RegistrationCounter" ADD CONSTRAINT "RegistrationCounter_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "Office"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
