-- 0014_fractional_money.sql: amounts are stored exactly in minor units of
-- their currency, so that fractions of a unit ("$4.99", "12,30 €") are real
-- amounts (issue 12), and currency_bounds knows ten more currencies and the
-- ISO 4217 minor unit of each.
--
-- Representation (docs/NORMALISATION.md §3, "Exact amounts in minor units"):
--  * <p>_low_minor / <p>_high_minor (INTEGER) hold the exact value of each
--    end in minor units of the currency (cents for USD and EUR: 4.99 USD is
--    499; the unit itself for JPY and KRW, whose minor unit is 0).  They are
--    set whenever an end is, and the qualifier invariants (CHECK) are stated
--    on them;
--  * <p>_low / <p>_high keep meaning whole units, exactly as before, for a
--    whole amount; for an amount with a fraction of a unit they are NULL
--    (never a rounded value), and only the minor columns carry it;
--  * the views investments_v, datacenters_v, spending_v add <p>_low_exact /
--    <p>_high_exact, the exact decimal text ("4.99", "8000000000").
-- Sum and compare the minor columns, one currency at a time (the named
-- queries investment_totals and stakeholders do so, exactly).
--
-- currency_bounds gains minor_unit (the ISO 4217 exponent: 2 for USD, EUR;
-- 0 for JPY, KRW) and minor_per_unit (10^minor_unit), and the currencies
-- lang/money.cpp reads (the same rows: a test compares them).  Every bound
-- is at most 10^18 minor units, so one amount fits int64 with room to sum.
--
-- The typed tables are rebuilt (a CHECK can only change so; as 0010):
-- existing rows keep their whole units and get minor = whole *
-- minor_per_unit of their currency.  investments carries 0010's stage
-- CHECK and stage_cue; datacenters carries 0012's site, locality, capacity
-- and status columns with their CHECKs, and datacenters_v 0012's columns;
-- spending carries 0013's period_start and period_end with their CHECKs
-- (spending_v shows them, last).  An amount beyond 9.2e16 units (only a database
-- made before 0009 could hold one) does not fit in cents: the migration
-- then fails on its CHECK and the database is left as it was.

PRAGMA legacy_alter_table = ON;

DROP VIEW investments_v;
DROP VIEW datacenters_v;
DROP VIEW spending_v;

DROP TABLE currency_bounds;
CREATE TABLE currency_bounds (
    currency       TEXT PRIMARY KEY CHECK (currency GLOB '[A-Z][A-Z][A-Z]'),
    max_units      INTEGER NOT NULL CHECK (max_units > 0),
    minor_unit     INTEGER NOT NULL CHECK (minor_unit IN (0, 2, 3)),
    minor_per_unit INTEGER NOT NULL
        CHECK (minor_per_unit = CASE minor_unit WHEN 0 THEN 1 WHEN 2 THEN 100 ELSE 1000 END),
    CHECK (max_units <= 1000000000000000000 / minor_per_unit)
) STRICT;

INSERT INTO currency_bounds (currency, max_units, minor_unit, minor_per_unit) VALUES
    ('AUD', 10000000000000000, 2, 100),
    ('CAD', 10000000000000000, 2, 100),
    ('CHF', 1000000000000000, 2, 100),
    ('CNY', 10000000000000000, 2, 100),
    ('DKK', 10000000000000000, 2, 100),
    ('EUR', 1000000000000000, 2, 100),
    ('GBP', 1000000000000000, 2, 100),
    ('HKD', 10000000000000000, 2, 100),
    ('ILS', 10000000000000000, 2, 100),
    ('INR', 10000000000000000, 2, 100),
    ('JPY', 100000000000000000, 0, 1),
    ('KRW', 1000000000000000000, 0, 1),
    ('NOK', 10000000000000000, 2, 100),
    ('NZD', 10000000000000000, 2, 100),
    ('SEK', 10000000000000000, 2, 100),
    ('SGD', 10000000000000000, 2, 100),
    ('USD', 1000000000000000, 2, 100);

CREATE TABLE investments_new (
    fact_id          INTEGER PRIMARY KEY REFERENCES facts (id) ON DELETE CASCADE,
    investor_id      INTEGER NOT NULL REFERENCES entities (id),
    investee_id      INTEGER NOT NULL REFERENCES entities (id),
    amount_low             INTEGER CHECK (amount_low >= 0),      -- whole units; NULL for a fraction of a unit
    amount_high            INTEGER CHECK (amount_high >= 0),
    amount_low_minor       INTEGER CHECK (amount_low_minor >= 0),  -- exact, in minor units (cents)
    amount_high_minor      INTEGER CHECK (amount_high_minor >= 0),
    amount_qualifier       TEXT NOT NULL,
    currency         TEXT CHECK (currency IS NULL OR currency GLOB '[A-Z][A-Z][A-Z]'),
    amount_text      TEXT,                      -- as written; NULL when not given
    stage            TEXT NOT NULL CHECK (stage IN ('completed', 'committed', 'considered',
                                                    'unspecified')),
    stage_cue        TEXT,                      -- the evidence's words it was inferred from
    CHECK ((amount_qualifier IN ('exact', 'approximately') AND amount_high_minor = amount_low_minor)
        OR (amount_qualifier IN ('at_least', 'more_than') AND amount_low_minor IS NOT NULL AND amount_high_minor IS NULL)
        OR (amount_qualifier IN ('at_most', 'less_than') AND amount_low_minor IS NULL AND amount_high_minor IS NOT NULL)
        OR (amount_qualifier = 'between' AND amount_low_minor < amount_high_minor)
        OR (amount_qualifier = 'undisclosed' AND amount_low_minor IS NULL AND amount_high_minor IS NULL)),
    -- whole units only beside the exact value, and in the same order
    CHECK (amount_low IS NULL OR (amount_low_minor IS NOT NULL AND amount_low_minor >= amount_low)),
    CHECK (amount_high IS NULL OR (amount_high_minor IS NOT NULL AND amount_high_minor >= amount_high)),
    CHECK (amount_low IS NULL OR amount_high IS NULL OR amount_low <= amount_high),
    CHECK (amount_qualifier = 'undisclosed' OR currency IS NOT NULL),
    CHECK (stage_cue IS NULL OR stage <> 'unspecified')
) STRICT;

INSERT INTO investments_new (fact_id, investor_id, investee_id, amount_low, amount_high,
                             amount_low_minor, amount_high_minor, amount_qualifier, currency,
                             amount_text, stage, stage_cue)
SELECT fact_id, investor_id, investee_id,
       amount_low, amount_high,
       amount_low * (SELECT minor_per_unit FROM currency_bounds b WHERE b.currency = investments.currency),
       amount_high * (SELECT minor_per_unit FROM currency_bounds b WHERE b.currency = investments.currency),
       amount_qualifier, currency, amount_text, stage, stage_cue
FROM investments;

DROP TABLE investments;
ALTER TABLE investments_new RENAME TO investments;
CREATE INDEX investments_pair ON investments (investor_id, investee_id);
CREATE INDEX investments_investee ON investments (investee_id);

CREATE TABLE datacenters_new (
    fact_id                  INTEGER PRIMARY KEY REFERENCES facts (id) ON DELETE CASCADE,
    operator_id              INTEGER NOT NULL REFERENCES entities (id),
    place_code               TEXT REFERENCES places (code),  -- NULL: no location given
    location_text            TEXT,
    description              TEXT,              -- "le plus grand centre de données du monde"
    count_low                INTEGER CHECK (count_low >= 0),
    count_high               INTEGER CHECK (count_high >= 0),
    count_qualifier          TEXT NOT NULL,
    count_text               TEXT,
    previous_count_low       INTEGER CHECK (previous_count_low >= 0),
    previous_count_high      INTEGER CHECK (previous_count_high >= 0),
    previous_count_qualifier TEXT NOT NULL,
    previous_count_text      TEXT,
    growth_ratio             REAL CHECK (growth_ratio > 0),  -- "doublant" = 2: count / previous_count as stated
    growth_text              TEXT,
    investment_low                     INTEGER CHECK (investment_low >= 0),      -- whole units; NULL for a fraction of a unit
    investment_high                    INTEGER CHECK (investment_high >= 0),
    investment_low_minor               INTEGER CHECK (investment_low_minor >= 0),  -- exact, in minor units (cents)
    investment_high_minor              INTEGER CHECK (investment_high_minor >= 0),
    investment_qualifier               TEXT NOT NULL,
    currency                 TEXT CHECK (currency IS NULL OR currency GLOB '[A-Z][A-Z][A-Z]'),
    investment_text          TEXT,
    beneficiary_id           INTEGER REFERENCES entities (id),
    site                     TEXT,
    locality                 TEXT,
    locality_text            TEXT CHECK (locality_text IS NULL OR locality IS NOT NULL),
    capacity_mw_low          REAL CHECK (capacity_mw_low >= 0),
    capacity_mw_high         REAL CHECK (capacity_mw_high >= 0),
    capacity_qualifier       TEXT NOT NULL DEFAULT 'undisclosed',
    capacity_text            TEXT CHECK (capacity_text IS NOT NULL OR capacity_qualifier = 'undisclosed'),
    status                   TEXT NOT NULL DEFAULT 'unspecified'
        CHECK (status IN ('planned', 'under_construction', 'operating', 'expanded', 'cancelled',
                          'unspecified')),
    status_cue               TEXT CHECK (status_cue IS NULL OR status <> 'unspecified'),
    CHECK ((count_qualifier IN ('exact', 'approximately') AND count_high = count_low)
        OR (count_qualifier IN ('at_least', 'more_than') AND count_low IS NOT NULL AND count_high IS NULL)
        OR (count_qualifier IN ('at_most', 'less_than') AND count_low IS NULL AND count_high IS NOT NULL)
        OR (count_qualifier = 'between' AND count_low < count_high)
        OR (count_qualifier = 'undisclosed' AND count_low IS NULL AND count_high IS NULL)),
    CHECK ((previous_count_qualifier IN ('exact', 'approximately') AND previous_count_high = previous_count_low)
        OR (previous_count_qualifier IN ('at_least', 'more_than') AND previous_count_low IS NOT NULL AND previous_count_high IS NULL)
        OR (previous_count_qualifier IN ('at_most', 'less_than') AND previous_count_low IS NULL AND previous_count_high IS NOT NULL)
        OR (previous_count_qualifier = 'between' AND previous_count_low < previous_count_high)
        OR (previous_count_qualifier = 'undisclosed' AND previous_count_low IS NULL AND previous_count_high IS NULL)),
    CHECK ((capacity_qualifier IN ('exact', 'approximately') AND capacity_mw_high = capacity_mw_low)
        OR (capacity_qualifier IN ('at_least', 'more_than') AND capacity_mw_low IS NOT NULL AND capacity_mw_high IS NULL)
        OR (capacity_qualifier IN ('at_most', 'less_than') AND capacity_mw_low IS NULL AND capacity_mw_high IS NOT NULL)
        OR (capacity_qualifier = 'between' AND capacity_mw_low < capacity_mw_high)
        OR (capacity_qualifier = 'undisclosed' AND capacity_mw_low IS NULL AND capacity_mw_high IS NULL)),
    CHECK ((investment_qualifier IN ('exact', 'approximately') AND investment_high_minor = investment_low_minor)
        OR (investment_qualifier IN ('at_least', 'more_than') AND investment_low_minor IS NOT NULL AND investment_high_minor IS NULL)
        OR (investment_qualifier IN ('at_most', 'less_than') AND investment_low_minor IS NULL AND investment_high_minor IS NOT NULL)
        OR (investment_qualifier = 'between' AND investment_low_minor < investment_high_minor)
        OR (investment_qualifier = 'undisclosed' AND investment_low_minor IS NULL AND investment_high_minor IS NULL)),
    -- whole units only beside the exact value, and in the same order
    CHECK (investment_low IS NULL OR (investment_low_minor IS NOT NULL AND investment_low_minor >= investment_low)),
    CHECK (investment_high IS NULL OR (investment_high_minor IS NOT NULL AND investment_high_minor >= investment_high)),
    CHECK (investment_low IS NULL OR investment_high IS NULL OR investment_low <= investment_high),
    CHECK (investment_qualifier = 'undisclosed' OR currency IS NOT NULL)
) STRICT;

INSERT INTO datacenters_new (fact_id, operator_id, place_code, location_text, description,
                             count_low, count_high, count_qualifier, count_text,
                             previous_count_low, previous_count_high, previous_count_qualifier,
                             previous_count_text, growth_ratio, growth_text,
                             investment_low, investment_high, investment_low_minor,
                             investment_high_minor, investment_qualifier, currency,
                             investment_text, beneficiary_id, site, locality,
                             locality_text, capacity_mw_low, capacity_mw_high,
                             capacity_qualifier, capacity_text, status, status_cue)
SELECT fact_id, operator_id, place_code, location_text, description,
       count_low, count_high, count_qualifier, count_text,
       previous_count_low, previous_count_high, previous_count_qualifier,
       previous_count_text, growth_ratio, growth_text,
       investment_low, investment_high,
       investment_low * (SELECT minor_per_unit FROM currency_bounds b WHERE b.currency = datacenters.currency),
       investment_high * (SELECT minor_per_unit FROM currency_bounds b WHERE b.currency = datacenters.currency),
       investment_qualifier, currency, investment_text, beneficiary_id, site, locality,
       locality_text, capacity_mw_low, capacity_mw_high, capacity_qualifier, capacity_text,
       status, status_cue
FROM datacenters;

DROP TABLE datacenters;
ALTER TABLE datacenters_new RENAME TO datacenters;
CREATE INDEX datacenters_operator ON datacenters (operator_id);
CREATE INDEX datacenters_place ON datacenters (place_code);

CREATE TABLE spending_new (
    fact_id          INTEGER PRIMARY KEY REFERENCES facts (id) ON DELETE CASCADE,
    spender_id       INTEGER NOT NULL REFERENCES entities (id),
    amount_low             INTEGER CHECK (amount_low >= 0),      -- whole units; NULL for a fraction of a unit
    amount_high            INTEGER CHECK (amount_high >= 0),
    amount_low_minor       INTEGER CHECK (amount_low_minor >= 0),  -- exact, in minor units (cents)
    amount_high_minor      INTEGER CHECK (amount_high_minor >= 0),
    amount_qualifier       TEXT NOT NULL,
    currency         TEXT CHECK (currency IS NULL OR currency GLOB '[A-Z][A-Z][A-Z]'),
    amount_text      TEXT,
    purpose          TEXT,
    period           TEXT,
    period_start     INTEGER CHECK (period_start BETWEEN 1800 AND 2200),
    period_end       INTEGER
        CHECK (period_end BETWEEN 1800 AND 2200 AND (period_start IS NULL OR period_start <= period_end)),
    CHECK ((amount_qualifier IN ('exact', 'approximately') AND amount_high_minor = amount_low_minor)
        OR (amount_qualifier IN ('at_least', 'more_than') AND amount_low_minor IS NOT NULL AND amount_high_minor IS NULL)
        OR (amount_qualifier IN ('at_most', 'less_than') AND amount_low_minor IS NULL AND amount_high_minor IS NOT NULL)
        OR (amount_qualifier = 'between' AND amount_low_minor < amount_high_minor)
        OR (amount_qualifier = 'undisclosed' AND amount_low_minor IS NULL AND amount_high_minor IS NULL)),
    -- whole units only beside the exact value, and in the same order
    CHECK (amount_low IS NULL OR (amount_low_minor IS NOT NULL AND amount_low_minor >= amount_low)),
    CHECK (amount_high IS NULL OR (amount_high_minor IS NOT NULL AND amount_high_minor >= amount_high)),
    CHECK (amount_low IS NULL OR amount_high IS NULL OR amount_low <= amount_high),
    CHECK (amount_qualifier = 'undisclosed' OR currency IS NOT NULL)
) STRICT;

INSERT INTO spending_new (fact_id, spender_id, amount_low, amount_high, amount_low_minor,
                          amount_high_minor, amount_qualifier, currency, amount_text, purpose,
                          period, period_start, period_end)
SELECT fact_id, spender_id,
       amount_low, amount_high,
       amount_low * (SELECT minor_per_unit FROM currency_bounds b WHERE b.currency = spending.currency),
       amount_high * (SELECT minor_per_unit FROM currency_bounds b WHERE b.currency = spending.currency),
       amount_qualifier, currency, amount_text, purpose, period, period_start, period_end
FROM spending;

DROP TABLE spending;
ALTER TABLE spending_new RENAME TO spending;
CREATE INDEX spending_spender ON spending (spender_id);

CREATE VIEW investments_v AS
SELECT f.fact_id,
       investor.name AS investor,
       investee.name AS investee,
       i.amount_low, i.amount_high, i.amount_qualifier, i.currency, i.amount_text,
       i.stage,
       f.modality, f.documents, f.quote, f.first_loaded_at,
       i.amount_low_minor, i.amount_high_minor,
       CASE WHEN i.amount_low_minor IS NULL OR b.minor_per_unit IS NULL THEN NULL
            WHEN i.amount_low_minor % b.minor_per_unit = 0 THEN CAST(i.amount_low_minor / b.minor_per_unit AS TEXT)
            ELSE (i.amount_low_minor / b.minor_per_unit) || '.' || printf('%0*d', b.minor_unit, i.amount_low_minor % b.minor_per_unit)
       END AS amount_low_exact,
       CASE WHEN i.amount_high_minor IS NULL OR b.minor_per_unit IS NULL THEN NULL
            WHEN i.amount_high_minor % b.minor_per_unit = 0 THEN CAST(i.amount_high_minor / b.minor_per_unit AS TEXT)
            ELSE (i.amount_high_minor / b.minor_per_unit) || '.' || printf('%0*d', b.minor_unit, i.amount_high_minor % b.minor_per_unit)
       END AS amount_high_exact
FROM investments i
JOIN facts_v f ON f.fact_id = i.fact_id
JOIN entities investor ON investor.id = i.investor_id
JOIN entities investee ON investee.id = i.investee_id
LEFT JOIN currency_bounds b ON b.currency = i.currency;

CREATE VIEW datacenters_v AS
SELECT f.fact_id,
       operator.name AS operator,
       d.place_code,
       p.name_en AS place_name,
       d.location_text,
       d.site,
       d.locality,
       d.locality_text,
       d.description,
       d.count_low, d.count_high, d.count_qualifier,
       d.previous_count_low, d.previous_count_high, d.previous_count_qualifier,
       d.growth_ratio, d.growth_text,
       d.capacity_mw_low, d.capacity_mw_high, d.capacity_qualifier, d.capacity_text,
       d.status, d.status_cue,
       d.investment_low, d.investment_high, d.investment_qualifier, d.currency,
       beneficiary.name AS beneficiary,
       f.modality, f.documents, f.quote, f.first_loaded_at,
       d.investment_low_minor, d.investment_high_minor,
       CASE WHEN d.investment_low_minor IS NULL OR b.minor_per_unit IS NULL THEN NULL
            WHEN d.investment_low_minor % b.minor_per_unit = 0 THEN CAST(d.investment_low_minor / b.minor_per_unit AS TEXT)
            ELSE (d.investment_low_minor / b.minor_per_unit) || '.' || printf('%0*d', b.minor_unit, d.investment_low_minor % b.minor_per_unit)
       END AS investment_low_exact,
       CASE WHEN d.investment_high_minor IS NULL OR b.minor_per_unit IS NULL THEN NULL
            WHEN d.investment_high_minor % b.minor_per_unit = 0 THEN CAST(d.investment_high_minor / b.minor_per_unit AS TEXT)
            ELSE (d.investment_high_minor / b.minor_per_unit) || '.' || printf('%0*d', b.minor_unit, d.investment_high_minor % b.minor_per_unit)
       END AS investment_high_exact
FROM datacenters d
JOIN facts_v f ON f.fact_id = d.fact_id
JOIN entities operator ON operator.id = d.operator_id
LEFT JOIN places p ON p.code = d.place_code
LEFT JOIN entities beneficiary ON beneficiary.id = d.beneficiary_id
LEFT JOIN currency_bounds b ON b.currency = d.currency;

CREATE VIEW spending_v AS
SELECT f.fact_id,
       spender.name AS spender,
       s.amount_low, s.amount_high, s.amount_qualifier, s.currency, s.amount_text,
       s.purpose, s.period,
       f.modality, f.documents, f.quote, f.first_loaded_at,
       s.amount_low_minor, s.amount_high_minor,
       CASE WHEN s.amount_low_minor IS NULL OR b.minor_per_unit IS NULL THEN NULL
            WHEN s.amount_low_minor % b.minor_per_unit = 0 THEN CAST(s.amount_low_minor / b.minor_per_unit AS TEXT)
            ELSE (s.amount_low_minor / b.minor_per_unit) || '.' || printf('%0*d', b.minor_unit, s.amount_low_minor % b.minor_per_unit)
       END AS amount_low_exact,
       CASE WHEN s.amount_high_minor IS NULL OR b.minor_per_unit IS NULL THEN NULL
            WHEN s.amount_high_minor % b.minor_per_unit = 0 THEN CAST(s.amount_high_minor / b.minor_per_unit AS TEXT)
            ELSE (s.amount_high_minor / b.minor_per_unit) || '.' || printf('%0*d', b.minor_unit, s.amount_high_minor % b.minor_per_unit)
       END AS amount_high_exact,
       s.period_start, s.period_end
FROM spending s
JOIN facts_v f ON f.fact_id = s.fact_id
JOIN entities spender ON spender.id = s.spender_id
LEFT JOIN currency_bounds b ON b.currency = s.currency;

UPDATE schema_docs
SET description = 'investment facts: investor, investee, amount range (whole units in amount_low/high, NULL for a fraction of a unit; exact minor units, e.g. cents, in amount_low_minor/high_minor) and currency, stage (given, inferred from the evidence with its cue in stage_cue, or unspecified)'
WHERE name = 'investments';
UPDATE schema_docs
SET description = 'data-centre facts: operator, place, site and locality (city, county, parish), counts now and before, stated growth, capacity in MW, status (given, inferred with its cue, or unspecified), investment (whole units in investment_low/high, NULL for a fraction; exact minor units in investment_low_minor/high_minor), beneficiary'
WHERE name = 'datacenters';
UPDATE schema_docs
SET description = 'spending facts: spender, amount range (whole units in amount_low/high, NULL for a fraction of a unit; exact minor units in amount_low_minor/high_minor) and currency, purpose, period as written and its years period_start..period_end (NULL when not read)'
WHERE name = 'spending';
UPDATE schema_docs
SET description = 'investments with names, amounts (amount_low_exact/high_exact: the exact decimal text, e.g. 4.99), modality, documents and quote'
WHERE name = 'investments_v';
UPDATE schema_docs
SET description = 'data centres with operator, place name, site, locality, counts, capacity, status, investment (investment_low_exact/high_exact: exact decimal text), beneficiary, modality and quote'
WHERE name = 'datacenters_v';
UPDATE schema_docs
SET description = 'spending with names, amounts (amount_low_exact/high_exact: exact decimal text), purpose, period, modality, quote and the period''s years (period_start, period_end)'
WHERE name = 'spending_v';
UPDATE schema_docs
SET description = 'the currencies factdb reads: the largest plausible amount of each (whole units), above which the loader refuses an amount, and its ISO 4217 minor unit (minor_unit decimals, minor_per_unit minor units in one unit)'
WHERE name = 'currency_bounds';

PRAGMA legacy_alter_table = OFF;
