-- AlterTable
ALTER TABLE "Commitment" ADD COLUMN     "checkedAt" TIMESTAMP(3),
ADD COLUMN     "checkedById" TEXT,
ADD COLUMN     "proofFileId" TEXT,
ADD COLUMN     "proofSubmittedAt" TIMESTAMP(3),
ADD COLUMN     "rejectReason" TEXT;

-- CreateIndex
CREATE INDEX "Commitment_proofSubmittedAt_idx" ON "Commitment"("proofSubmittedAt");
