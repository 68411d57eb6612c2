import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { InformationPage } from "@/components/layout/InformationPage";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("privacy"))("title") };
}

export default function Page() {
  return <InformationPage namespace="privacy" />;
}
