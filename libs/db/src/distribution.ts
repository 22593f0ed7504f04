/**
 * The keys a tenant-distributed database needs (deploy/README-deploy.md, "PostgreSQL
 * distribution"): every table with a `tenant_id` column gets a primary key led by it, and every
 * foreign key between two such tables carries it, so that with Citus each tenant's rows (and the
 * rows they reference) live on one shard, colocated by `tenant_id`. The old key stays unique
 * (`<table>_<cols>_key`): entities map `id` as their primary key, and upserts name it in
 * `on conflict (id)`. Idempotent and generic, run by each service's migration over its own
 * tables: a table already led by `tenant_id` is left alone. Foreign-key names, actions and
 * deferrability are kept; `ON DELETE SET NULL` names its columns, so `tenant_id` is never nulled.
 */
export const distributionKeysSql = `
do $$
declare
  fk record;
  pk record;
  cols text;
begin
  create temporary table pm_dist_fks on commit drop as
    select c.conname, c.conrelid::regclass::text as tbl, c.confrelid::regclass::text as ref,
      (select string_agg(quote_ident(a.attname), ', ' order by k.ord)
         from unnest(c.conkey) with ordinality k(n, ord)
         join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.n) as cols,
      (select string_agg(quote_ident(a.attname), ', ' order by k.ord)
         from unnest(c.confkey) with ordinality k(n, ord)
         join pg_attribute a on a.attrelid = c.confrelid and a.attnum = k.n) as refcols,
      c.confupdtype, c.confdeltype, c.condeferrable, c.condeferred
    from pg_constraint c
    where c.contype = 'f' and c.connamespace = 'public'::regnamespace
      and exists (select 1 from pg_attribute a where a.attrelid = c.conrelid and a.attname = 'tenant_id' and not a.attisdropped)
      and exists (select 1 from pg_attribute a where a.attrelid = c.confrelid and a.attname = 'tenant_id' and not a.attisdropped)
      and not exists (select 1 from unnest(c.conkey) k(n) join pg_attribute a
                        on a.attrelid = c.conrelid and a.attnum = k.n where a.attname = 'tenant_id');
  for fk in select * from pm_dist_fks loop
    execute format('alter table %s drop constraint %I', fk.tbl, fk.conname);
  end loop;

  for pk in
    select c.conname, c.conrelid::regclass::text as tbl, cl.relname,
      array(select a.attname from unnest(c.conkey) with ordinality k(n, ord)
              join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.n order by k.ord) as cols
    from pg_constraint c join pg_class cl on cl.oid = c.conrelid
    where c.contype = 'p' and c.connamespace = 'public'::regnamespace
      and exists (select 1 from pg_attribute a where a.attrelid = c.conrelid and a.attname = 'tenant_id' and not a.attisdropped)
  loop
    if pk.cols[1] = 'tenant_id' then continue; end if;
    execute format('alter table %s drop constraint %I', pk.tbl, pk.conname);
    select string_agg(quote_ident(x), ', ') into cols from unnest(pk.cols) x where x <> 'tenant_id';
    execute format('alter table %s add constraint %I primary key (tenant_id, %s)', pk.tbl, pk.conname, cols);
    if not ('tenant_id' = any(pk.cols)) then
      execute format('alter table %s add constraint %I unique (%s)', pk.tbl,
        pk.relname || '_' || array_to_string(pk.cols, '_') || '_key', cols);
    end if;
  end loop;

  for fk in select * from pm_dist_fks loop
    execute format(
      'alter table %s add constraint %I foreign key (tenant_id, %s) references %s (tenant_id, %s) on update %s on delete %s %s',
      fk.tbl, fk.conname, fk.cols, fk.ref, fk.refcols,
      case fk.confupdtype when 'c' then 'cascade' when 'r' then 'restrict' when 'd' then 'set default' when 'n' then 'set null' else 'no action' end,
      case fk.confdeltype when 'c' then 'cascade' when 'r' then 'restrict' when 'd' then 'set default'
        when 'n' then format('set null (%s)', fk.cols) else 'no action' end,
      case when fk.condeferrable then 'deferrable' || case when fk.condeferred then ' initially deferred' else '' end else '' end);
  end loop;
end $$;
`;
