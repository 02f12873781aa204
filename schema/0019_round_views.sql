-- 0019_round_views.sql: the views of funding rounds and valuations (issue 13),
-- for ad-hoc SQL, in the style of 0003/0014's *_v views.  Views only: no
-- table is rebuilt, so nothing stored changes and an upgrade cannot lose a
-- row.
--
-- * funding_rounds_v: one row per funding-round fact, the company's and the
--   investors' canonical names (lead_investors, participants: joined with
--   ', ' in alphabetical order of the canonical name, then entity id, so the
--   text depends on the fact alone, never on which document was loaded
--   first), both amounts with their *_exact decimal text (as 0014), the
--   valuation basis, as_of and as_of_source.
-- * valuations_v: one row per valuation fact, and one per funding-round fact
--   that states a valuation (valuation_qualifier <> 'undisclosed'), so that
--   a company's valuation history is one view.  source says which
--   ('valuation' | 'funding_round'); basis is the valuation's basis or the
--   round's valuation_basis; round is the round's code (NULL for a
--   valuation fact).
-- * as_of: a valuation's own as_of when the claim gave one (as_of_source
--   'fact'), else the earliest published date of the documents stating the
--   fact (as_of_source 'document', as the fact_dates view of 0013 does), else
--   NULL.  A round has no date of its own: its as_of is always the
--   document's.  Dates are text 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD', which sort
--   in time order ('2024' before '2024-01').
-- * The published date is read per fact through evidence_fact (fact_id,
--   document_id) and documents' primary key, so a view filtered on one
--   company costs that company's facts only (funding_rounds_company,
--   valuations_company, 0016).
--
-- * fact_dates (0013) is recreated so that a valuation's own as_of is its
--   fact_date (as a founding's year is): every view and query that asks
--   fact_dates for a fact's "as of" gets the same date valuations_v shows.
--
-- schema_docs rows describe the two views (a test checks every view has one).

CREATE VIEW funding_rounds_v AS
SELECT f.fact_id,
       company.name AS company,
       r.round,
       r.amount_low, r.amount_high, r.amount_qualifier, r.currency, r.amount_text,
       r.amount_low_minor, r.amount_high_minor,
       CASE WHEN r.amount_low_minor IS NULL OR b.minor_per_unit IS NULL THEN NULL
            WHEN r.amount_low_minor % b.minor_per_unit = 0 THEN CAST(r.amount_low_minor / b.minor_per_unit AS TEXT)
            ELSE (r.amount_low_minor / b.minor_per_unit) || '.' || printf('%0*d', b.minor_unit, r.amount_low_minor % b.minor_per_unit)
       END AS amount_low_exact,
       CASE WHEN r.amount_high_minor IS NULL OR b.minor_per_unit IS NULL THEN NULL
            WHEN r.amount_high_minor % b.minor_per_unit = 0 THEN CAST(r.amount_high_minor / b.minor_per_unit AS TEXT)
            ELSE (r.amount_high_minor / b.minor_per_unit) || '.' || printf('%0*d', b.minor_unit, r.amount_high_minor % b.minor_per_unit)
       END AS amount_high_exact,
       (SELECT group_concat(name, ', ') FROM (
            SELECT e.name FROM fact_entities fe JOIN entities e ON e.id = fe.entity_id
            WHERE fe.fact_id = r.fact_id AND fe.role = 'lead_investor'
            ORDER BY e.name, e.id)) AS lead_investors,
       (SELECT group_concat(name, ', ') FROM (
            SELECT e.name FROM fact_entities fe JOIN entities e ON e.id = fe.entity_id
            WHERE fe.fact_id = r.fact_id AND fe.role = 'participant'
            ORDER BY e.name, e.id)) AS participants,
       r.valuation_low, r.valuation_high, r.valuation_qualifier, r.valuation_currency,
       r.valuation_text,
       r.valuation_low_minor, r.valuation_high_minor,
       CASE WHEN r.valuation_low_minor IS NULL OR vb.minor_per_unit IS NULL THEN NULL
            WHEN r.valuation_low_minor % vb.minor_per_unit = 0 THEN CAST(r.valuation_low_minor / vb.minor_per_unit AS TEXT)
            ELSE (r.valuation_low_minor / vb.minor_per_unit) || '.' || printf('%0*d', vb.minor_unit, r.valuation_low_minor % vb.minor_per_unit)
       END AS valuation_low_exact,
       CASE WHEN r.valuation_high_minor IS NULL OR vb.minor_per_unit IS NULL THEN NULL
            WHEN r.valuation_high_minor % vb.minor_per_unit = 0 THEN CAST(r.valuation_high_minor / vb.minor_per_unit AS TEXT)
            ELSE (r.valuation_high_minor / vb.minor_per_unit) || '.' || printf('%0*d', vb.minor_unit, r.valuation_high_minor % vb.minor_per_unit)
       END AS valuation_high_exact,
       r.valuation_basis,
       (SELECT min(d.published) FROM evidence e JOIN documents d ON d.id = e.document_id
        WHERE e.fact_id = r.fact_id) AS as_of,
       CASE WHEN EXISTS (SELECT 1 FROM evidence e JOIN documents d ON d.id = e.document_id
                         WHERE e.fact_id = r.fact_id AND d.published IS NOT NULL)
            THEN 'document' END AS as_of_source,
       f.modality, f.documents, f.quote, f.first_loaded_at
FROM funding_rounds r
JOIN facts_v f ON f.fact_id = r.fact_id
JOIN entities company ON company.id = r.company_id
LEFT JOIN currency_bounds b ON b.currency = r.currency
LEFT JOIN currency_bounds vb ON vb.currency = r.valuation_currency;

CREATE VIEW valuations_v AS
SELECT x.fact_id,
       x.source,
       company.name AS company,
       x.amount_low, x.amount_high, x.amount_qualifier, x.currency, x.amount_text,
       x.amount_low_minor, x.amount_high_minor,
       CASE WHEN x.amount_low_minor IS NULL OR b.minor_per_unit IS NULL THEN NULL
            WHEN x.amount_low_minor % b.minor_per_unit = 0 THEN CAST(x.amount_low_minor / b.minor_per_unit AS TEXT)
            ELSE (x.amount_low_minor / b.minor_per_unit) || '.' || printf('%0*d', b.minor_unit, x.amount_low_minor % b.minor_per_unit)
       END AS amount_low_exact,
       CASE WHEN x.amount_high_minor IS NULL OR b.minor_per_unit IS NULL THEN NULL
            WHEN x.amount_high_minor % b.minor_per_unit = 0 THEN CAST(x.amount_high_minor / b.minor_per_unit AS TEXT)
            ELSE (x.amount_high_minor / b.minor_per_unit) || '.' || printf('%0*d', b.minor_unit, x.amount_high_minor % b.minor_per_unit)
       END AS amount_high_exact,
       x.basis,
       x.round,
       coalesce(x.as_of, x.published) AS as_of,
       CASE WHEN x.as_of IS NOT NULL THEN 'fact'
            WHEN x.published IS NOT NULL THEN 'document' END AS as_of_source,
       f.modality, f.documents, f.quote, f.first_loaded_at
FROM (
    SELECT v.fact_id, 'valuation' AS source, v.company_id,
           v.amount_low, v.amount_high, v.amount_qualifier, v.currency, v.amount_text,
           v.amount_low_minor, v.amount_high_minor, v.basis, NULL AS round, v.as_of,
           (SELECT min(d.published) FROM evidence e JOIN documents d ON d.id = e.document_id
            WHERE e.fact_id = v.fact_id) AS published
    FROM valuations v
    UNION ALL
    SELECT r.fact_id, 'funding_round', r.company_id,
           r.valuation_low, r.valuation_high, r.valuation_qualifier, r.valuation_currency,
           r.valuation_text, r.valuation_low_minor, r.valuation_high_minor, r.valuation_basis,
           r.round, NULL,
           (SELECT min(d.published) FROM evidence e JOIN documents d ON d.id = e.document_id
            WHERE e.fact_id = r.fact_id)
    FROM funding_rounds r
    WHERE r.valuation_qualifier <> 'undisclosed'
) x
JOIN facts_v f ON f.fact_id = x.fact_id
JOIN entities company ON company.id = x.company_id
LEFT JOIN currency_bounds b ON b.currency = x.currency;

DROP VIEW fact_dates;
CREATE VIEW fact_dates AS
SELECT x.fact_id,
       x.type,
       x.fact_date,
       x.first_published,
       x.last_published,
       coalesce(x.fact_date, x.first_published) AS as_of,
       CASE WHEN x.fact_date IS NOT NULL THEN 'fact'
            WHEN x.first_published IS NOT NULL THEN 'document' END AS as_of_source
FROM (
    SELECT f.id AS fact_id,
           f.type,
           coalesce((SELECT printf('%04d', fo.year) FROM foundings fo WHERE fo.fact_id = f.id),
                    (SELECT v.as_of FROM valuations v WHERE v.fact_id = f.id)) AS fact_date,
           (SELECT min(d.published) FROM evidence e JOIN documents d ON d.id = e.document_id
            WHERE e.fact_id = f.id) AS first_published,
           (SELECT max(d.published) FROM evidence e JOIN documents d ON d.id = e.document_id
            WHERE e.fact_id = f.id) AS last_published
    FROM facts f
) x;

UPDATE schema_docs
SET description = 'the "as of" date of every fact: its own date (a founding''s year, a valuation''s as_of) else the earliest published date of its documents, with both published dates and which one decided'
WHERE name = 'fact_dates';

INSERT INTO schema_docs (name, description) VALUES
    ('funding_rounds_v', 'funding rounds with the company, round, amount raised and valuation (*_exact: exact decimal text), lead_investors and participants (canonical names joined with '', '', alphabetical), valuation_basis, as_of (the earliest published date of its documents), modality, documents and quote'),
    ('valuations_v', 'every stated valuation of a company: valuation facts and funding rounds that state one (source valuation | funding_round; round), amount (*_exact), basis, as_of (the fact''s own date, else the earliest published date of its documents; as_of_source fact | document), modality and quote');
