-- Payments: the rows a re-load no longer holds removed (their orders kept in stg_gone), payment types not seen before
-- (inferred), the fact rows (order attributes when known), then the orders that lost rows marked with -1 under the
-- order totals lock, and the object queued for the order totals refresh at the end of the run (see
-- order_items.merge.sql: the removal first, and the lock only for marks).
CREATE TEMP TABLE stg_gone (order_id text NOT NULL) ON COMMIT DROP;

WITH gone AS (
    DELETE FROM dw.fact_payment f
    WHERE f.source_object_id = $1
      AND NOT EXISTS (SELECT 1 FROM stg s WHERE s.order_id = f.order_id AND s.payment_sequential = f.payment_sequential)
    RETURNING f.order_id)
INSERT INTO stg_gone SELECT order_id FROM gone;

INSERT INTO dw.dim_payment_type (payment_type, is_inferred)
SELECT DISTINCT payment_type, true FROM stg WHERE $1 IS NOT NULL ORDER BY payment_type
ON CONFLICT (payment_type) DO NOTHING;

MERGE INTO dw.fact_payment AS f
USING (
    SELECT s.order_id, s.payment_sequential, t.payment_type_key, coalesce(o.customer_key, -1) AS customer_key,
        coalesce(o.purchase_date_key, -1) AS purchase_date_key, s.payment_installments AS installments, s.payment_value
    FROM stg s
    JOIN dw.dim_payment_type t ON t.payment_type = s.payment_type
    LEFT JOIN dw.fact_order o ON o.order_id = s.order_id) AS x
ON f.order_id = x.order_id AND f.payment_sequential = x.payment_sequential
WHEN MATCHED AND (f.payment_type_key, f.customer_key, f.purchase_date_key, f.installments, f.payment_value, f.source_object_id)
        IS DISTINCT FROM (x.payment_type_key, x.customer_key, x.purchase_date_key, x.installments, x.payment_value, $1) THEN
    UPDATE SET payment_type_key = x.payment_type_key, customer_key = x.customer_key, purchase_date_key = x.purchase_date_key,
        installments = x.installments, payment_value = x.payment_value, source_object_id = $1, loaded_at = now()
WHEN NOT MATCHED THEN
    INSERT (order_id, payment_sequential, payment_type_key, customer_key, purchase_date_key, installments, payment_value, source_object_id)
    VALUES (x.order_id, x.payment_sequential, x.payment_type_key, x.customer_key, x.purchase_date_key, x.installments, x.payment_value, $1);

SELECT dw.lock_order_totals() WHERE EXISTS (SELECT 1 FROM stg_gone);

UPDATE dw.fact_order o SET payment_count = -1 WHERE o.order_id IN (SELECT order_id FROM stg_gone);

INSERT INTO dw.order_totals_pending (source_object_id) VALUES ($1) ON CONFLICT DO NOTHING;
