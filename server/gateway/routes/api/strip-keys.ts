import type { ActionName } from '../../../../contract/contract';
import type { Envelope } from '../../../../contract/envelope';

/** DescribeUser also returns every tenant's key pair; those never leave the server. */
export function stripKeys(action: ActionName, envelope: Envelope): Envelope {
  if (action !== 'DescribeUser' || !Array.isArray(envelope.Infos)) return envelope;
  const infos = envelope.Infos.map((info: unknown) => {
    if (!info || typeof info !== 'object') return info;
    const copy = { ...(info as Record<string, unknown>) };
    delete copy.PublicKey;
    delete copy.PrivateKey;
    return copy;
  });
  return { ...envelope, Infos: infos };
}
