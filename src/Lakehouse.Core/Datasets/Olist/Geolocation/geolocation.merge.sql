-- Geolocation: one row per zip prefix, completing inferred prefixes. The loader stages the prefixes already
-- aggregated (GeographyStaging: mean coordinates over all points rounded to 6 decimals, most frequent city and state
-- with ties to the first in byte order, the number of points, where rows that repeat in the source count as points).
INSERT INTO dw.dim_geography AS d (zip_code_prefix, latitude, longitude, city, state, point_count, is_inferred, source_object_id)
SELECT zip_code_prefix, latitude, longitude, city, state, point_count, false, $1
FROM stg ORDER BY zip_code_prefix
ON CONFLICT (zip_code_prefix) DO UPDATE SET
    latitude = EXCLUDED.latitude, longitude = EXCLUDED.longitude, city = EXCLUDED.city, state = EXCLUDED.state,
    point_count = EXCLUDED.point_count, is_inferred = false, source_object_id = EXCLUDED.source_object_id, updated_at = now()
WHERE (d.latitude, d.longitude, d.city, d.state, d.point_count, d.is_inferred)
      IS DISTINCT FROM (EXCLUDED.latitude, EXCLUDED.longitude, EXCLUDED.city, EXCLUDED.state, EXCLUDED.point_count, false);
