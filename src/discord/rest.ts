// Discord REST as the bot uses it: an interaction's acknowledgement is sent once. A callback that times out may
// well have reached Discord; sent again it is refused ("already acknowledged") and the answer is lost.
import { DefaultRestOptions } from 'discord.js';

type MakeRequest = typeof DefaultRestOptions.makeRequest;

const CALLBACK = /\/interactions\/\d+\/[^/]+\/callback/;

/** The error an acknowledgement that timed out gives: not retried, and the answer still follows. */
export class AcknowledgementTimeout extends Error {
  override name = 'AcknowledgementTimeout';
}

/** REST requests as `make` sends them, except that a callback that times out is never retried. */
export function acknowledgeOnce(make: MakeRequest = DefaultRestOptions.makeRequest): MakeRequest {
  return async (url, init) => {
    try {
      return await make(url, init);
    } catch (err) {
      // discord.js retries an aborted request; an error of another name it hands back at once.
      if (CALLBACK.test(String(url)) && (err as Error).name === 'AbortError')
        throw new AcknowledgementTimeout('the acknowledgement timed out; not sent again');
      throw err;
    }
  };
}
