import type { ButtonHTMLAttributes } from "react";

type Props = { variant?: "primary" | "secondary" | "warning" } & ButtonHTMLAttributes<HTMLButtonElement>;

export function Button({ variant = "primary", children, type = "submit", ...rest }: Props) {
  const modifier = variant === "primary" ? "" : ` govuk-button--${variant}`;
  return (
    <button type={type} className={`govuk-button${modifier}`} data-module="govuk-button" data-prevent-double-click="true" {...rest}>
      {children}
    </button>
  );
}
