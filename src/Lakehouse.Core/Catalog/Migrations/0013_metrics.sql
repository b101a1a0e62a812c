-- Metrics of every validated object (row count; per column null fraction, mean, sum, distinct count), kept as history:
-- anomaly expectations compare an object with the dataset's earlier loads, and the quality report charts them.
CREATE TABLE lakehouse.metrics (
    object_id    bigint           NOT NULL REFERENCES lakehouse.objects (object_id),
    run_id       text             NOT NULL,
    dataset      text             NOT NULL,
    metric       text             NOT NULL,
    column_name  text             NOT NULL DEFAULT '',   -- '' for table metrics (row_count)
    value        double precision NOT NULL,
    computed_at  timestamptz      NOT NULL DEFAULT now(),
    PRIMARY KEY (object_id, metric, column_name)
);
CREATE INDEX metrics_history ON lakehouse.metrics (dataset, metric, column_name, computed_at DESC);
