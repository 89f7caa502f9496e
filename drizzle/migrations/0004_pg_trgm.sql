-- Trigram indexes make "find a signatory by part of a name" fast on campaigns with a million
-- signatures. pg_trgm ships with PostgreSQL (contrib) and is a trusted extension.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
