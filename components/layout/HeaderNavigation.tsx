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

/** English | Cymraeg: a plain link to /language/…, coming back to the page the person is on. */
export function LanguageNavigation({ label, current, names }: { label: string; current: string; names: Record<"en" | "cy", string> }) {
  const pathname = usePathname();
  const search = useSearchParams().toString();
  const back = encodeURIComponent(`${pathname}${search ? `?${search}` : ""}`);
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
              <a className="govuk-language-navigation__link" href={`/language/${language}?back=${back}`} lang={language} hrefLang={language} rel="alternate">
                {names[language]}
              </a>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
