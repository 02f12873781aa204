-- 0006_read_paths.sql: two indexes reshaped for the whole-database queries
-- (docs/PERFORMANCE.md, "Whole-database queries").  Same rows, same
-- constraints; only how SQLite can reach them changes.
--
-- * evidence_fact gains document_id.  "How many documents state this fact"
--   (count(DISTINCT document_id) per fact: investments, conflicts,
--   conflicting_amounts) is then answered from the index alone instead of
--   reading every evidence row, which carries its quote and sentence.
--   Lookups by fact_id use the index's first column, as before.
-- * investments_investor becomes investments_pair (investor_id,
--   investee_id).  investment_totals groups by that pair: off this index the
--   groups arrive in order and nothing is sorted.  Lookups by investor use
--   its first column, as before.

DROP INDEX evidence_fact;
CREATE INDEX evidence_fact ON evidence (fact_id, document_id);

DROP INDEX investments_investor;
CREATE INDEX investments_pair ON investments (investor_id, investee_id);
