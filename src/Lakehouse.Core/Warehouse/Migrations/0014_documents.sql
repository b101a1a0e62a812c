-- Documents (PDFs and page images): one dimension row per loaded bronze object, one fact row per page with its masked
-- text and a full-text vector in Portuguese without accents, so "locacao" finds "locação".
-- unaccent ships with Debian's postgresql package and the official image; it is a trusted extension (PostgreSQL 13+),
-- so a database owner may create it without superuser rights.
CREATE EXTENSION IF NOT EXISTS unaccent;

-- Portuguese stemming after accents are removed; words with only ASCII letters need no unaccent pass.
CREATE TEXT SEARCH CONFIGURATION dw.pt_unaccent (COPY = pg_catalog.portuguese);
ALTER TEXT SEARCH CONFIGURATION dw.pt_unaccent ALTER MAPPING FOR hword, hword_part, word WITH unaccent, portuguese_stem;

CREATE TABLE dw.dim_document (
    document_key      bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    source_object_id  bigint  NOT NULL UNIQUE REFERENCES lakehouse.objects (object_id),
    document_type     text    NOT NULL CHECK (document_type IN ('pdf', 'png', 'jpeg', 'tiff')),
    pages             integer NOT NULL,
    ocr_pages         integer NOT NULL,
    sha256            text    NOT NULL,
    bronze_bucket     text    NOT NULL,
    bronze_key        text    NOT NULL,
    updated_at        timestamptz NOT NULL DEFAULT now()
);
-- A new version of the same bronze key replaces the earlier one's document (DocumentLoader).
CREATE INDEX dim_document_bronze_key ON dw.dim_document (bronze_bucket, bronze_key);

CREATE TABLE dw.fact_document_page (
    document_key  bigint   NOT NULL REFERENCES dw.dim_document ON DELETE CASCADE,
    page_number   integer  NOT NULL,
    page_text     text     NOT NULL,   -- masked (DocumentScrubber) before it left the transform
    confidence    smallint NOT NULL CHECK (confidence BETWEEN 0 AND 100),
    method        text     NOT NULL CHECK (method IN ('text-layer', 'ocr')),
    page_tsv      tsvector GENERATED ALWAYS AS (to_tsvector('dw.pt_unaccent'::regconfig, page_text)) STORED,
    PRIMARY KEY (document_key, page_number)
);
CREATE INDEX fact_document_page_tsv ON dw.fact_document_page USING gin (page_tsv);
