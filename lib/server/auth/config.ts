import "server-only";
import { sessionPolicyFromEnv } from "@/lib/security/session-policy";

// The secret comes from NEXTAUTH_SECRET; `npm start` generates one into data/ when none is given.
export function authSecret(): string {
  const secret = process.env.NEXTAUTH_SECRET;
  if (!secret) throw new Error("NEXTAUTH_SECRET is not set: start the service with `npm start`, or set it in the environment.");
  return secret;
}

export const useSecureCookies = (process.env.NEXTAUTH_URL ?? "").startsWith("https://");
/** Idle and absolute limits of a session (lib/security/session-policy.ts), from the environment. */
export const sessionPolicy = sessionPolicyFromEnv();
export const sessionMaxAgeSeconds = sessionPolicy.absoluteSeconds;

export const sessionCookieName = `${useSecureCookies ? "__Secure-" : ""}next-auth.session-token`;
export const csrfCookieName = `${useSecureCookies ? "__Host-" : ""}next-auth.csrf-token`;

/** Single sign-on is switched on when all three OIDC variables are set. */
export function oidcSettings() {
  const { OIDC_ISSUER: issuer, OIDC_CLIENT_ID: clientId, OIDC_CLIENT_SECRET: clientSecret } = process.env;
  if (!issuer || !clientId || !clientSecret) return null;
  return { issuer: issuer.replace(/\/$/, ""), clientId, clientSecret, name: process.env.OIDC_DISPLAY_NAME ?? "Single sign-on" };
}
