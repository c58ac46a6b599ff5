import { browser } from 'wxt/browser';
import type * as z from 'zod/mini';
import { protocol, type Request } from './protocol';

/**
 * Sends a request to the background and parses the reply with `schema`. A reply of any other shape
 * (an error, a background that was restarting, an older version) becomes a thrown Error with a short
 * reason; page or email text is never part of the message.
 */
export async function ask<S extends z.ZodMiniType>(req: Request, schema: S): Promise<z.infer<S>> {
  const raw: unknown = await browser.runtime.sendMessage(req);
  const ok = schema.safeParse(raw);
  if (ok.success) return ok.data;
  const err = protocol().ErrorReply.safeParse(raw);
  throw new Error(err.success ? err.data.error : `unexpected reply to ${req.type}`);
}
