"use client";

import { usePathname } from "next/navigation";
import { useEffect } from "react";

/** Marks the body as JavaScript-enabled and starts GOV.UK Frontend's components after each navigation. */
export function GovukFrontendInit() {
  const pathname = usePathname();
  useEffect(() => {
    document.body.classList.add("js-enabled", "govuk-frontend-supported");
    import("govuk-frontend").then(({ initAll }) =>
      initAll({
        onError(error) {
          // A component already started on this page throws InitError when started again: harmless.
          if (error instanceof Error && error.name === "InitError") return;
          console.error(error);
        },
      }),
    );
  }, [pathname]);
  return null;
}
