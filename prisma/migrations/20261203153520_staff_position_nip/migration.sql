-- AlterTable
ALTER TABLE "User" ADD COLUMN     "nip" TEXT,
ADD COLUMN     "position" TEXT;
