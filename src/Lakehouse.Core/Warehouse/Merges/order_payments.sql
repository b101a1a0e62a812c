-- Payments: payment types not seen before (inferred), the fact rows (order attributes when known), then the order
-- totals of every order this object touches, including orders whose payments a re-load removed.
INSERT INTO dw.dim_payment_type (payment_type, is_inferred)
SELECT DISTINCT payment_type, true FROM stg WHERE $1 IS NOT NULL ORDER BY payment_type
ON CONFLICT (payment_type) DO NOTHING;

WITH gone AS (
    DELETE FROM dw.fact_payment f
    WHERE f.source_object_id = $1
      AND NOT EXISTS (SELECT 1 FROM stg s WHERE s.order_id = f.order_id AND s.payment_sequential = f.payment_sequential)
    RETURNING f.order_id)
UPDATE dw.fact_order o SET payment_count = -1 WHERE o.order_id IN (SELECT order_id FROM gone);

INSERT INTO dw.fact_payment AS f (order_id, payment_sequential, payment_type_key, customer_key, purchase_date_key,
    installments, payment_value, source_object_id)
SELECT s.order_id, s.payment_sequential, t.payment_type_key, coalesce(o.customer_key, -1), coalesce(o.purchase_date_key, -1),
    s.payment_installments, s.payment_value, $1
FROM stg s
JOIN dw.dim_payment_type t ON t.payment_type = s.payment_type
LEFT JOIN dw.fact_order o ON o.order_id = s.order_id
ORDER BY s.order_id, s.payment_sequential
ON CONFLICT (order_id, payment_sequential) DO UPDATE SET
    payment_type_key = EXCLUDED.payment_type_key, customer_key = EXCLUDED.customer_key,
    purchase_date_key = EXCLUDED.purchase_date_key, installments = EXCLUDED.installments,
    payment_value = EXCLUDED.payment_value, source_object_id = EXCLUDED.source_object_id, loaded_at = now()
WHERE (f.payment_type_key, f.customer_key, f.purchase_date_key, f.installments, f.payment_value, f.source_object_id)
      IS DISTINCT FROM (EXCLUDED.payment_type_key, EXCLUDED.customer_key, EXCLUDED.purchase_date_key,
       EXCLUDED.installments, EXCLUDED.payment_value, EXCLUDED.source_object_id);

SELECT dw.refresh_payment_totals('stg');
