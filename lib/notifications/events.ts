// What the portal tells people about (issue: notifications that are never lost). Each event has a short
// line in the notification centre and an e-mail in both languages (messages: mail.<event>).
export const NOTIFICATION_EVENTS = [
  "submitted",
  "returned",
  "accepted",
  "surveyScheduled",
  "issued",
  "rejected",
  "deemedApproved",
  "expiring",
  "revoked",
  "expired",
  "commitmentDue",
  "commitmentFulfilled",
  "commitmentRefused",
  "queueArrival",
  "dailyDigest",
] as const;
export type NotificationEvent = (typeof NOTIFICATION_EVENTS)[number];
