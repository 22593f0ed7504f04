-- Bootstrap of pm-platform's PostgreSQL, run once by the postgres:16 image
-- (/docker-entrypoint-initdb.d) as the superuser on an empty data directory; the platform team
-- runs the same on a production server (psql 15+ for \getenv):
--
--   PG_APP_PASSWORD=... PG_RELAY_PASSWORD=... psql -v ON_ERROR_STOP=1 -U postgres -f init.sql
--
-- * one database per service, owned by the admin (migrations run as the admin through
--   `deploy/local/cli.mjs migrate`, so tables are owned by the admin);
-- * pm_app: the runtime role of every service. NOBYPASSRLS and not the table owner, so
--   row-level security policies always apply to it;
-- * pm_relay: the outbox relay of every service, which may read and mark only the outbox.
--
-- Passwords come from the environment (compose: deploy/.env, see deploy/compose-env.mjs),
-- never from this file; the services' DATABASE_URL / RELAY_DATABASE_URL carry the same ones.

\getenv app_password PG_APP_PASSWORD
\getenv relay_password PG_RELAY_PASSWORD

CREATE ROLE pm_app LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS
  PASSWORD :'app_password';
CREATE ROLE pm_relay LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS
  PASSWORD :'relay_password';

CREATE DATABASE pm_tenancy;
CREATE DATABASE pm_customers;
CREATE DATABASE pm_tickets;
CREATE DATABASE pm_billing;
CREATE DATABASE pm_appraisal;
CREATE DATABASE pm_webhooks;

-- Per database: only pm_app and pm_relay may connect (nobody else through PUBLIC), nobody but
-- the owner creates objects, and pm_app gets DML on whatever the admin (migrations) creates later.

\connect pm_tenancy
REVOKE ALL ON DATABASE pm_tenancy FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE pm_tenancy TO pm_app;
GRANT CONNECT ON DATABASE pm_tenancy TO pm_relay;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO pm_app, pm_relay;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO pm_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO pm_app;

\connect pm_customers
REVOKE ALL ON DATABASE pm_customers FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE pm_customers TO pm_app;
GRANT CONNECT ON DATABASE pm_customers TO pm_relay;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO pm_app, pm_relay;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO pm_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO pm_app;

\connect pm_tickets
REVOKE ALL ON DATABASE pm_tickets FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE pm_tickets TO pm_app;
GRANT CONNECT ON DATABASE pm_tickets TO pm_relay;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO pm_app, pm_relay;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO pm_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO pm_app;

\connect pm_billing
REVOKE ALL ON DATABASE pm_billing FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE pm_billing TO pm_app;
GRANT CONNECT ON DATABASE pm_billing TO pm_relay;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO pm_app, pm_relay;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO pm_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO pm_app;

\connect pm_appraisal
REVOKE ALL ON DATABASE pm_appraisal FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE pm_appraisal TO pm_app;
GRANT CONNECT ON DATABASE pm_appraisal TO pm_relay;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO pm_app, pm_relay;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO pm_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO pm_app;

\connect pm_webhooks
REVOKE ALL ON DATABASE pm_webhooks FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE pm_webhooks TO pm_app;
GRANT CONNECT ON DATABASE pm_webhooks TO pm_relay;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO pm_app, pm_relay;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO pm_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO pm_app;
