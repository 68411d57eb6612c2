/** Said beside a Welsh field whose English changed after the Welsh was written. */
export function StaleWelshNote({ id, text }: { id: string; text: string }) {
  return (
    <div className="govuk-inset-text govuk-!-margin-top-0" id={`${id}-stale`} data-testid="stale-welsh">
      <strong className="govuk-tag govuk-tag--orange">!</strong> {text}
    </div>
  );
}
