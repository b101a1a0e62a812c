-- fact_review's primary key now leads with order_id, so it serves the lookups by order (the orders merge's fix-up of
-- review customers, joins to fact_order) that fact_review_order (order_id) served: every review insert paid for a
-- third index entry on 32-character text keys (as 0008 did for fact_order_item). The review id stays in the key:
-- Olist repeats review ids across orders.
ALTER TABLE dw.fact_review DROP CONSTRAINT fact_review_pkey;
ALTER TABLE dw.fact_review ADD CONSTRAINT fact_review_pkey PRIMARY KEY (order_id, review_id);
DROP INDEX dw.fact_review_order;
