import type { ButtonHTMLAttributes } from "react";

type Props = { variant?: "primary" | "secondary" | "warning" } & ButtonHTMLAttributes<HTMLButtonElement>;

// No data-prevent-double-click: forms disable their button while pending, and the 1-second guard would swallow a
// quick resubmission after correcting an error.
export function Button({ variant = "primary", children, type = "submit", ...rest }: Props) {
  const modifier = variant === "primary" ? "" : ` govuk-button--${variant}`;
  return (
    <button type={type} className={`govuk-button${modifier}`} data-module="govuk-button" {...rest}>
      {children}
    </button>
  );
}
