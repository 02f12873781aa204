-- 0009_currency_bounds.sql: the currencies factdb reads, each with its
-- plausibility bound (issue 11, defect 6).
--
-- max_units is the largest amount, in whole units of the currency, that the
-- loader stores (lang/money.cpp's table, the same rows: a test compares
-- them).  Larger amounts are refused at load as implausible, which is what
-- keeps every total exact; the check rule implausible_amount finds the ones
-- a database made by an earlier factdb (or edited outside it) still holds.
-- docs/NORMALISATION.md, "Plausibility bounds of amounts", says why these
-- values.  Not a foreign key of the typed tables: a bound is a rule of the
-- loader, not a constraint an existing row could be made to break.

CREATE TABLE currency_bounds (
    currency  TEXT PRIMARY KEY CHECK (currency GLOB '[A-Z][A-Z][A-Z]'),
    max_units INTEGER NOT NULL CHECK (max_units > 0)
) STRICT;

INSERT INTO currency_bounds (currency, max_units) VALUES
    ('USD', 1000000000000000),
    ('CAD', 1000000000000000),
    ('EUR', 1000000000000000),
    ('GBP', 1000000000000000),
    ('JPY', 100000000000000000),
    ('CNY', 10000000000000000),
    ('CHF', 1000000000000000);

INSERT INTO schema_docs (name, description) VALUES
    ('currency_bounds', 'the currencies factdb reads and the largest plausible amount of each (whole units), above which the loader refuses an amount');
