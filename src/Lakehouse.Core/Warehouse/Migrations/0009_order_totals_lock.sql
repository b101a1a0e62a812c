-- The order totals lock (Lakehouse.Core.Warehouse.MergeLocks): a load of items or payments takes it right before it
-- rewrites the totals of dw.fact_order, so the fact merges of the two run side by side and only their totals
-- refreshes take turns. Two-key advisory lock ("LAKE", 100): after every table lock in lock order, so taking it
-- last keeps the order every merge follows.
CREATE FUNCTION dw.lock_order_totals() RETURNS void LANGUAGE sql AS $$ SELECT pg_advisory_xact_lock(1279347525, 100) $$;
