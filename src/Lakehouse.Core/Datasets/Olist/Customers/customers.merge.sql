-- Customers: inferred geography for unseen zip prefixes, then an SCD type 1 upsert that completes inferred members.
INSERT INTO dw.dim_geography (zip_code_prefix, is_inferred, source_object_id)
SELECT DISTINCT customer_zip_code_prefix, true, $1 FROM stg s WHERE customer_zip_code_prefix IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM dw.dim_geography g WHERE g.zip_code_prefix = s.customer_zip_code_prefix) ORDER BY 1
ON CONFLICT (zip_code_prefix) DO NOTHING;

INSERT INTO dw.dim_customer AS d (customer_id, customer_unique_id, zip_code_prefix, city, state, geography_key, is_inferred, source_object_id)
SELECT s.customer_id, s.customer_unique_id, s.customer_zip_code_prefix, s.customer_city, s.customer_state,
       coalesce(g.geography_key, -1), false, $1
FROM stg s LEFT JOIN dw.dim_geography g ON g.zip_code_prefix = s.customer_zip_code_prefix
ORDER BY s.customer_id
ON CONFLICT (customer_id) DO UPDATE SET
    customer_unique_id = EXCLUDED.customer_unique_id, zip_code_prefix = EXCLUDED.zip_code_prefix,
    city = EXCLUDED.city, state = EXCLUDED.state, geography_key = EXCLUDED.geography_key, is_inferred = false,
    source_object_id = EXCLUDED.source_object_id, updated_at = now()
WHERE (d.customer_unique_id, d.zip_code_prefix, d.city, d.state, d.geography_key, d.is_inferred)
      IS DISTINCT FROM (EXCLUDED.customer_unique_id, EXCLUDED.zip_code_prefix, EXCLUDED.city, EXCLUDED.state, EXCLUDED.geography_key, false);
