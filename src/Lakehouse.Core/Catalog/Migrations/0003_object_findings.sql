-- Row-level findings of the latest transform of each object (JSON array of Finding), read by the validate stage.
ALTER TABLE lakehouse.objects ADD COLUMN findings jsonb;
ALTER TABLE lakehouse.objects ADD COLUMN validation_key text;
