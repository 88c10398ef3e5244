-- AlterTable
ALTER TABLE "Inspection" ADD COLUMN     "visitedAt" TIMESTAMP(3);
