"use client";
// Whether the page has become interactive in this browser: false while the server draws it and during
// hydration, true afterwards. Forms use it to show everything until their script can take over.
import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
