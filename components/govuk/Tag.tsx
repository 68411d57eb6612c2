export function Tag({ children, colour }: { children: React.ReactNode; colour?: "grey" | "green" | "red" | "yellow" | "blue" | "light-blue" | "purple" }) {
  return <strong className={`govuk-tag${colour ? ` govuk-tag--${colour}` : ""}`}>{children}</strong>;
}
