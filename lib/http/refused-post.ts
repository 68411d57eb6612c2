import "server-only";
import { headers } from "next/headers";
import { formPostHeader } from "@/lib/forms/page-messages";

/**
 * Whether this page is being drawn for a form posted without JavaScript: every action that succeeds goes on to
 * another address, so a page drawn for the post itself shows what was refused (the proxy marks such posts).
 */
export async function isRefusedPost(): Promise<boolean> {
  return (await headers()).get(formPostHeader) === "1";
}
