"use client";

import { useTranslations } from "next-intl";
import { usePathname } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";

type Props = {
  /** The idle limit: how long a session lives after a request. */
  idleSeconds: number;
  /** How long before the end the warning opens. */
  warningSeconds: number;
  /** Seconds left when the page was rendered: the idle limit, cut short by the absolute one. */
  secondsLeft: number;
  /** Seconds left before the absolute limit when the page was rendered. */
  absoluteSecondsLeft: number;
};

// Tabs share one session: each tells the others when it renewed it, so an idle tab does not warn, or sign out, a
// person who is busy in another.
const sharedDeadlineKey = "session-idle-deadline";
function shareDeadline(deadline: number) {
  try {
    window.localStorage.setItem(sharedDeadlineKey, String(deadline));
  } catch {
    // Storage may be switched off; each tab then keeps its own count.
  }
}
function sharedDeadline(): number {
  try {
    return Number(window.localStorage.getItem(sharedDeadlineKey)) || 0;
  } catch {
    return 0;
  }
}

const here = () => `${window.location.pathname}${window.location.search}`;
const timedOutUrl = () => `/signin?timedOut=1&callbackUrl=${encodeURIComponent(here())}`;

/** Signs out through next-auth's own endpoint (which ends the session on the server too), then goes to `destination`. */
async function signOutAndGo(destination: string) {
  try {
    const { csrfToken } = (await (await fetch("/api/auth/csrf", { cache: "no-store" })).json()) as { csrfToken: string };
    await fetch("/api/auth/signout", {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ csrfToken, callbackUrl: destination, json: "true" }),
    });
  } finally {
    window.location.assign(destination);
  }
}

/**
 * The GOV.UK / HMRC timeout warning: a modal dialog a little before the idle limit, "Stay signed in" renews the
 * session and "Sign out" ends it; at the limit the person is signed out. Escape counts as staying signed in.
 * Without JavaScript there is no warning, and the server still ends the session at the limit.
 */
export function SessionTimeoutWarning({ idleSeconds, warningSeconds, secondsLeft, absoluteSecondsLeft }: Props) {
  const t = useTranslations("session.timeout");
  const pathname = usePathname();
  const dialog = useRef<HTMLDialogElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const returnFocus = useRef<HTMLElement | null>(null);
  const deadline = useRef(0);
  const absoluteDeadline = useRef(0);
  const acknowledged = useRef(false);
  const navigated = useRef(false);
  const [minutesLeft, setMinutesLeft] = useState(0);
  const [finalWarning, setFinalWarning] = useState(false);

  // A server render says how long is left.
  useEffect(() => {
    const now = Date.now();
    absoluteDeadline.current = now + absoluteSecondsLeft * 1000;
    deadline.current = now + secondsLeft * 1000;
    shareDeadline(deadline.current);
  }, [secondsLeft, absoluteSecondsLeft]);

  // A client-side navigation made a request, which renewed the idle limit.
  useEffect(() => {
    if (!navigated.current) {
      navigated.current = true;
      return;
    }
    deadline.current = Math.min(Date.now() + idleSeconds * 1000, absoluteDeadline.current);
    shareDeadline(deadline.current);
  }, [pathname, idleSeconds]);

  const close = useCallback(() => {
    if (dialog.current?.open) dialog.current.close();
    returnFocus.current?.focus();
    returnFocus.current = null;
  }, []);

  const stay = useCallback(async () => {
    close();
    if (finalWarning) {
      acknowledged.current = true;
      return;
    }
    try {
      const session = (await (await fetch("/api/auth/session", { cache: "no-store" })).json()) as { userId?: string };
      if (!session.userId) throw new Error("Signed out");
      deadline.current = Math.min(Date.now() + idleSeconds * 1000, absoluteDeadline.current);
      shareDeadline(deadline.current);
    } catch {
      window.location.assign(timedOutUrl());
    }
  }, [close, finalWarning, idleSeconds]);

  useEffect(() => {
    const tick = () => {
      deadline.current = Math.max(deadline.current, Math.min(sharedDeadline(), absoluteDeadline.current));
      const remaining = deadline.current - Date.now();
      if (remaining <= 0) {
        window.clearInterval(timer);
        void signOutAndGo(timedOutUrl());
        return;
      }
      const open = dialog.current?.open ?? false;
      if (remaining > warningSeconds * 1000) {
        if (open) close();
        return;
      }
      const final = deadline.current >= absoluteDeadline.current;
      if (final && acknowledged.current) return;
      setMinutesLeft(Math.max(1, Math.ceil(remaining / 60_000)));
      setFinalWarning(final);
      if (!open && dialog.current) {
        returnFocus.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
        dialog.current.showModal();
        heading.current?.focus();
      }
    };
    const timer = window.setInterval(tick, 1000);
    return () => window.clearInterval(timer);
  }, [warningSeconds, close]);

  return (
    <dialog
      ref={dialog}
      className="app-timeout-dialog"
      role="alertdialog"
      aria-modal="true"
      aria-labelledby="timeout-warning-heading"
      aria-describedby="timeout-warning-message"
      onCancel={(event) => {
        event.preventDefault();
        void stay();
      }}
    >
      <h2 className="govuk-heading-m" id="timeout-warning-heading" ref={heading} tabIndex={-1}>
        {t("heading")}
      </h2>
      <p className="govuk-body" id="timeout-warning-message">
        {finalWarning ? t("bodyAbsolute", { minutes: minutesLeft }) : t("body", { minutes: minutesLeft })}
      </p>
      <div className="govuk-button-group">
        <button type="button" className="govuk-button" data-module="govuk-button" onClick={() => void stay()}>
          {finalWarning ? t("continue") : t("stay")}
        </button>
        <button type="button" className="govuk-link app-link-button" onClick={() => void signOutAndGo("/?signedOut=1")}>
          {t("signOut")}
        </button>
      </div>
    </dialog>
  );
}
