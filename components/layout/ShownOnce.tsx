"use client";

import { useEffect, useState, type ReactNode } from "react";
import { formRefusedEvent, successParameters } from "@/lib/forms/page-messages";

/**
 * Shows a success message once: the address forgets it (so reloading, going back or posting a form from this page
 * does not show it again), and it goes as soon as a form on the page shows problems.
 */
export function ShownOnce({ children }: { children: ReactNode }) {
  const [shown, setShown] = useState(true);
  useEffect(() => {
    // After the router has written this page's address (its effects run after this one).
    const forget = window.setTimeout(() => {
      const address = new URL(window.location.href);
      if (!successParameters.some((name) => address.searchParams.has(name))) return;
      for (const name of successParameters) address.searchParams.delete(name);
      window.history.replaceState(window.history.state, "", address);
    });
    const hide = () => setShown(false);
    window.addEventListener(formRefusedEvent, hide);
    return () => {
      window.clearTimeout(forget);
      window.removeEventListener(formRefusedEvent, hide);
    };
  }, []);
  return shown ? children : null;
}
