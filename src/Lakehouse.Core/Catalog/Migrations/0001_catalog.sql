-- Catalog: what the lake holds and what the pipeline did with it.
CREATE SCHEMA IF NOT EXISTS lakehouse;

-- One row per bronze object version (bucket, key, etag). sha256 is the content identity used for dedupe.
CREATE TABLE lakehouse.objects (
    object_id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    bucket           text        NOT NULL,
    object_key       text        NOT NULL,
    etag             text        NOT NULL,
    sha256           text        NOT NULL,
    size_bytes       bigint      NOT NULL,
    dataset          text,
    schema_id        text,
    status           text        NOT NULL,   -- registered | transformed | validated | loaded | duplicate | failed | rejected | unknown_dataset
    duplicate_of     bigint REFERENCES lakehouse.objects (object_id),
    silver_key       text,
    quarantine_key   text,
    rows_read        bigint,
    rows_written     bigint,
    rows_quarantined bigint,
    rows_loaded      bigint,
    error            text,
    first_seen_at    timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now(),
    UNIQUE (bucket, object_key, etag)
);
CREATE INDEX objects_sha256 ON lakehouse.objects (sha256);
CREATE INDEX objects_key ON lakehouse.objects (bucket, object_key);

-- One row per orchestration run (the instance id of the top-level orchestration).
CREATE TABLE lakehouse.runs (
    run_id       text        PRIMARY KEY,
    kind         text        NOT NULL,      -- ingest | object | daily
    status       text        NOT NULL,      -- running | succeeded | failed | partial
    started_at   timestamptz NOT NULL DEFAULT now(),
    finished_at  timestamptz,
    objects      integer     NOT NULL DEFAULT 0,
    succeeded    integer     NOT NULL DEFAULT 0,
    failed       integer     NOT NULL DEFAULT 0,
    skipped      integer     NOT NULL DEFAULT 0,
    detail       jsonb
);

-- One row per stage of an object within a run; re-running a stage replaces its row.
CREATE TABLE lakehouse.stage_results (
    run_id       text        NOT NULL,
    object_id    bigint      NOT NULL REFERENCES lakehouse.objects (object_id),
    stage        text        NOT NULL,      -- register | transform | validate | load
    status       text        NOT NULL,      -- succeeded | failed | skipped
    rows         bigint,
    started_at   timestamptz NOT NULL,
    finished_at  timestamptz NOT NULL DEFAULT now(),
    error        text,
    detail       jsonb,
    PRIMARY KEY (run_id, object_id, stage)
);
