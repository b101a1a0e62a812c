-- fact_order_customer (customer_key) served no statement of the pipeline: loads, fix-ups and the order totals find
-- orders by order_id (primary key) or source_object_id, and analytical queries join fact_order to dim_customer by hash
-- over whole tables. Yet it was the costliest index to keep: inserting the 99,441 orders of the full-scale data took
-- 0.70-0.82 s with it and 0.38-0.40 s without (three runs each, the same rows, PostgreSQL 15; issue 16's profile in
-- docs/benchmarks.md), because customer keys arrive in random order. Looking up one customer's orders (an LGPD data
-- subject's request) is a sequential scan instead: about 10 ms per 100k orders. An operator who needs it can create it
-- again; no migration depends on it.
DROP INDEX IF EXISTS dw.fact_order_customer;
