"use client";

import { usePathname, useSearchParams } from "next/navigation";

type Item = { href: string; text: string };

// Client components so that they follow client-side navigation: the layout around them is not rendered again.

export function ServiceNavigationItems({ items }: { items: Item[] }) {
  const pathname = usePathname();
  return (
    <ul className="govuk-service-navigation__list" id="navigation">
      {items.map((item) => {
        const current = pathname === item.href || pathname.startsWith(`${item.href}/`);
        return (
          <li key={item.href} className={`govuk-service-navigation__item${current ? " govuk-service-navigation__item--active" : ""}`}>
            <a className="govuk-service-navigation__link" href={item.href} aria-current={current ? "page" : undefined}>
              {current ? <strong className="govuk-service-navigation__active-fallback">{item.text}</strong> : item.text}
            </a>
          </li>
        );
      })}
    </ul>
  );
}

/**
 * English | Cymraeg. Changing the language changes state (a cookie, and a signed-in person's profile), so each
 * language is a small form posting to /language/…, with a button styled as the GOV.UK link; it works without
 * JavaScript and comes back to the page the person is on.
 */
export function LanguageNavigation({ label, current, names }: { label: string; current: string; names: Record<"en" | "cy", string> }) {
  const pathname = usePathname();
  const search = useSearchParams().toString();
  const back = `${pathname}${search ? `?${search}` : ""}`;
  return (
    <nav className="govuk-language-navigation" aria-label={label}>
      <ul className="govuk-language-navigation__list">
        {(["en", "cy"] as const).map((language) => (
          <li className="govuk-language-navigation__list-item" key={language}>
            {language === current ? (
              <span className="govuk-language-navigation__text" lang={language} aria-current="true">
                {names[language]}
              </span>
            ) : (
              <form method="post" action={`/language/${language}`} className="app-language-form">
                <input type="hidden" name="back" value={back} />
                <button type="submit" className="govuk-language-navigation__link app-link-button" lang={language}>
                  {names[language]}
                </button>
              </form>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
