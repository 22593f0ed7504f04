import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'crypto';

/** A new signing secret: 32 random bytes, prefixed so a leaked one is recognisable in a scan. */
export const newSigningSecret = (): string => `whsec_${randomBytes(32).toString('base64url')}`;

/**
 * Signing secrets at rest: AES-256-GCM, `v1:<iv>:<tag>:<ciphertext>` in base64url, the key
 * SHA-256 of WEBHOOK_SECRET_KEY. The secret must be readable to sign with (unlike a password),
 * so it is encrypted rather than hashed; a database dump alone does not let anyone forge us.
 */
export class SecretBox {
  private key: Buffer;

  constructor(keyMaterial: string) {
    this.key = createHash('sha256').update(`webhook-secrets:${keyMaterial}`).digest();
  }

  seal(plain: string): string {
    const iv = randomBytes(12);
    const c = createCipheriv('aes-256-gcm', this.key, iv);
    const ct = Buffer.concat([c.update(plain, 'utf8'), c.final()]);
    return ['v1', iv, c.getAuthTag(), ct]
      .map((p) => (typeof p === 'string' ? p : p.toString('base64url')))
      .join(':');
  }

  open(sealed: string): string {
    const [v, iv, tag, ct] = sealed.split(':');
    if (v !== 'v1') throw new Error('unknown sealed-secret version');
    const d = createDecipheriv('aes-256-gcm', this.key, Buffer.from(iv, 'base64url'));
    d.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([d.update(Buffer.from(ct, 'base64url')), d.final()]).toString('utf8');
  }
}
