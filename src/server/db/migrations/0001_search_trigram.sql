-- Trigram indexes let "contains" search (LIKE '%…%' on the folded search_text) use an index
-- instead of scanning every account or contact (bench: a rare term at 100,000 accounts).
-- pg_trgm is a trusted extension (PostgreSQL 13+): a database owner may create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
