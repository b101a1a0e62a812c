-- fact_order_item_order (order_id) duplicated the leading column of the primary key (order_id, order_item_id), which
-- serves the same lookups; every item insert paid for a third index entry.
DROP INDEX dw.fact_order_item_order;
