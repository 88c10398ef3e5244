-- CreateEnum
CREATE TYPE "RiskLevel" AS ENUM ('RENDAH', 'MENENGAH_RENDAH', 'MENENGAH_TINGGI', 'TINGGI');

-- CreateTable
CREATE TABLE "Kbli" (
    "code" TEXT NOT NULL,
    "titleId" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "section" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Kbli_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "RiskRule" (
    "id" TEXT NOT NULL,
    "kbli" TEXT NOT NULL,
    "scales" TEXT[],
    "parameterName" TEXT,
    "parameterMin" DOUBLE PRECISION,
    "parameterMax" DOUBLE PRECISION,
    "level" "RiskLevel" NOT NULL,
    "requirements" TEXT[],
    "legalBasis" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RiskRule_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Kbli_section_code_idx" ON "Kbli"("section", "code");

-- CreateIndex
CREATE INDEX "RiskRule_kbli_idx" ON "RiskRule"("kbli");

-- AddForeignKey
ALTER TABLE "RiskRule" ADD CONSTRAINT "RiskRule_kbli_fkey" FOREIGN KEY ("kbli") REFERENCES "Kbli"("code") ON DELETE RESTRICT ON UPDATE CASCADE;
