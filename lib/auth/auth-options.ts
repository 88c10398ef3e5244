// next-auth configuration: JWT sessions signed with the portal's secret, one credentials provider
// backed by `authenticate`. The login page sets the same session cookie from a server action, so that
// it works without JavaScript; the provider serves API clients of /api/auth.
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { authenticate, ZAuthenticateSchema } from "@/lib/auth/authenticate";
import { getAuthSecret } from "@/lib/auth/secret";
import { getEnv } from "@/lib/env";

export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

export function sessionCookie() {
  const secure = getEnv().NEXTAUTH_URL?.startsWith("https://") ?? false;
  return {
    name: `${secure ? "__Secure-" : ""}next-auth.session-token`,
    options: { httpOnly: true, sameSite: "lax" as const, path: "/", secure },
  };
}

let cached: NextAuthOptions | undefined;

export function getAuthOptions(): NextAuthOptions {
  cached ??= {
    secret: getAuthSecret(),
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    jwt: { maxAge: SESSION_MAX_AGE_SECONDS },
    pages: { signIn: "/login", error: "/login" },
    cookies: { sessionToken: sessionCookie() },
    providers: [
      CredentialsProvider({
        name: "credentials",
        credentials: { email: { type: "email" }, password: { type: "password" } },
        async authorize(credentials) {
          const parsed = ZAuthenticateSchema.safeParse(credentials);
          if (!parsed.success) return null;
          const result = await authenticate(parsed.data);
          if (!result.ok) throw new Error(result.reason);
          return { id: result.user.id, email: result.user.email, name: result.user.fullName };
        },
      }),
    ],
    callbacks: {
      session({ session, token }) {
        return { ...session, userId: token.sub, issuedAt: typeof token.iat === "number" ? token.iat : 0 };
      },
    },
  };
  return cached;
}
