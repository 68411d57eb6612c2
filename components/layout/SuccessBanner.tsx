import { randomUUID } from "node:crypto";
import type { ReactNode } from "react";
import { NotificationBanner } from "@/components/govuk/NotificationBanner";
import { ShownOnce } from "@/components/layout/ShownOnce";
import { isRefusedPost } from "@/lib/http/refused-post";

/** The GOV.UK success banner for what the person just did: shown once, never beside a form's problems. */
export async function SuccessBanner({ title, heading, children }: { title: string; heading: string; children?: ReactNode }) {
  if (await isRefusedPost()) return null;
  // A new key each time the server draws it, so a second success on the same page is shown (and forgotten) afresh.
  return (
    <ShownOnce key={randomUUID()}>
      <NotificationBanner success title={title} heading={heading}>
        {children}
      </NotificationBanner>
    </ShownOnce>
  );
}
