-- Orders: inferred customers, the fact_order snapshot, then the facts waiting for this order (customer and purchase
-- date), then the order totals (items or payments may have arrived first).
INSERT INTO dw.dim_customer (customer_id, is_inferred, source_object_id)
SELECT DISTINCT customer_id, true, $1 FROM stg s
WHERE NOT EXISTS (SELECT 1 FROM dw.dim_customer d WHERE d.customer_id = s.customer_id) ORDER BY customer_id
ON CONFLICT (customer_id) DO NOTHING;

DELETE FROM dw.fact_order f
WHERE f.source_object_id = $1 AND NOT EXISTS (SELECT 1 FROM stg s WHERE s.order_id = f.order_id);

INSERT INTO dw.fact_order AS f (order_id, customer_key, order_status, purchase_date_key, approved_date_key,
    delivered_carrier_date_key, delivered_customer_date_key, estimated_delivery_date_key, purchase_at, approved_at,
    delivered_carrier_at, delivered_customer_at, estimated_delivery_at, delivery_delay_days, source_object_id)
SELECT s.order_id, c.customer_key, s.order_status, s.order_purchase_timestamp__date_key, s.order_approved_at__date_key,
    s.order_delivered_carrier_date__date_key, s.order_delivered_customer_date__date_key,
    s.order_estimated_delivery_date__date_key, s.order_purchase_timestamp, s.order_approved_at,
    s.order_delivered_carrier_date, s.order_delivered_customer_date, s.order_estimated_delivery_date,
    (s.order_delivered_customer_date AT TIME ZONE 'America/Sao_Paulo')::date
        - (s.order_estimated_delivery_date AT TIME ZONE 'America/Sao_Paulo')::date,
    $1
FROM stg s JOIN dw.dim_customer c ON c.customer_id = s.customer_id
ORDER BY s.order_id
ON CONFLICT (order_id) DO UPDATE SET
    customer_key = EXCLUDED.customer_key, order_status = EXCLUDED.order_status,
    purchase_date_key = EXCLUDED.purchase_date_key, approved_date_key = EXCLUDED.approved_date_key,
    delivered_carrier_date_key = EXCLUDED.delivered_carrier_date_key,
    delivered_customer_date_key = EXCLUDED.delivered_customer_date_key,
    estimated_delivery_date_key = EXCLUDED.estimated_delivery_date_key, purchase_at = EXCLUDED.purchase_at,
    approved_at = EXCLUDED.approved_at, delivered_carrier_at = EXCLUDED.delivered_carrier_at,
    delivered_customer_at = EXCLUDED.delivered_customer_at, estimated_delivery_at = EXCLUDED.estimated_delivery_at,
    delivery_delay_days = EXCLUDED.delivery_delay_days, source_object_id = EXCLUDED.source_object_id, loaded_at = now()
WHERE (f.customer_key, f.order_status, f.purchase_at, f.approved_at, f.delivered_carrier_at, f.delivered_customer_at,
       f.estimated_delivery_at, f.source_object_id)
      IS DISTINCT FROM (EXCLUDED.customer_key, EXCLUDED.order_status, EXCLUDED.purchase_at, EXCLUDED.approved_at,
       EXCLUDED.delivered_carrier_at, EXCLUDED.delivered_customer_at, EXCLUDED.estimated_delivery_at, EXCLUDED.source_object_id);

UPDATE dw.fact_order_item i SET customer_key = o.customer_key, purchase_date_key = o.purchase_date_key
FROM dw.fact_order o
WHERE o.order_id = i.order_id AND o.source_object_id = $1
  AND (i.customer_key, i.purchase_date_key) IS DISTINCT FROM (o.customer_key, o.purchase_date_key);

UPDATE dw.fact_payment p SET customer_key = o.customer_key, purchase_date_key = o.purchase_date_key
FROM dw.fact_order o
WHERE o.order_id = p.order_id AND o.source_object_id = $1
  AND (p.customer_key, p.purchase_date_key) IS DISTINCT FROM (o.customer_key, o.purchase_date_key);

UPDATE dw.fact_review r SET customer_key = o.customer_key
FROM dw.fact_order o
WHERE o.order_id = r.order_id AND o.source_object_id = $1 AND r.customer_key IS DISTINCT FROM o.customer_key;

SELECT dw.refresh_item_totals('stg');

SELECT dw.refresh_payment_totals('stg');
