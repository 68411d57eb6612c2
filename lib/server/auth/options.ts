import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { db } from "@/lib/server/db";
import { oidcSettings, sessionMaxAgeSeconds } from "./config";
import { clientAddress } from "./client-address";
import { signInWithPassword } from "./sign-in";

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
  providers: providers(),
  session: { strategy: "jwt", maxAge: sessionMaxAgeSeconds, updateAge: 15 * 60 },
  jwt: { maxAge: sessionMaxAgeSeconds },
  pages: { signIn: "/signin", error: "/signin", signOut: "/signout" },
  callbacks: {
    // Single sign-on admits only people an organisation admin has already added (matched by e-mail).
    async signIn({ user, account }) {
      if (account?.provider !== "oidc") return true;
      const known = user.email ? await db.user.findUnique({ where: { email: user.email.toLowerCase() }, select: { id: true } }) : null;
      return known !== null;
    },
    async jwt({ token, user, account }) {
      if (user && account) {
        const known = account.provider === "oidc" ? await db.user.findUnique({ where: { email: (user.email ?? "").toLowerCase() }, select: { id: true } }) : { id: user.id };
        token.userId = known?.id;
      }
      return token;
    },
    async session({ session, token }) {
      return { ...session, userId: typeof token.userId === "string" ? token.userId : undefined };
    },
    // Only same-origin destinations after signing in or out.
    async redirect({ url, baseUrl }) {
      if (url.startsWith("/") && !url.startsWith("//")) return `${baseUrl}${url}`;
      return new URL(url).origin === baseUrl ? url : baseUrl;
    },
  },
};
