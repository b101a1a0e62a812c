-- The order totals of dw.fact_order (item and payment counts and sums), refreshed once per run instead of once per
-- loaded file. Before, the items load and the payments load each rewrote the totals of every order they staged: two
-- passes over fact_order (1.3-1.5 s each per 100k orders, pg_stat_statements in docs/benchmarks.md) on the critical
-- path of every full load. Now a load that changes which facts an order has only queues its object here, and
-- dw.finish_loads() - called once at the end of each run (WarehouseLoader.FinishAsync; a single object processed on
-- its own calls it after its load) - refreshes items and payments of every queued order in one pass.
-- Between a load and the end of its run the totals of its orders may lag; dw.fact_order's facts never do.
-- Crash-safe: the queue is a logged table written in the load's transaction, so a run killed after a load and before
-- its finish leaves the object queued, and the next finish (any run, any object) refreshes it.
CREATE TABLE dw.order_totals_pending (
    source_object_id bigint PRIMARY KEY,
    queued_at        timestamptz NOT NULL DEFAULT now()
);

COMMENT ON TABLE dw.order_totals_pending IS
    'Objects whose loads changed order facts since the last dw.finish_loads(): their orders'' totals are due. See migration 0015.';

-- Two ways to refresh, chosen by dw.refresh_pending_order_totals below by how many orders are due.
--
-- Every order (a first load, a large re-load): sorted streams, no index probes. The fact tables are in file order,
-- not order_id order, so an index-ordered aggregate reads the heap at random (16 s of 36 s for 1M orders at 10x the
-- full-scale data, scripts/bench-e2e.sh) and a hash aggregate of numeric sums needs ~850 bytes per order (spills at
-- 1M orders): sequential scans, sorts and group aggregates grow linearly instead.
CREATE FUNCTION dw.refresh_all_order_totals() RETURNS integer LANGUAGE plpgsql
SET enable_indexscan = off SET enable_bitmapscan = off SET enable_hashagg = off SET enable_nestloop = off AS $fn$
DECLARE
    changed integer;
BEGIN
    UPDATE dw.fact_order o
    SET item_count = t.item_count, items_price_total = t.price, items_freight_total = t.freight,
        payment_count = t.payment_count, payment_value_total = t.payment_value, loaded_at = now()
    FROM (
        SELECT a.order_id, coalesce(i.n, 0) AS item_count, coalesce(i.price, 0) AS price, coalesce(i.freight, 0) AS freight,
               coalesce(p.n, 0) AS payment_count, coalesce(p.total, 0) AS payment_value
        FROM dw.fact_order a
        LEFT JOIN (SELECT order_id, count(*) AS n, sum(price) AS price, sum(freight_value) AS freight
                   FROM dw.fact_order_item GROUP BY order_id) i USING (order_id)
        LEFT JOIN (SELECT order_id, count(*) AS n, sum(payment_value) AS total
                   FROM dw.fact_payment GROUP BY order_id) p USING (order_id)) t
    WHERE o.order_id = t.order_id
      AND (o.item_count, o.items_price_total, o.items_freight_total, o.payment_count, o.payment_value_total)
          IS DISTINCT FROM (t.item_count, t.price, t.freight, t.payment_count, t.payment_value);
    GET DIAGNOSTICS changed = ROW_COUNT;
    RETURN changed;
END
$fn$;

-- Some orders (a small re-load, one object on its own): only the orders of the given objects and those a re-load marked
-- -1, joined by hash (enable_nestloop off: on a fresh warehouse the fact tables have no statistics yet and the planner
-- would guess a few rows per object and loop).
CREATE FUNCTION dw.refresh_order_totals_of(objects bigint[]) RETURNS integer LANGUAGE plpgsql
SET enable_nestloop = off AS $fn$
DECLARE
    changed integer;
BEGIN
    WITH ids AS MATERIALIZED (
        SELECT order_id FROM dw.fact_order_item WHERE source_object_id = ANY (objects)
        UNION SELECT order_id FROM dw.fact_payment WHERE source_object_id = ANY (objects)
        UNION SELECT order_id FROM dw.fact_order WHERE source_object_id = ANY (objects)
        UNION SELECT order_id FROM dw.fact_order WHERE item_count < 0 OR payment_count < 0),
    items AS (
        SELECT f.order_id, count(*) AS n, sum(f.price) AS price, sum(f.freight_value) AS freight
        FROM dw.fact_order_item f JOIN ids USING (order_id) GROUP BY f.order_id),
    payments AS (
        SELECT f.order_id, count(*) AS n, sum(f.payment_value) AS total
        FROM dw.fact_payment f JOIN ids USING (order_id) GROUP BY f.order_id),
    totals AS (
        SELECT ids.order_id,
               coalesce(items.n, 0) AS item_count, coalesce(items.price, 0) AS price, coalesce(items.freight, 0) AS freight,
               coalesce(payments.n, 0) AS payment_count, coalesce(payments.total, 0) AS payment_value
        FROM ids LEFT JOIN items USING (order_id) LEFT JOIN payments USING (order_id))
    UPDATE dw.fact_order o
    SET item_count = t.item_count, items_price_total = t.price, items_freight_total = t.freight,
        payment_count = t.payment_count, payment_value_total = t.payment_value, loaded_at = now()
    FROM totals t
    WHERE o.order_id = t.order_id
      AND (o.item_count, o.items_price_total, o.items_freight_total, o.payment_count, o.payment_value_total)
          IS DISTINCT FROM (t.item_count, t.price, t.freight, t.payment_count, t.payment_value);
    GET DIAGNOSTICS changed = ROW_COUNT;
    RETURN changed;
END
$fn$;

-- Takes the queue and refreshes the totals of the orders of every queued object and of the orders a re-load marked
-- -1: every order when the queued objects hold facts of at least a quarter of them (counted from the source_object_id
-- indexes), else only those. Takes the order totals lock (migration 0009), so it never runs beside a merge that writes
-- -1 marks or another refresh. Objects queued by loads that have not committed yet are not seen: their own finish
-- picks them up. Idempotent: only rows whose totals differ are written. Returns the number of orders changed.
CREATE FUNCTION dw.refresh_pending_order_totals() RETURNS integer LANGUAGE plpgsql AS $fn$
DECLARE
    objects bigint[];
    due bigint;
    orders bigint;
BEGIN
    PERFORM dw.lock_order_totals();
    WITH taken AS (DELETE FROM dw.order_totals_pending RETURNING source_object_id)
    SELECT array_agg(source_object_id) INTO objects FROM taken;
    IF objects IS NULL THEN
        RETURN 0;
    END IF;

    SELECT (SELECT count(*) FROM dw.fact_order_item WHERE source_object_id = ANY (objects))
         + (SELECT count(*) FROM dw.fact_payment WHERE source_object_id = ANY (objects))
         + (SELECT count(*) FROM dw.fact_order WHERE source_object_id = ANY (objects)),
           (SELECT count(*) FROM dw.fact_order)
    INTO due, orders;
    IF due * 4 >= orders THEN
        RETURN dw.refresh_all_order_totals();
    END IF;

    RETURN dw.refresh_order_totals_of(objects);
END
$fn$;

-- What a run does once after its loads (WarehouseLoader.FinishAsync): today the order totals. Returns the rows changed.
CREATE FUNCTION dw.finish_loads() RETURNS integer LANGUAGE sql AS $$ SELECT dw.refresh_pending_order_totals() $$;

-- The per-file refreshes of migration 0007 are no longer called by any merge.
DROP FUNCTION dw.refresh_item_totals(regclass);
DROP FUNCTION dw.refresh_payment_totals(regclass);
