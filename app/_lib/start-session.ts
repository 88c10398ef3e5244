// Starts and ends the signed-in session: the same next-auth JWT cookie that getServerSession reads,
// set from a server action so that logging in works without JavaScript.
import "server-only";
import { encode } from "next-auth/jwt";
import { cookies } from "next/headers";
import { SESSION_MAX_AGE_SECONDS, sessionCookie } from "@/lib/auth/auth-options";
import { getAuthSecret } from "@/lib/auth/secret";

export async function startSession(user: { id: string; email: string; fullName: string }) {
  const token = await encode({
    token: { sub: user.id, email: user.email, name: user.fullName },
    secret: getAuthSecret(),
    maxAge: SESSION_MAX_AGE_SECONDS,
  });
  const { name, options } = sessionCookie();
  (await cookies()).set(name, token, { ...options, maxAge: SESSION_MAX_AGE_SECONDS });
}

export async function endSession() {
  const store = await cookies();
  const { name, options } = sessionCookie();
  store.set(name, "", { ...options, maxAge: 0 });
}
