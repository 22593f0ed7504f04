-- Dev/compose bootstrap for pm-platform. Run once by the postgres:16 image
-- (/docker-entrypoint-initdb.d) as the superuser, on an empty data directory only.
--
-- * one database per service, owned by the admin (migrations run as the admin
--   through deploy/local/cli.mjs migrate, so tables are owned by the admin);
-- * pm_app: the runtime role of every service. NOBYPASSRLS and not the table
--   owner, so row-level security policies always apply to it.
--
-- The password below is for local use only; production databases are external
-- and provisioned by the platform team (see deploy/README-deploy.md).

CREATE ROLE pm_app LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS
  PASSWORD 'pm_app_dev';

CREATE DATABASE pm_tenancy;
CREATE DATABASE pm_customers;
CREATE DATABASE pm_tickets;
CREATE DATABASE pm_billing;
CREATE DATABASE pm_appraisal;
CREATE DATABASE pm_webhooks;

-- Per database: pm_app may connect and use the public schema, may not create
-- objects, and gets DML on whatever the admin (migrations) creates later.
\connect pm_tenancy
REVOKE ALL ON DATABASE pm_tenancy FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE pm_tenancy TO pm_app;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO pm_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO pm_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO pm_app;

\connect pm_customers
REVOKE ALL ON DATABASE pm_customers FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE pm_customers TO pm_app;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO pm_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO pm_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO pm_app;

\connect pm_tickets
REVOKE ALL ON DATABASE pm_tickets FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE pm_tickets TO pm_app;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO pm_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO pm_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO pm_app;

\connect pm_billing
REVOKE ALL ON DATABASE pm_billing FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE pm_billing TO pm_app;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO pm_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO pm_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO pm_app;

\connect pm_appraisal
REVOKE ALL ON DATABASE pm_appraisal FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE pm_appraisal TO pm_app;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO pm_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO pm_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO pm_app;

\connect pm_webhooks
REVOKE ALL ON DATABASE pm_webhooks FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE pm_webhooks TO pm_app;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO pm_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO pm_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO pm_app;
