export function BackLink({ href, text }: { href: string; text: string }) {
  return (
    <a href={href} className="govuk-back-link">
      {text}
    </a>
  );
}
