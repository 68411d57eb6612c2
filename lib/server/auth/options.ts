import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { cookies } from "next/headers";
import { chosenLocaleCookie } from "@/lib/i18n/locales";
import { nowInSeconds, renewedSession, sessionVerdict, startedSession } from "@/lib/security/session-policy";
import { saveLanguageChosenAtSignIn } from "@/lib/server/account/save-language-chosen-at-sign-in";
import { db } from "@/lib/server/db";
import { safeReturnPath } from "@/lib/server/safe-return-path";
import { oidcSettings, sessionMaxAgeSeconds, sessionPolicy } from "./config";
import { clientAddress } from "./client-address";
import { signInWithPassword } from "./sign-in";
import { endSessions } from "./sign-out";

// Errors thrown here reach the sign-in page as ?error=<message>; the page knows only these codes.
export const signInErrorCodes = { wrongCredentials: "CredentialsSignin", throttledPrefix: "throttled:", unknownSso: "AccessDenied" } as const;

function providers(): NextAuthOptions["providers"] {
  const list: NextAuthOptions["providers"] = [
    CredentialsProvider({
      name: "E-mail and password",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials, request) {
        const email = credentials?.email ?? "";
        const password = credentials?.password ?? "";
        if (!email || !password) return null;
        const outcome = await signInWithPassword({ email, password, address: clientAddress(request?.headers ?? {}) });
        if (outcome.kind === "throttled") throw new Error(`${signInErrorCodes.throttledPrefix}${outcome.retryAt.toISOString()}`);
        return outcome.kind === "signed-in" ? outcome.user : null;
      },
    }),
  ];
  const oidc = oidcSettings();
  if (oidc) {
    list.push({
      id: "oidc",
      name: oidc.name,
      type: "oauth",
      wellKnown: `${oidc.issuer}/.well-known/openid-configuration`,
      clientId: oidc.clientId,
      clientSecret: oidc.clientSecret,
      authorization: { params: { scope: "openid email profile" } },
      idToken: true,
      checks: ["pkce", "state"],
      // Only an address the provider vouches for identifies a person here: an unverified one could be anyone's.
      // Providers that never send email_verified for their own organisation's accounts (Entra ID) are trusted
      // only when OIDC_TRUST_EMAIL=true says so.
      profile(profile: { sub: string; email?: string; email_verified?: boolean; name?: string }) {
        const verified = profile.email_verified === true || process.env.OIDC_TRUST_EMAIL === "true";
        const email = verified ? (profile.email ?? "").toLowerCase() : "";
        return { id: profile.sub, email, name: profile.name ?? email };
      },
    });
  }
  return list;
}

export const authOptions: NextAuthOptions = {
  secret: process.env.NEXTAUTH_SECRET,
  // A session refused at the session endpoint (ended by time or sign-out) is expected, not an error worth a stack.
  logger: {
    error(code, metadata) {
      const message = metadata instanceof Error ? metadata.message : (metadata as { message?: string } | undefined)?.message;
      if (code === "JWT_SESSION_ERROR" && message?.startsWith("Session ended")) return;
      console.error(`[next-auth][error][${code}]`, metadata);
    },
  },
  providers: providers(),
  session: { strategy: "jwt", maxAge: sessionMaxAgeSeconds, updateAge: 15 * 60 },
  jwt: { maxAge: sessionMaxAgeSeconds },
  pages: { signIn: "/signin", error: "/signin", signOut: "/signout" },
  events: {
    // Signing out ends the session on the server too: a token captured before is refused afterwards.
    async signOut({ token }) {
      if (typeof token?.userId === "string" && typeof token.generation === "number") await endSessions(token.userId, token.generation);
    },
  },
  callbacks: {
    // Single sign-on admits only people an organisation admin has already added (matched by e-mail).
    async signIn({ user, account }) {
      if (account?.provider !== "oidc") return true;
      const known = user.email ? await db.user.findUnique({ where: { email: user.email.toLowerCase() }, select: { id: true } }) : null;
      return known !== null;
    },
    // At sign-in the token gets the person's session generation and the sign-in time, which never changes after:
    // the absolute limit counts from it whatever renewals follow. Afterwards this runs only for the session endpoint
    // (the timeout warning's "Stay signed in"), which renews a live session and refuses any other; a refusal throws,
    // and next-auth then clears the cookie.
    async jwt({ token, user, account }) {
      const now = nowInSeconds();
      if (user && account) {
        const where = account.provider === "oidc" ? { email: (user.email ?? "").toLowerCase() } : { id: user.id };
        const known = await db.user.findUnique({ where, select: { id: true, sessionGeneration: true } });
        if (!known) throw new Error("No such user");
        await saveLanguageChosenAtSignIn(known.id, (await cookies()).get(chosenLocaleCookie)?.value);
        return { ...token, ...startedSession(known.id, known.sessionGeneration, now) };
      }
      const verdict = sessionVerdict(token, now, sessionPolicy);
      if (verdict.kind !== "active") throw new Error(`Session ended (${verdict.reason})`);
      const current = await db.user.findUnique({ where: { id: verdict.claims.userId }, select: { sessionGeneration: true } });
      if (current?.sessionGeneration !== verdict.claims.generation) throw new Error("Session ended (signed out)");
      return renewedSession(token, now);
    },
    async session({ session, token }) {
      return { ...session, userId: typeof token.userId === "string" ? token.userId : undefined };
    },
    // Only paths on this site after signing in or out, whatever the callbackUrl said; never throws.
    async redirect({ url, baseUrl }) {
      return `${baseUrl}${safeReturnPath(url, "/", { origin: baseUrl })}`;
    },
  },
};
