-- Orders: inferred customers, the fact_order snapshot, then the facts waiting for this order (customer and purchase
-- date), then, only when items or payments of these orders arrived first, the object queued for the order totals
-- refresh at the end of the run (dw.finish_loads, migration 0015): a new order starts at zero totals, an order's own
-- re-load leaves them as they are, and orders that lost facts (count -1) are refreshed with the load that removed them.
INSERT INTO dw.dim_customer (customer_id, is_inferred, source_object_id)
SELECT DISTINCT customer_id, true, $1 FROM stg s
WHERE NOT EXISTS (SELECT 1 FROM dw.dim_customer d WHERE d.customer_id = s.customer_id) ORDER BY customer_id
ON CONFLICT (customer_id) DO NOTHING;

DELETE FROM dw.fact_order f
WHERE f.source_object_id = $1 AND NOT EXISTS (SELECT 1 FROM stg s WHERE s.order_id = f.order_id);

MERGE INTO dw.fact_order AS f
USING (
    SELECT s.order_id, c.customer_key, s.order_status, s.order_purchase_timestamp__date_key AS purchase_date_key,
        s.order_approved_at__date_key AS approved_date_key, s.order_delivered_carrier_date__date_key AS delivered_carrier_date_key,
        s.order_delivered_customer_date__date_key AS delivered_customer_date_key,
        s.order_estimated_delivery_date__date_key AS estimated_delivery_date_key, s.order_purchase_timestamp AS purchase_at,
        s.order_approved_at AS approved_at, s.order_delivered_carrier_date AS delivered_carrier_at,
        s.order_delivered_customer_date AS delivered_customer_at, s.order_estimated_delivery_date AS estimated_delivery_at,
        (s.order_delivered_customer_date AT TIME ZONE 'America/Sao_Paulo')::date
            - (s.order_estimated_delivery_date AT TIME ZONE 'America/Sao_Paulo')::date AS delivery_delay_days
    FROM stg s JOIN dw.dim_customer c ON c.customer_id = s.customer_id) AS x
ON f.order_id = x.order_id
WHEN MATCHED AND (f.customer_key, f.order_status, f.purchase_at, f.approved_at, f.delivered_carrier_at, f.delivered_customer_at,
        f.estimated_delivery_at, f.source_object_id)
        IS DISTINCT FROM (x.customer_key, x.order_status, x.purchase_at, x.approved_at, x.delivered_carrier_at,
        x.delivered_customer_at, x.estimated_delivery_at, $1) THEN
    UPDATE SET customer_key = x.customer_key, order_status = x.order_status, purchase_date_key = x.purchase_date_key,
        approved_date_key = x.approved_date_key, delivered_carrier_date_key = x.delivered_carrier_date_key,
        delivered_customer_date_key = x.delivered_customer_date_key, estimated_delivery_date_key = x.estimated_delivery_date_key,
        purchase_at = x.purchase_at, approved_at = x.approved_at, delivered_carrier_at = x.delivered_carrier_at,
        delivered_customer_at = x.delivered_customer_at, estimated_delivery_at = x.estimated_delivery_at,
        delivery_delay_days = x.delivery_delay_days, source_object_id = $1, loaded_at = now()
WHEN NOT MATCHED THEN
    INSERT (order_id, customer_key, order_status, purchase_date_key, approved_date_key, delivered_carrier_date_key,
        delivered_customer_date_key, estimated_delivery_date_key, purchase_at, approved_at, delivered_carrier_at,
        delivered_customer_at, estimated_delivery_at, delivery_delay_days, source_object_id)
    VALUES (x.order_id, x.customer_key, x.order_status, x.purchase_date_key, x.approved_date_key, x.delivered_carrier_date_key,
        x.delivered_customer_date_key, x.estimated_delivery_date_key, x.purchase_at, x.approved_at, x.delivered_carrier_at,
        x.delivered_customer_at, x.estimated_delivery_at, x.delivery_delay_days, $1);

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

INSERT INTO dw.order_totals_pending (source_object_id)
SELECT $1 WHERE EXISTS (SELECT 1 FROM stg s JOIN dw.fact_order_item f ON f.order_id = s.order_id)
    OR EXISTS (SELECT 1 FROM stg s JOIN dw.fact_payment p ON p.order_id = s.order_id)
ON CONFLICT DO NOTHING;
