// Which address a request came from, for the sign-in limits. X-Forwarded-For is a header any client can
// write: it is believed only when the request comes from a proxy the operator named in TRUST_PROXY.
import type { Context } from 'hono';

/** Normalises the IPv4-mapped form Node reports ("::ffff:127.0.0.1"). */
function plain(address: string): string {
  return address.trim().replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/, '$1');
}

export function parseTrustedProxies(raw: string | undefined): Set<string> {
  return new Set(
    (raw ?? '')
      .split(',')
      .map((a) => plain(a))
      .filter((a) => a !== '' && a !== 'off' && a !== 'false'),
  );
}

function socketAddress(c: Context): string | undefined {
  // @hono/node-server passes Node's request as `incoming`; absent when the app is called in process.
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  const address = env?.incoming?.socket?.remoteAddress;
  return address ? plain(address) : undefined;
}

/**
 * The client's address: the socket's, unless the socket is a trusted proxy; then the right-most address
 * in X-Forwarded-For that is not itself a trusted proxy (the left-most ones are the client's own words).
 */
export function clientAddress(c: Context, trusted: ReadonlySet<string>): string {
  const direct = socketAddress(c) ?? 'direct';
  if (!trusted.has(direct)) return direct;
  const hops = (c.req.header('x-forwarded-for') ?? '').split(',').map(plain).filter(Boolean);
  for (let i = hops.length - 1; i >= 0; i--) if (!trusted.has(hops[i] as string)) return hops[i] as string;
  return direct;
}
