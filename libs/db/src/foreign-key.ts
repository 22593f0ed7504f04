/**
 * Options of a `@ManyToOne` that maps a foreign key a migration wrote by hand
 * (`<column> uuid references <table> (id)`): the property holds the id (`mapToPk`), the
 * constraint keeps PostgreSQL's name and its default NO ACTION on update and delete, so the
 * entities and the migrated schema agree. `filters: false` keeps reads free of a join to the
 * target for its filters: the row's own tenant and site filters scope it, and a filtered-out
 * target must not turn the id into null.
 */
export function foreignKey(constraintName: string) {
  return {
    mapToPk: true,
    foreignKeyName: constraintName,
    updateRule: 'no action',
    deleteRule: 'no action',
    filters: false,
  } as const;
}
