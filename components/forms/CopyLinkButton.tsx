"use client";

import { useEffect, useState } from "react";

/**
 * Copies a link to the clipboard. Shown only once JavaScript runs: without it, the link stays on the page as text to
 * select and copy (the no-JavaScript way, which the page's hint describes).
 */
export function CopyLinkButton({ text, label, copiedMessage, targetId }: { text: string; label: string; copiedMessage: string; targetId: string }) {
  const [ready, setReady] = useState(false);
  const [copied, setCopied] = useState(false);
  useEffect(() => setReady(true), []);
  if (!ready) return null;
  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
    } catch {
      // No clipboard (an insecure context, a refused permission): select the link, so Ctrl+C copies it.
      const target = document.getElementById(targetId);
      if (target) window.getSelection()?.selectAllChildren(target);
    }
    setCopied(true);
  }
  return (
    <p className="govuk-body">
      <button type="button" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-1" data-module="govuk-button" onClick={copy}>
        {label}
      </button>
      <span className="govuk-body govuk-!-margin-left-2" role="status">
        {copied ? copiedMessage : ""}
      </span>
    </p>
  );
}
