-- Geolocation: one row per zip prefix (mean coordinates over all points, most frequent city and state, ties broken
-- by byte order), completing inferred prefixes. Rows repeat in the source: they count as points, never as errors.
INSERT INTO dw.dim_geography AS d (zip_code_prefix, latitude, longitude, city, state, point_count, is_inferred, source_object_id)
SELECT geolocation_zip_code_prefix,
       round(avg(geolocation_lat)::numeric, 6)::double precision,
       round(avg(geolocation_lng)::numeric, 6)::double precision,
       mode() WITHIN GROUP (ORDER BY geolocation_city COLLATE "C"),
       mode() WITHIN GROUP (ORDER BY geolocation_state COLLATE "C"),
       count(*), false, $1
FROM stg GROUP BY geolocation_zip_code_prefix ORDER BY geolocation_zip_code_prefix
ON CONFLICT (zip_code_prefix) DO UPDATE SET
    latitude = EXCLUDED.latitude, longitude = EXCLUDED.longitude, city = EXCLUDED.city, state = EXCLUDED.state,
    point_count = EXCLUDED.point_count, is_inferred = false, source_object_id = EXCLUDED.source_object_id, updated_at = now()
WHERE (d.latitude, d.longitude, d.city, d.state, d.point_count, d.is_inferred)
      IS DISTINCT FROM (EXCLUDED.latitude, EXCLUDED.longitude, EXCLUDED.city, EXCLUDED.state, EXCLUDED.point_count, false);
