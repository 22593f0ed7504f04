import { Migration } from '@mikro-orm/migrations';

/** Partner client lifecycle: revocation and secret rotation (the secrets themselves live in Keycloak). */
export class Migration20261207120003 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table partner_clients
      add column revoked_at timestamptz,
      add column secret_rotated_at timestamptz,
      add column previous_secret_expires_at timestamptz;`);
  }
}
