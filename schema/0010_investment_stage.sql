-- 0010_investment_stage.sql: an investment's stage may be unspecified, and
-- an inferred stage keeps the words it was inferred from (issue 12).
--
-- The claims format makes `stage` optional: when a claim gives none, the
-- loader infers it from the verb of the evidence ("a investi" -> completed,
-- "pledged" -> committed, "is weighing" -> considered; lang/stage_cues.cpp)
-- and stores those words in stage_cue; when nothing can be inferred the
-- stage is 'unspecified', a new value, rather than a refusal.  stage_cue is
-- NULL for a stage the claim gave and for 'unspecified'.
--
-- A CHECK constraint can only change by a rebuild (as 0007 and 0008): new
-- table, copy, drop, rename, then the indexes.  Existing rows keep their
-- stage and get a NULL cue (they were all given).  investments_v names the
-- table, not its columns by position, and is unchanged; nothing references
-- investments, so its rows and the facts they point at stay as they are.
--
-- Note for the integrator: any other migration that rebuilds investments
-- (money columns) must carry this CHECK and column too, whichever runs last.

PRAGMA legacy_alter_table = ON;

CREATE TABLE investments_new (
    fact_id          INTEGER PRIMARY KEY REFERENCES facts (id) ON DELETE CASCADE,
    investor_id      INTEGER NOT NULL REFERENCES entities (id),
    investee_id      INTEGER NOT NULL REFERENCES entities (id),
    amount_low       INTEGER CHECK (amount_low >= 0),
    amount_high      INTEGER CHECK (amount_high >= 0),
    amount_qualifier TEXT NOT NULL,
    currency         TEXT CHECK (currency IS NULL OR currency GLOB '[A-Z][A-Z][A-Z]'),
    amount_text      TEXT,                      -- as written; NULL when not given
    stage            TEXT NOT NULL CHECK (stage IN ('completed', 'committed', 'considered',
                                                    'unspecified')),
    stage_cue        TEXT,                      -- the evidence's words it was inferred from
    CHECK ((amount_qualifier IN ('exact', 'approximately') AND amount_high = amount_low)
        OR (amount_qualifier IN ('at_least', 'more_than') AND amount_low IS NOT NULL AND amount_high IS NULL)
        OR (amount_qualifier IN ('at_most', 'less_than') AND amount_low IS NULL AND amount_high IS NOT NULL)
        OR (amount_qualifier = 'between' AND amount_low < amount_high)
        OR (amount_qualifier = 'undisclosed' AND amount_low IS NULL AND amount_high IS NULL)),
    CHECK (amount_qualifier = 'undisclosed' OR currency IS NOT NULL),
    CHECK (stage_cue IS NULL OR stage <> 'unspecified')
) STRICT;

INSERT INTO investments_new (fact_id, investor_id, investee_id, amount_low, amount_high,
                             amount_qualifier, currency, amount_text, stage, stage_cue)
SELECT fact_id, investor_id, investee_id, amount_low, amount_high, amount_qualifier, currency,
       amount_text, stage, NULL
FROM investments;

DROP TABLE investments;
ALTER TABLE investments_new RENAME TO investments;
CREATE INDEX investments_pair ON investments (investor_id, investee_id);
CREATE INDEX investments_investee ON investments (investee_id);

UPDATE schema_docs
SET description = 'investment facts: investor, investee, amount range and currency, stage (given, inferred from the evidence with its cue in stage_cue, or unspecified)'
WHERE name = 'investments';

PRAGMA legacy_alter_table = OFF;
