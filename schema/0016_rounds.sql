-- 0016_rounds.sql: funding rounds and valuations (issue 13), the typed rows of
-- the claim types funding_round and valuation (loader/claim_types.cpp).
--
-- * facts.type's CHECK gains the two types and fact_entities.role's the
--   round's investor roles (lead_investor, participant): a CHECK changes
--   only by a rebuild (as 0007 and 0013 did), carrying every column and
--   index.  Nothing is lost: rows are copied as they are.
-- * money as 0014: whole units (NULL for a fraction), exact minor units, a
--   qualifier whose invariants are stated on the minor columns.
-- * round / valuation_basis / basis codes are those of lang/funding_round.cpp;
--   as_of is 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD' (lang/calendar_date.h), NULL
--   when the claim gave none (the document's published date then applies).

PRAGMA legacy_alter_table = ON;

CREATE TABLE facts_new (
    id                INTEGER PRIMARY KEY,
    type              TEXT NOT NULL CHECK (type IN ('investment', 'stake', 'datacenter', 'spending',
                                                    'role', 'founding', 'product', 'supply',
                                                    'partnership', 'quote', 'funding_round',
                                                    'valuation')),
    fact_key          TEXT NOT NULL,
    fact_hash         INTEGER NOT NULL,
    subject_key       TEXT NOT NULL,
    subject_hash      INTEGER NOT NULL,
    summary           TEXT NOT NULL,
    modality          TEXT NOT NULL REFERENCES modalities (name),
    documents         INTEGER NOT NULL CHECK (documents >= 1),
    first_evidence_id INTEGER NOT NULL,
    first_loaded_at   TEXT NOT NULL
) STRICT;

INSERT INTO facts_new (id, type, fact_key, fact_hash, subject_key, subject_hash, summary,
                       modality, documents, first_evidence_id, first_loaded_at)
SELECT id, type, fact_key, fact_hash, subject_key, subject_hash, summary,
       modality, documents, first_evidence_id, first_loaded_at
FROM facts;

DROP TABLE facts;
ALTER TABLE facts_new RENAME TO facts;
CREATE UNIQUE INDEX facts_hash ON facts (fact_hash);
CREATE INDEX facts_subject ON facts (subject_hash);
CREATE INDEX facts_first_loaded ON facts (first_loaded_at);

CREATE TABLE fact_entities_new (
    fact_id   INTEGER NOT NULL REFERENCES facts (id) ON DELETE CASCADE,
    role      TEXT NOT NULL CHECK (role IN ('investor', 'investee', 'holder', 'company',
                                            'operator', 'beneficiary', 'spender', 'person',
                                            'organization', 'founder', 'founders_from',
                                            'product', 'competitor', 'competitor_organization',
                                            'provider', 'recipient', 'subject', 'party',
                                            'speaker', 'venture', 'lead_investor',
                                            'participant')),
    position  INTEGER NOT NULL CHECK (position >= 1),
    entity_id INTEGER NOT NULL REFERENCES entities (id),
    PRIMARY KEY (fact_id, role, position)
) STRICT, WITHOUT ROWID;

INSERT INTO fact_entities_new (fact_id, role, position, entity_id)
SELECT fact_id, role, position, entity_id FROM fact_entities;

DROP TABLE fact_entities;
ALTER TABLE fact_entities_new RENAME TO fact_entities;
CREATE INDEX fact_entities_entity ON fact_entities (entity_id, role);

PRAGMA legacy_alter_table = OFF;

CREATE TABLE funding_rounds (
    fact_id              INTEGER PRIMARY KEY REFERENCES facts (id) ON DELETE CASCADE,
    company_id           INTEGER NOT NULL REFERENCES entities (id),
    round                TEXT NOT NULL CHECK (round IN ('pre_seed', 'seed', 'series_a', 'series_b',
                                                        'series_c', 'series_d', 'series_e',
                                                        'series_f', 'series_g', 'series_h',
                                                        'series_i', 'series_j', 'bridge', 'growth',
                                                        'debt', 'grant', 'ipo', 'unspecified')),
    amount_low           INTEGER CHECK (amount_low >= 0),
    amount_high          INTEGER CHECK (amount_high >= 0),
    amount_low_minor     INTEGER CHECK (amount_low_minor >= 0),
    amount_high_minor    INTEGER CHECK (amount_high_minor >= 0),
    amount_qualifier     TEXT NOT NULL,
    currency             TEXT CHECK (currency IS NULL OR currency GLOB '[A-Z][A-Z][A-Z]'),
    amount_text          TEXT,
    valuation_low        INTEGER CHECK (valuation_low >= 0),
    valuation_high       INTEGER CHECK (valuation_high >= 0),
    valuation_low_minor  INTEGER CHECK (valuation_low_minor >= 0),
    valuation_high_minor INTEGER CHECK (valuation_high_minor >= 0),
    valuation_qualifier  TEXT NOT NULL,
    valuation_currency   TEXT CHECK (valuation_currency IS NULL
                                     OR valuation_currency GLOB '[A-Z][A-Z][A-Z]'),
    valuation_text       TEXT,
    valuation_basis      TEXT NOT NULL CHECK (valuation_basis IN ('pre_money', 'post_money',
                                                                  'unspecified')),
    CHECK ((amount_qualifier IN ('exact', 'approximately') AND amount_high_minor = amount_low_minor)
        OR (amount_qualifier IN ('at_least', 'more_than') AND amount_low_minor IS NOT NULL AND amount_high_minor IS NULL)
        OR (amount_qualifier IN ('at_most', 'less_than') AND amount_low_minor IS NULL AND amount_high_minor IS NOT NULL)
        OR (amount_qualifier = 'between' AND amount_low_minor < amount_high_minor)
        OR (amount_qualifier = 'undisclosed' AND amount_low_minor IS NULL AND amount_high_minor IS NULL)),
    CHECK (amount_low IS NULL OR (amount_low_minor IS NOT NULL AND amount_low_minor >= amount_low)),
    CHECK (amount_high IS NULL OR (amount_high_minor IS NOT NULL AND amount_high_minor >= amount_high)),
    CHECK (amount_low IS NULL OR amount_high IS NULL OR amount_low <= amount_high),
    CHECK (amount_qualifier = 'undisclosed' OR currency IS NOT NULL),
    CHECK ((valuation_qualifier IN ('exact', 'approximately') AND valuation_high_minor = valuation_low_minor)
        OR (valuation_qualifier IN ('at_least', 'more_than') AND valuation_low_minor IS NOT NULL AND valuation_high_minor IS NULL)
        OR (valuation_qualifier IN ('at_most', 'less_than') AND valuation_low_minor IS NULL AND valuation_high_minor IS NOT NULL)
        OR (valuation_qualifier = 'between' AND valuation_low_minor < valuation_high_minor)
        OR (valuation_qualifier = 'undisclosed' AND valuation_low_minor IS NULL AND valuation_high_minor IS NULL)),
    CHECK (valuation_low IS NULL OR (valuation_low_minor IS NOT NULL AND valuation_low_minor >= valuation_low)),
    CHECK (valuation_high IS NULL OR (valuation_high_minor IS NOT NULL AND valuation_high_minor >= valuation_high)),
    CHECK (valuation_low IS NULL OR valuation_high IS NULL OR valuation_low <= valuation_high),
    CHECK (valuation_qualifier = 'undisclosed' OR valuation_currency IS NOT NULL)
) STRICT;
CREATE INDEX funding_rounds_company ON funding_rounds (company_id);

CREATE TABLE valuations (
    fact_id           INTEGER PRIMARY KEY REFERENCES facts (id) ON DELETE CASCADE,
    company_id        INTEGER NOT NULL REFERENCES entities (id),
    amount_low        INTEGER CHECK (amount_low >= 0),
    amount_high       INTEGER CHECK (amount_high >= 0),
    amount_low_minor  INTEGER CHECK (amount_low_minor >= 0),
    amount_high_minor INTEGER CHECK (amount_high_minor >= 0),
    amount_qualifier  TEXT NOT NULL,
    currency          TEXT CHECK (currency IS NULL OR currency GLOB '[A-Z][A-Z][A-Z]'),
    amount_text       TEXT,
    basis             TEXT NOT NULL CHECK (basis IN ('pre_money', 'post_money', 'market_cap',
                                                     'unspecified')),
    as_of             TEXT CHECK (as_of IS NULL OR as_of GLOB '[12][0-9][0-9][0-9]'
                                  OR as_of GLOB '[12][0-9][0-9][0-9]-[01][0-9]'
                                  OR as_of GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    CHECK ((amount_qualifier IN ('exact', 'approximately') AND amount_high_minor = amount_low_minor)
        OR (amount_qualifier IN ('at_least', 'more_than') AND amount_low_minor IS NOT NULL AND amount_high_minor IS NULL)
        OR (amount_qualifier IN ('at_most', 'less_than') AND amount_low_minor IS NULL AND amount_high_minor IS NOT NULL)
        OR (amount_qualifier = 'between' AND amount_low_minor < amount_high_minor)
        OR (amount_qualifier = 'undisclosed' AND amount_low_minor IS NULL AND amount_high_minor IS NULL)),
    CHECK (amount_low IS NULL OR (amount_low_minor IS NOT NULL AND amount_low_minor >= amount_low)),
    CHECK (amount_high IS NULL OR (amount_high_minor IS NOT NULL AND amount_high_minor >= amount_high)),
    CHECK (amount_low IS NULL OR amount_high IS NULL OR amount_low <= amount_high),
    CHECK (amount_qualifier = 'undisclosed' OR currency IS NOT NULL)
) STRICT;
CREATE INDEX valuations_company ON valuations (company_id);

INSERT INTO schema_docs (name, description) VALUES
    ('funding_rounds', 'funding-round facts: company, round code, amount raised and valuation (whole units in *_low/high, NULL for a fraction; exact minor units in *_low_minor/high_minor; currency and valuation_currency), valuation_basis; investors in fact_entities (roles lead_investor, participant)'),
    ('valuations', 'valuation facts: company, amount (whole and exact minor units) and currency, basis (pre_money, post_money, market_cap, unspecified), as_of (YYYY[-MM[-DD]], NULL: the document''s published date)');
UPDATE schema_docs
SET description = 'every entity taking part in a fact, with its role (investor, holder, operator, founder, party, venture, lead_investor, participant...)'
WHERE name = 'fact_entities';
