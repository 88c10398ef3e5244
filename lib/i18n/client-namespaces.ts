// The parts of the translation catalogue that client components (forms, the error page) read. The
// rest is rendered on the server only and need not travel to every phone with each page.
export const CLIENT_NAMESPACES = [
  "common",
  "validation",
  "errors",
  "login",
  "register",
  "application",
  "admin",
  "adminPermits",
  "review",
  "categories",
  "workflows",
  "inspection",
  "adminRisk",
  "business",
  "businessReview",
  "notifications",
] as const;
