import { Client } from 'pg';

/**
 * Creates the service's database and the application role (LOGIN, NOBYPASSRLS,
 * NOSUPERUSER) when missing. Runs with the admin URL; the services then connect as the
 * application role, which row-level security applies to.
 */
export async function ensureDatabase(
  adminUrl: string,
  database: string,
  appRole: string,
  appPassword: string,
): Promise<void> {
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    const role = await admin.query('select 1 from pg_roles where rolname = $1', [appRole]);
    if (!role.rowCount) {
      await admin.query(
        `create role "${appRole}" login nosuperuser nobypassrls password '${appPassword.replace(/'/g, "''")}'`,
      );
    }
    const db = await admin.query('select 1 from pg_database where datname = $1', [database]);
    if (!db.rowCount) await admin.query(`create database "${database}"`);
  } finally {
    await admin.end();
  }
  const owner = new Client({ connectionString: withDatabase(adminUrl, database) });
  await owner.connect();
  try {
    await owner.query(
      `grant connect on database "${database}" to "${appRole}"; grant usage on schema public to "${appRole}";`,
    );
  } finally {
    await owner.end();
  }
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

export function withUser(url: string, user: string, password?: string): string {
  const u = new URL(url);
  u.username = user;
  if (password !== undefined) u.password = password;
  return u.toString();
}
