import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes } from 'crypto';
import { PartnerScope, StaffRole } from '@pm/contracts';
import { Principal, hasScope } from '@pm/auth';

/**
 * Personal fields (idNumber, phone) at rest: AES-256-GCM, `v1:<iv>:<tag>:<ciphertext>` in
 * base64url. The 32-byte key is SHA-256 of CUSTOMER_DATA_KEY; a keyed hash (HMAC) of the
 * normalised value lets us find duplicates and natural keys without decrypting.
 */
export class PiiCipher {
  private key: Buffer;
  private macKey: Buffer;

  constructor(secret: string) {
    this.key = createHash('sha256').update(`enc:${secret}`).digest();
    this.macKey = createHash('sha256').update(`mac:${secret}`).digest();
  }

  encrypt(plain: string): string {
    const iv = randomBytes(12);
    const c = createCipheriv('aes-256-gcm', this.key, iv);
    const ct = Buffer.concat([c.update(plain, 'utf8'), c.final()]);
    return [
      'v1',
      iv.toString('base64url'),
      c.getAuthTag().toString('base64url'),
      ct.toString('base64url'),
    ].join(':');
  }

  decrypt(stored: string): string {
    const [v, iv, tag, ct] = stored.split(':');
    if (v !== 'v1') throw new Error('unknown ciphertext version');
    const d = createDecipheriv('aes-256-gcm', this.key, Buffer.from(iv, 'base64url'));
    d.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([d.update(Buffer.from(ct, 'base64url')), d.final()]).toString('utf8');
  }

  hash(value: string): string {
    return createHmac('sha256', this.macKey).update(normalise(value)).digest('hex');
  }
}

export const normalise = (v: string) => v.replace(/[\s-]/g, '').toUpperCase();

/**
 * `440301199001011237` → `440301***********7`: the region (administrative division) and the
 * check character only. The birth date and sequence stay hidden — with the birthday also hidden
 * from masked readers, the masked value no longer narrows a person down to a handful of numbers.
 * Other document numbers keep their last character only.
 */
export function maskIdNumber(v: string): string {
  if (v.length === 18) return v.slice(0, 6) + '*'.repeat(11) + v.slice(-1);
  return '*'.repeat(Math.max(0, v.length - 1)) + v.slice(-1);
}

/** `13812345678` → `138****5678`. */
export function maskPhone(v: string): string {
  if (v.length <= 7) return '*'.repeat(Math.max(0, v.length - 2)) + v.slice(-2);
  return v.slice(0, 3) + '*'.repeat(v.length - 7) + v.slice(-4);
}

/**
 * Who sees personal fields whole: the site manager and the archive keepers. The keeper is
 * role-based here — PROPERTY_ASSISTANT and CS_SUPERVISOR of the customer's property keep the
 * archives (第6篇) — plus ADMIN. FRONT_DESK, FINANCE, HQ and everyone else see masked values.
 */
const UNMASKED_ROLES: readonly StaffRole[] = [
  StaffRole.SITE_MANAGER,
  StaffRole.PROPERTY_ASSISTANT,
  StaffRole.CS_SUPERVISOR,
  StaffRole.ADMIN,
];

/**
 * A partner app needs the dedicated `customers:personal-data` scope on top of such a role: its
 * roles say what it may do, the scope that the company agreed to hand it personal data.
 */
export const seesUnmasked = (p: Pick<Principal, 'roles' | 'actor' | 'scopes'>) =>
  p.roles.some((r) => UNMASKED_ROLES.includes(r)) && hasScope(p, PartnerScope.CUSTOMERS_PERSONAL_DATA);
