-- Order items: the rows a re-load no longer holds removed (their orders kept in stg_gone), inferred products and
-- sellers, the fact rows (order attributes when known), then the orders that lost rows marked with -1 under the order
-- totals lock, and the object queued for the order totals refresh at the end of the run (dw.finish_loads, migration
-- 0015). The fact merge touches only keys in stg and the removal only keys not in it, so their order does not matter;
-- removing first costs nothing on a first load (no row of the object yet: after the merge it scanned and anti-joined
-- all 113k, 0.12 s, docs/benchmarks.md run L). Only the marks need the lock (MergeLocks), so a load that removed nothing
-- neither takes it nor waits for the payments load that holds it.
CREATE TEMP TABLE stg_gone (order_id text NOT NULL) ON COMMIT DROP;

WITH gone AS (
    DELETE FROM dw.fact_order_item f
    WHERE f.source_object_id = $1
      AND NOT EXISTS (SELECT 1 FROM stg s WHERE s.order_id = f.order_id AND s.order_item_id = f.order_item_id)
    RETURNING f.order_id)
INSERT INTO stg_gone SELECT order_id FROM gone;

INSERT INTO dw.dim_product (product_id, is_inferred, source_object_id)
SELECT DISTINCT product_id, true, $1 FROM stg s
WHERE NOT EXISTS (SELECT 1 FROM dw.dim_product d WHERE d.product_id = s.product_id) ORDER BY product_id
ON CONFLICT (product_id) DO NOTHING;

INSERT INTO dw.dim_seller (seller_id, is_inferred, source_object_id)
SELECT DISTINCT seller_id, true, $1 FROM stg s
WHERE NOT EXISTS (SELECT 1 FROM dw.dim_seller d WHERE d.seller_id = s.seller_id) ORDER BY seller_id
ON CONFLICT (seller_id) DO NOTHING;

MERGE INTO dw.fact_order_item AS f
USING (
    SELECT s.order_id, s.order_item_id, coalesce(o.customer_key, -1) AS customer_key, p.product_key, se.seller_key,
        coalesce(o.purchase_date_key, -1) AS purchase_date_key, s.shipping_limit_date__date_key AS shipping_limit_date_key,
        s.shipping_limit_date AS shipping_limit_at, s.price, s.freight_value
    FROM stg s
    JOIN dw.dim_product p ON p.product_id = s.product_id
    JOIN dw.dim_seller se ON se.seller_id = s.seller_id
    LEFT JOIN dw.fact_order o ON o.order_id = s.order_id) AS x
ON f.order_id = x.order_id AND f.order_item_id = x.order_item_id
WHEN MATCHED AND (f.customer_key, f.product_key, f.seller_key, f.purchase_date_key, f.shipping_limit_at, f.price, f.freight_value, f.source_object_id)
        IS DISTINCT FROM (x.customer_key, x.product_key, x.seller_key, x.purchase_date_key, x.shipping_limit_at, x.price, x.freight_value, $1) THEN
    UPDATE SET customer_key = x.customer_key, product_key = x.product_key, seller_key = x.seller_key,
        purchase_date_key = x.purchase_date_key, shipping_limit_date_key = x.shipping_limit_date_key,
        shipping_limit_at = x.shipping_limit_at, price = x.price, freight_value = x.freight_value, source_object_id = $1, loaded_at = now()
WHEN NOT MATCHED THEN
    INSERT (order_id, order_item_id, customer_key, product_key, seller_key, purchase_date_key, shipping_limit_date_key,
        shipping_limit_at, price, freight_value, source_object_id)
    VALUES (x.order_id, x.order_item_id, x.customer_key, x.product_key, x.seller_key, x.purchase_date_key,
        x.shipping_limit_date_key, x.shipping_limit_at, x.price, x.freight_value, $1);

SELECT dw.lock_order_totals() WHERE EXISTS (SELECT 1 FROM stg_gone);

UPDATE dw.fact_order o SET item_count = -1 WHERE o.order_id IN (SELECT order_id FROM stg_gone);

INSERT INTO dw.order_totals_pending (source_object_id) VALUES ($1) ON CONFLICT DO NOTHING;
