import {
  Env,
  bool,
  credential,
  documentsSpec,
  int,
  loadConfig,
  oneOf,
  optional,
  secret,
  str,
  ownSubgraphSpec,
  url,
  variablesOf,
} from '@pm/config';

export const customersSpec = {
  ...ownSubgraphSpec('customers', 4002),
  /** AES-256-GCM key material for idNumber/phone at rest; required in production. */
  customerDataKey: secret('CUSTOMER_DATA_KEY', 'local-only-customer-data-key-change-me'),
  /**
   * Where archive documents' bytes live: `postgres` (a bytea table of this service's database,
   * tenant-scoped by RLS, backed up with it; fits small installations) or `s3` (any S3-compatible
   * store: AWS, MinIO, Aliyun OSS, Tencent COS).
   */
  archiveStore: oneOf('ARCHIVE_STORE', ['postgres', 's3'] as const, 'postgres'),
  /** Empty: AWS's own endpoint for the region; else e.g. https://oss-cn-shenzhen.aliyuncs.com. */
  archiveS3Endpoint: optional(url('ARCHIVE_S3_ENDPOINT', undefined, ['http', 'https'])),
  archiveS3Region: str('ARCHIVE_S3_REGION', 'us-east-1'),
  /** Required with ARCHIVE_STORE=s3 (checked when the store is built). */
  archiveS3Bucket: str('ARCHIVE_S3_BUCKET', ''),
  /** MinIO and most self-hosted stores need path-style addressing (`endpoint/bucket/key`). */
  archiveS3ForcePathStyle: bool('ARCHIVE_S3_FORCE_PATH_STYLE', false),
  /** Empty: the SDK's default chain (workload identity, instance role, AWS_* variables). */
  archiveS3AccessKeyId: optional(credential(str('ARCHIVE_S3_ACCESS_KEY_ID'), 'AKIAEXAMPLEEXAMPLE00')),
  archiveS3SecretAccessKey: optional(credential(str('ARCHIVE_S3_SECRET_ACCESS_KEY'), 's'.repeat(40))),
  /** Largest archive document accepted, in bytes (a scanned contract or form; default 10 MiB). */
  archiveMaxDocumentBytes: int('ARCHIVE_MAX_DOCUMENT_BYTES', 10 * 1024 * 1024, {
    min: 1024,
    max: 64 * 1024 * 1024,
  }),
  /** Content types an archive document may have (comma-separated): scans, photos and office files. */
  archiveContentTypes: str(
    'ARCHIVE_CONTENT_TYPES',
    'application/pdf,image/jpeg,image/png,image/tiff,image/webp,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ),
  /** How often the scheduled-jobs table is polled (move-in reminders, care calendar). */
  schedulerPollMs: int('SCHEDULER_POLL_MS', 5_000, { min: 100 }),
  ...documentsSpec,
};

/** Every variable customers reads (the config contract checks deployments against it). */
export const customersVariables = variablesOf(customersSpec);

export type CustomersConfig = ReturnType<typeof loadCustomersConfig>;

export function loadCustomersConfig(env: Env = process.env) {
  return loadConfig(customersSpec, env);
}
