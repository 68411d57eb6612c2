"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

/**
 * Looks again every `everyMs` while a file is prepared, for at most `forMs`: the page is drawn afresh in place, so
 * focus and reading position stay where they were (no reload; without JavaScript the page has a "Check now" link).
 * Gone from the page once the file is ready or has failed, which stops it.
 */
export function RefreshWhileWorking({ everyMs, forMs }: { everyMs: number; forMs: number }) {
  const router = useRouter();
  useEffect(() => {
    const started = Date.now();
    const timer = setInterval(() => {
      if (Date.now() - started > forMs) clearInterval(timer);
      else router.refresh();
    }, everyMs);
    return () => clearInterval(timer);
  }, [router, everyMs, forMs]);
  return null;
}
