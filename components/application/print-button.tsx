"use client";
import { Button } from "@/components/ui/button";

// Printing needs the browser; without JavaScript the browser's own print command still works.
export function PrintButton({ label }: { label: string }) {
  return (
    <Button type="button" onClick={() => window.print()}>
      {label}
    </Button>
  );
}
