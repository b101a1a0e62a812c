-- Dimension keys of the facts (and the geography key of customers and sellers): per-row foreign-key triggers replaced
-- by integrity by construction plus a set-based check, dw.dangling_keys.
--
-- Why: PostgreSQL checks a foreign key with one trigger call per inserted row, each a SELECT ... FOR KEY SHARE that
-- also write-locks the dimension row. auto_explain of a full-scale load (scripts/bench-e2e.sh) measured 0.75-1.1 s
-- per constraint per 100k rows: 7.4 s of the ~23 s of serialised merges, more than the inserts themselves
-- (fact_order_item: 5.2 s with its three foreign keys, 1.6 s without).
--
-- Why it stays correct: every merge takes a dimension key from a JOIN with that dimension in the same statement
-- (or from dw.fact_order, whose customer_key came from such a JOIN), falling back to the unknown member -1, and all
-- merges run one at a time under the warehouse merge lock (WarehouseLoader.MergeLockId). Nothing in the product
-- deletes a dimension row: late or missing members are inferred, never removed. So a key cannot dangle unless
-- someone edits dw by hand; dw.dangling_keys finds that case (the tests assert it is empty after every load).
ALTER TABLE dw.fact_order DROP CONSTRAINT fact_order_customer_key_fkey;
ALTER TABLE dw.fact_order_item DROP CONSTRAINT fact_order_item_customer_key_fkey,
    DROP CONSTRAINT fact_order_item_product_key_fkey, DROP CONSTRAINT fact_order_item_seller_key_fkey;
ALTER TABLE dw.fact_payment DROP CONSTRAINT fact_payment_customer_key_fkey, DROP CONSTRAINT fact_payment_payment_type_key_fkey;
ALTER TABLE dw.fact_review DROP CONSTRAINT fact_review_customer_key_fkey;
ALTER TABLE dw.dim_customer DROP CONSTRAINT dim_customer_geography_key_fkey;
ALTER TABLE dw.dim_seller DROP CONSTRAINT dim_seller_geography_key_fkey;

-- The accumulating snapshot is updated in place after its insert (dw.refresh_order_totals, once per items and once
-- per payments load). With full pages every update writes the new row version to another page plus an entry in each
-- of the table's three indexes; with room left on the page it is a heap-only (HOT) update. Measured on 99k orders:
-- 1.7-1.9 s per refresh at fillfactor 100, 0.3 s at 50. Applies to pages written from now on.
ALTER TABLE dw.fact_order SET (fillfactor = 50);

-- One row per former foreign key (and per fact date key, guarded by CHECKs since 0006): how many rows point at no
-- member. Every count is 0 in a consistent warehouse. Set-based: one anti-join per key.
CREATE VIEW dw.dangling_keys AS
SELECT 'fact_order' AS fact_table, 'customer_key' AS key_column, 'dim_customer' AS dimension,
       (SELECT count(*) FROM dw.fact_order f WHERE NOT EXISTS (SELECT 1 FROM dw.dim_customer d WHERE d.customer_key = f.customer_key)) AS dangling_rows
UNION ALL SELECT 'fact_order_item', 'customer_key', 'dim_customer',
       (SELECT count(*) FROM dw.fact_order_item f WHERE NOT EXISTS (SELECT 1 FROM dw.dim_customer d WHERE d.customer_key = f.customer_key))
UNION ALL SELECT 'fact_order_item', 'product_key', 'dim_product',
       (SELECT count(*) FROM dw.fact_order_item f WHERE NOT EXISTS (SELECT 1 FROM dw.dim_product d WHERE d.product_key = f.product_key))
UNION ALL SELECT 'fact_order_item', 'seller_key', 'dim_seller',
       (SELECT count(*) FROM dw.fact_order_item f WHERE NOT EXISTS (SELECT 1 FROM dw.dim_seller d WHERE d.seller_key = f.seller_key))
UNION ALL SELECT 'fact_payment', 'customer_key', 'dim_customer',
       (SELECT count(*) FROM dw.fact_payment f WHERE NOT EXISTS (SELECT 1 FROM dw.dim_customer d WHERE d.customer_key = f.customer_key))
UNION ALL SELECT 'fact_payment', 'payment_type_key', 'dim_payment_type',
       (SELECT count(*) FROM dw.fact_payment f WHERE NOT EXISTS (SELECT 1 FROM dw.dim_payment_type d WHERE d.payment_type_key = f.payment_type_key))
UNION ALL SELECT 'fact_review', 'customer_key', 'dim_customer',
       (SELECT count(*) FROM dw.fact_review f WHERE NOT EXISTS (SELECT 1 FROM dw.dim_customer d WHERE d.customer_key = f.customer_key))
UNION ALL SELECT 'dim_customer', 'geography_key', 'dim_geography',
       (SELECT count(*) FROM dw.dim_customer f WHERE NOT EXISTS (SELECT 1 FROM dw.dim_geography d WHERE d.geography_key = f.geography_key))
UNION ALL SELECT 'dim_seller', 'geography_key', 'dim_geography',
       (SELECT count(*) FROM dw.dim_seller f WHERE NOT EXISTS (SELECT 1 FROM dw.dim_geography d WHERE d.geography_key = f.geography_key))
UNION ALL SELECT 'fact_order', 'date keys', 'dim_date',
       (SELECT count(*) FROM dw.fact_order f, unnest(ARRAY[f.purchase_date_key, f.approved_date_key, f.delivered_carrier_date_key,
            f.delivered_customer_date_key, f.estimated_delivery_date_key]) k WHERE NOT EXISTS (SELECT 1 FROM dw.dim_date d WHERE d.date_key = k))
UNION ALL SELECT 'fact_order_item', 'date keys', 'dim_date',
       (SELECT count(*) FROM dw.fact_order_item f, unnest(ARRAY[f.purchase_date_key, f.shipping_limit_date_key]) k
        WHERE NOT EXISTS (SELECT 1 FROM dw.dim_date d WHERE d.date_key = k))
UNION ALL SELECT 'fact_payment', 'date keys', 'dim_date',
       (SELECT count(*) FROM dw.fact_payment f WHERE NOT EXISTS (SELECT 1 FROM dw.dim_date d WHERE d.date_key = f.purchase_date_key))
UNION ALL SELECT 'fact_review', 'date keys', 'dim_date',
       (SELECT count(*) FROM dw.fact_review f, unnest(ARRAY[f.creation_date_key, f.answer_date_key]) k
        WHERE NOT EXISTS (SELECT 1 FROM dw.dim_date d WHERE d.date_key = k));
COMMENT ON VIEW dw.dangling_keys IS 'Rows whose dimension key points at no member, per fact key (0 everywhere in a consistent warehouse). See migration 0007.';

-- The accumulating snapshot's totals, split by source: a load of items refreshes only the item totals of the orders
-- it staged, a load of payments only the payment totals, the load of orders both (its items or payments may have
-- arrived first). Orders whose facts a re-load removed carry -1 in the count and are refreshed too. Replaces
-- dw.refresh_order_totals(text[]): its caller built a 100k-element array (0.5 s before the function started) and
-- every call aggregated both fact tables. `staged` is a relation with an order_id column (the load's stg table);
-- the statement is planned per call, with that table's statistics. Idempotent: only rows whose totals differ are
-- written. Returns the number of orders changed.
DROP FUNCTION dw.refresh_order_totals(text[]);

CREATE FUNCTION dw.refresh_item_totals(staged regclass) RETURNS integer LANGUAGE plpgsql AS $fn$
DECLARE
    changed integer;
BEGIN
    -- The id set is written out twice rather than as one CTE: each copy is planned with the staged table's statistics,
    -- so the planner picks hash joins (a CTE's GROUP BY is estimated at 200 rows: a nested loop over 100k orders).
    EXECUTE format($q$
        UPDATE dw.fact_order o
        SET item_count = coalesce(a.n, 0), items_price_total = coalesce(a.price, 0),
            items_freight_total = coalesce(a.freight, 0), loaded_at = now()
        FROM (SELECT order_id FROM %1$s UNION SELECT order_id FROM dw.fact_order WHERE item_count < 0) ids
        LEFT JOIN (
            SELECT f.order_id, count(*) AS n, sum(f.price) AS price, sum(f.freight_value) AS freight
            FROM dw.fact_order_item f
            WHERE f.order_id IN (SELECT order_id FROM %1$s UNION SELECT order_id FROM dw.fact_order WHERE item_count < 0)
            GROUP BY f.order_id) a ON a.order_id = ids.order_id
        WHERE o.order_id = ids.order_id
          AND (o.item_count, o.items_price_total, o.items_freight_total)
              IS DISTINCT FROM (coalesce(a.n, 0), coalesce(a.price, 0), coalesce(a.freight, 0))$q$, staged);
    GET DIAGNOSTICS changed = ROW_COUNT;
    RETURN changed;
END
$fn$;

CREATE FUNCTION dw.refresh_payment_totals(staged regclass) RETURNS integer LANGUAGE plpgsql AS $fn$
DECLARE
    changed integer;
BEGIN
    EXECUTE format($q$
        UPDATE dw.fact_order o
        SET payment_count = coalesce(a.n, 0), payment_value_total = coalesce(a.total, 0), loaded_at = now()
        FROM (SELECT order_id FROM %1$s UNION SELECT order_id FROM dw.fact_order WHERE payment_count < 0) ids
        LEFT JOIN (
            SELECT f.order_id, count(*) AS n, sum(f.payment_value) AS total
            FROM dw.fact_payment f
            WHERE f.order_id IN (SELECT order_id FROM %1$s UNION SELECT order_id FROM dw.fact_order WHERE payment_count < 0)
            GROUP BY f.order_id) a ON a.order_id = ids.order_id
        WHERE o.order_id = ids.order_id
          AND (o.payment_count, o.payment_value_total) IS DISTINCT FROM (coalesce(a.n, 0), coalesce(a.total, 0))$q$, staged);
    GET DIAGNOSTICS changed = ROW_COUNT;
    RETURN changed;
END
$fn$;
