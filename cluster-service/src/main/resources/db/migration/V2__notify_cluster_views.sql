-- Every committed change to what a cluster-year view shows notifies the service instances, which drop their cached
-- views (ClusterYearViews). Statement-level, so a roster of 60 rows is one notification; PostgreSQL sends it only on
-- commit and folds identical ones of a transaction into one. Writers outside the service (another instance, a
-- migration, an operator's fix) are covered the same way.
create function notify_cluster_views() returns trigger language plpgsql as $$
begin
    perform pg_notify('thidua_cluster_views', '');
    return null;
end;
$$;

create trigger unit_changed after insert or update or delete or truncate on unit
    for each statement execute function notify_cluster_views();
create trigger cluster_changed after insert or update or delete or truncate on cluster
    for each statement execute function notify_cluster_views();
create trigger cluster_year_changed after insert or update or delete or truncate on cluster_year
    for each statement execute function notify_cluster_views();
create trigger membership_changed after insert or update or delete or truncate on membership
    for each statement execute function notify_cluster_views();
