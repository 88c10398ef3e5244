// Server start-up and request error logging. A wrong configuration stops the server with one line.
import type { Instrumentation } from "next";

export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { checkConfigurationOrExit, scheduleDeadlineSweep, scheduleMailWorker, schedulePermitExpiry, scheduleReminders } = await import("@/lib/startup-check");
    checkConfigurationOrExit();
    scheduleDeadlineSweep();
    schedulePermitExpiry();
    scheduleMailWorker();
    scheduleReminders();
  }
}

// One structured line per unexpected error; `digest` is the reference id shown on the error page.
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  const e = error as Error & { digest?: string };
  console.error(
    JSON.stringify({
      level: "error",
      reference: e.digest,
      requestId: request.headers["x-request-id"],
      method: request.method,
      path: request.path,
      route: context.routePath,
      message: e.message,
      stack: e.stack,
    }),
  );
};
