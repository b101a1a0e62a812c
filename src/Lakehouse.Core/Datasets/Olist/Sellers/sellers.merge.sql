-- Sellers: inferred geography for unseen zip prefixes (already zero-padded in silver), then an SCD type 1 upsert.
INSERT INTO dw.dim_geography (zip_code_prefix, is_inferred, source_object_id)
SELECT DISTINCT seller_zip_code_prefix, true, $1 FROM stg s WHERE seller_zip_code_prefix IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM dw.dim_geography g WHERE g.zip_code_prefix = s.seller_zip_code_prefix) ORDER BY 1
ON CONFLICT (zip_code_prefix) DO NOTHING;

INSERT INTO dw.dim_seller AS d (seller_id, zip_code_prefix, city, state, geography_key, is_inferred, source_object_id)
SELECT s.seller_id, s.seller_zip_code_prefix, s.seller_city, s.seller_state, coalesce(g.geography_key, -1), false, $1
FROM stg s LEFT JOIN dw.dim_geography g ON g.zip_code_prefix = s.seller_zip_code_prefix
ORDER BY s.seller_id
ON CONFLICT (seller_id) DO UPDATE SET
    zip_code_prefix = EXCLUDED.zip_code_prefix, city = EXCLUDED.city, state = EXCLUDED.state,
    geography_key = EXCLUDED.geography_key, is_inferred = false, source_object_id = EXCLUDED.source_object_id, updated_at = now()
WHERE (d.zip_code_prefix, d.city, d.state, d.geography_key, d.is_inferred)
      IS DISTINCT FROM (EXCLUDED.zip_code_prefix, EXCLUDED.city, EXCLUDED.state, EXCLUDED.geography_key, false);
