-- dw.refresh_order_totals, same contract as in 0004, rewritten for large loads: the ids are unnested once and joined
-- (hash joins), instead of `order_id = ANY (order_ids)` filters. Inside plpgsql the array is a parameter, which
-- PostgreSQL does not hash, so every scanned row was compared with every id: quadratic for a 100k-order file.
CREATE OR REPLACE FUNCTION dw.refresh_order_totals(order_ids text[]) RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
    changed integer;
BEGIN
    -- No row-locking pass as in 0004: every load merges under the warehouse merge lock (WarehouseLoader.MergeLockId),
    -- so two refreshes never run at once, and locking ~100k rows first only cost another write of each.
    WITH ids AS (SELECT DISTINCT unnest(order_ids) AS order_id),
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
$$;
