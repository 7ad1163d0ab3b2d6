/**
 * What happens when a handler throws, for interactions and mentions alike. Nothing reaches the client,
 * so the bot keeps serving everyone else.
 *
 * A failure on Discord's side (the interaction expired, Discord answered 5xx after discord.js's own
 * retries, the channel does not let the bot speak) is logged at warn and not answered: another reply
 * through the same interaction or channel would fail the same way. Anything else is a bug of ours:
 * logged at error, and the user gets a short apology.
 */
import { DiscordAPIError, HTTPError, RESTJSONErrorCodes } from "discord.js";
import type { Logger } from "../log.ts";

const UNDELIVERABLE = new Set<number | string>([
  // Answered after Discord's 3 seconds (or a deferred reply after 15 minutes), or answered twice.
  RESTJSONErrorCodes.UnknownInteraction,
  RESTJSONErrorCodes.InteractionHasAlreadyBeenAcknowledged,
  RESTJSONErrorCodes.UnknownWebhook,
  RESTJSONErrorCodes.InvalidWebhookToken,
  // The bot lost access to the channel, or may not send messages there.
  RESTJSONErrorCodes.MissingAccess,
  RESTJSONErrorCodes.MissingPermissions,
]);

export function isDiscordSideFailure(error: unknown): boolean {
  if (error instanceof HTTPError) return error.status >= 500;
  return error instanceof DiscordAPIError && (error.status >= 500 || UNDELIVERABLE.has(error.code));
}

/** Runs `handler`; on failure logs with `context` and, for our own failures, runs `apologize`. */
export async function runGuarded(
  log: Logger,
  what: string,
  context: Record<string, unknown>,
  handler: () => Promise<void>,
  apologize: () => Promise<void>,
): Promise<void> {
  try {
    await handler();
  } catch (error) {
    if (isDiscordSideFailure(error)) {
      log.warn({ err: error, ...context }, `${what}: Discord did not take the reply`);
      return;
    }
    log.error({ err: error, ...context }, `${what} failed`);
    await apologize().catch((err: unknown) => log.warn({ err, ...context }, "could not send apology"));
  }
}
