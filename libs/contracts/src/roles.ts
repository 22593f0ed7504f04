/** Staff roles of a property company; each is a realm role in the company's Keycloak realm. */
export enum StaffRole {
  FRONT_DESK = 'FRONT_DESK',
  PROPERTY_ASSISTANT = 'PROPERTY_ASSISTANT',
  CS_SUPERVISOR = 'CS_SUPERVISOR',
  ENGINEERING_SUPERVISOR = 'ENGINEERING_SUPERVISOR',
  TECHNICIAN = 'TECHNICIAN',
  SECURITY = 'SECURITY',
  FINANCE = 'FINANCE',
  SITE_MANAGER = 'SITE_MANAGER',
  HQ = 'HQ',
  ADMIN = 'ADMIN',
}

export const STAFF_ROLES = Object.values(StaffRole);

/** Roles that see every property of their company regardless of the property scope on their account. */
export const COMPANY_WIDE_ROLES: readonly StaffRole[] = [StaffRole.ADMIN, StaffRole.HQ];

export enum ErrorCode {
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  VALIDATION_FAILED = 'VALIDATION_FAILED',
  CONFLICT = 'CONFLICT',
  ARREARS_BLOCK = 'ARREARS_BLOCK',
  RATE_LIMITED = 'RATE_LIMITED',
  /** The operation is larger than the deployment allows (cost, aliases, depth, tokens, directives). */
  QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX',
  /** A dependency (Keycloak, the tenant directory, a subgraph, a SQL statement) did not answer in time. */
  TIMEOUT = 'TIMEOUT',
  /**
   * A dependency answered, but not usably (unreachable, an error it gives no code for, an answer
   * past the size read): the KPI report's read of the figures through the gateway.
   */
  DEPENDENCY_FAILED = 'DEPENDENCY_FAILED',
  /** A webhook URL that is not http(s) or whose host resolves to a loopback, link-local, private or reserved address (R-WHK-3). */
  URL_NOT_ALLOWED = 'URL_NOT_ALLOWED',
  /** A partner client marked persisted-only sent an operation that is not one of its registered ones. */
  PERSISTED_QUERY_NOT_ALLOWED = 'PERSISTED_QUERY_NOT_ALLOWED',
  /** An operation id that names no operation registered by this partner app (APQ is off). */
  PERSISTED_QUERY_NOT_FOUND = 'PERSISTED_QUERY_NOT_FOUND',
  INTERNAL = 'INTERNAL',
}
