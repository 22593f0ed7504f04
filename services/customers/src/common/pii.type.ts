import { Type } from '@mikro-orm/core';
import { PiiCipher } from './pii';

let cipher: PiiCipher | undefined;

/** The customer data key (from CUSTOMER_DATA_KEY, see config.ts), set once at start-up. */
export function useCustomerDataKey(c: PiiCipher): void {
  cipher = c;
}

function active(): PiiCipher {
  if (!cipher)
    throw new Error('no customer data key: call useCustomerDataKey before the ORM reads or writes');
  return cipher;
}

/**
 * A personal field (phone, idNumber) at rest: AES-256-GCM on write, decrypted on read, so code
 * above the ORM only sees plain values and masking stays a question of who reads (pii.ts). The
 * random IV makes every encryption of one value different, hence change tracking compares
 * decrypted values (a loaded customer is not rewritten at flush).
 */
export class EncryptedText extends Type<string | null, string | null> {
  override convertToDatabaseValue(value: string | null): string | null {
    return value == null ? value : active().encrypt(value);
  }

  override convertToJSValue(value: string | null): string | null {
    return value == null ? value : active().decrypt(value);
  }

  override compareValues(a: string | null, b: string | null): boolean {
    return a === b || (a != null && b != null && active().decrypt(a) === active().decrypt(b));
  }

  override compareAsType(): string {
    return 'string';
  }

  override ensureComparable(): boolean {
    return false;
  }

  override getColumnType(): string {
    return 'text';
  }
}
