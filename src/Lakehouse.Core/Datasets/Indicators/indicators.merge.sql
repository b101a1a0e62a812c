-- Indicators: the series (SCD type 1) and its values. Windows overlap (a daily collection re-asks recent weeks, a
-- backfill re-asks years): a value is replaced only by an answer fetched later, or by the same object again, so the
-- newest answer wins whatever the load order, and an object deletes only rows it loaded itself and no longer holds.
INSERT INTO dw.dim_indicator AS d (sgs_code, name, unit, periodicity, source, source_object_id)
SELECT DISTINCT sgs_code, series_name, unit, periodicity, 'bcb-sgs', $1 FROM stg ORDER BY sgs_code
ON CONFLICT (sgs_code) DO UPDATE SET
    name = EXCLUDED.name, unit = EXCLUDED.unit, periodicity = EXCLUDED.periodicity,
    source_object_id = EXCLUDED.source_object_id, updated_at = now()
WHERE (d.name, d.unit, d.periodicity) IS DISTINCT FROM (EXCLUDED.name, EXCLUDED.unit, EXCLUDED.periodicity);

DELETE FROM dw.fact_indicator f
WHERE f.source_object_id = $1
  AND NOT EXISTS (SELECT 1 FROM stg s JOIN dw.dim_indicator i ON i.sgs_code = s.sgs_code
                  WHERE i.indicator_key = f.indicator_key AND s.date = f.reference_date);

MERGE INTO dw.fact_indicator AS f
USING (
    SELECT i.indicator_key, s.date AS reference_date, coalesce(d.date_key, -1) AS date_key, s.value, s.fetched_at
    FROM stg s JOIN dw.dim_indicator i ON i.sgs_code = s.sgs_code LEFT JOIN dw.dim_date d ON d.full_date = s.date) AS x
ON f.indicator_key = x.indicator_key AND f.reference_date = x.reference_date
WHEN MATCHED AND (f.fetched_at, f.source_object_id) <= (x.fetched_at, $1)
        AND (f.value, f.date_key, f.fetched_at, f.source_object_id) IS DISTINCT FROM (x.value, x.date_key, x.fetched_at, $1) THEN
    UPDATE SET value = x.value, date_key = x.date_key, fetched_at = x.fetched_at, source_object_id = $1, loaded_at = now()
WHEN NOT MATCHED THEN
    INSERT (indicator_key, date_key, reference_date, value, fetched_at, source_object_id)
    VALUES (x.indicator_key, x.date_key, x.reference_date, x.value, x.fetched_at, $1)
