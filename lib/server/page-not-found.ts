import "server-only";
import { redirect } from "next/navigation";

/**
 * A page's "Page not found": the request is sent on to /page-not-found, which matches no route, so Next renders
 * app/not-found.tsx there in full HTML with status 404. notFound() called from inside a page gives the right status
 * in a production build but renders its page only through JavaScript (the HTML body is empty: vercel/next.js#98295),
 * so a person without JavaScript would see a blank page.
 */
export function pageNotFound(): never {
  redirect("/page-not-found");
}
