-- Daily weather: the location (SCD type 1) and its days. Windows overlap (a daily collection re-asks recent weeks, the
-- archive fills in days it answered as null before): a day is replaced only by an answer fetched later, or by the same
-- object again, so the newest answer wins whatever the load order, and an object deletes only rows it loaded itself
-- and no longer holds.
INSERT INTO dw.dim_location AS d (slug, name, state, latitude, longitude, source, source_object_id)
SELECT DISTINCT ON (location) location, location_name, state, latitude, longitude, 'open-meteo', $1 FROM stg ORDER BY location
ON CONFLICT (slug) DO UPDATE SET
    name = EXCLUDED.name, state = EXCLUDED.state, latitude = EXCLUDED.latitude, longitude = EXCLUDED.longitude,
    source_object_id = EXCLUDED.source_object_id, updated_at = now()
WHERE (d.name, d.state, d.latitude, d.longitude) IS DISTINCT FROM (EXCLUDED.name, EXCLUDED.state, EXCLUDED.latitude, EXCLUDED.longitude);

DELETE FROM dw.fact_weather_daily f
WHERE f.source_object_id = $1
  AND NOT EXISTS (SELECT 1 FROM stg s JOIN dw.dim_location l ON l.slug = s.location
                  WHERE l.location_key = f.location_key AND s.date = f.reference_date);

MERGE INTO dw.fact_weather_daily AS f
USING (
    SELECT l.location_key, s.date AS reference_date, coalesce(d.date_key, -1) AS date_key,
        s.temperature_max, s.temperature_min, s.precipitation_sum, s.fetched_at
    FROM stg s JOIN dw.dim_location l ON l.slug = s.location LEFT JOIN dw.dim_date d ON d.full_date = s.date) AS x
ON f.location_key = x.location_key AND f.reference_date = x.reference_date
WHEN MATCHED AND (f.fetched_at, f.source_object_id) <= (x.fetched_at, $1)
        AND (f.temperature_max, f.temperature_min, f.precipitation_sum, f.date_key, f.fetched_at, f.source_object_id)
            IS DISTINCT FROM (x.temperature_max, x.temperature_min, x.precipitation_sum, x.date_key, x.fetched_at, $1) THEN
    UPDATE SET temperature_max = x.temperature_max, temperature_min = x.temperature_min, precipitation_sum = x.precipitation_sum,
        date_key = x.date_key, fetched_at = x.fetched_at, source_object_id = $1, loaded_at = now()
WHEN NOT MATCHED THEN
    INSERT (location_key, date_key, reference_date, temperature_max, temperature_min, precipitation_sum, fetched_at, source_object_id)
    VALUES (x.location_key, x.date_key, x.reference_date, x.temperature_max, x.temperature_min, x.precipitation_sum, x.fetched_at, $1)
