import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import { alwaysOnClient, pickNamespaces } from "@/lib/i18n/client-messages";

/** Gives the client components inside it the messages of `namespaces` (and those every page has), no others. */
export async function ClientMessages({ namespaces, children }: { namespaces: readonly string[]; children: ReactNode }) {
  return <NextIntlClientProvider messages={pickNamespaces(await getMessages(), [...alwaysOnClient, ...namespaces])}>{children}</NextIntlClientProvider>;
}

/** A page whose client components read `namespaces`: every way the page can be drawn has their messages. */
export function withClientMessages<P extends object>(Page: (props: P) => Promise<ReactNode> | ReactNode, namespaces: readonly string[]) {
  const PageWithMessages = (props: P) => (
    <ClientMessages namespaces={namespaces}>
      <Page {...props} />
    </ClientMessages>
  );
  PageWithMessages.displayName = `WithClientMessages(${Page.name})`;
  return PageWithMessages;
}
