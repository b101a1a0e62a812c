-- The app applies its own migrations (schemas lakehouse and dw) on start; this only prepares the database.
CREATE EXTENSION IF NOT EXISTS pgcrypto;
