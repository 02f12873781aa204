-- name: funding_rounds
-- title: Funding rounds
-- description: Who raised how much in which round, led by whom and with whom, at what stated valuation and on what basis, as of when (the earliest published date of its documents), how sure, and how many documents say so.
-- param: company entity NULL the company that raised the round (any alias, case and accents ignored); NULL = any
-- param: min_confidence real NULL only facts of at least this confidence, 0 to 1 (curated facts count as 1: docs/QUERIES.md); NULL = all
-- param: curated_only integer 0 with 1, only facts that some curated evidence states (typed by a person, not only drafted)
-- label: company Company
-- label.fr: company Entreprise
-- label: round Round
-- label.fr: round Tour
-- label: amount Amount
-- label.fr: amount Montant
-- label: lead_investors Lead investors
-- label.fr: lead_investors Investisseurs principaux
-- label: participants Participants
-- label: valuation Valuation
-- label.fr: valuation Valorisation
-- label: valuation_basis Basis
-- label.fr: valuation_basis Base
-- label: as_of As of
-- label.fr: as_of À la date du
-- label: modality How sure
-- label.fr: modality Certitude
-- label: quote Quote
-- label.fr: quote Citation
--
-- lead_investors and participants are the investors' canonical names joined
-- with ', ' in alphabetical order (then entity id): the text depends on the
-- fact alone, never on which document was loaded first (a fact's key holds
-- its investors sorted, so two documents listing them in another order are
-- one fact).  NULL when the claim named none.  Amounts are whole units, as
-- in investments (funding_rounds_v has the exact decimal text of every end).
-- as_of: a round has no date of its own, so it is the earliest published
-- date of the documents stating it (NULL when none gives one).
-- chosen reads funding_rounds through funding_rounds_company when a company
-- is given and the whole table only when it is not; the investors come
-- from fact_entities' primary key (fact_id, role, position).
WITH chosen AS (
    SELECT fact_id FROM funding_rounds
    WHERE company_id = (SELECT entity_id FROM entity_aliases WHERE alias_key = :company)
    UNION ALL
    SELECT fact_id FROM funding_rounds WHERE :company IS NULL
),
rounds AS (
    SELECT r.*,
           (SELECT min(d.published) FROM evidence e JOIN documents d ON d.id = e.document_id
            WHERE e.fact_id = r.fact_id) AS as_of
    FROM chosen c
    JOIN funding_rounds r ON r.fact_id = c.fact_id
)
SELECT company.name AS company,
       r.round,
       r.amount_low,
       r.amount_high,
       r.amount_qualifier,
       r.currency,
       (SELECT group_concat(name, ', ') FROM (
            SELECT e.name FROM fact_entities fe JOIN entities e ON e.id = fe.entity_id
            WHERE fe.fact_id = r.fact_id AND fe.role = 'lead_investor'
            ORDER BY e.name, e.id)) AS lead_investors,
       (SELECT group_concat(name, ', ') FROM (
            SELECT e.name FROM fact_entities fe JOIN entities e ON e.id = fe.entity_id
            WHERE fe.fact_id = r.fact_id AND fe.role = 'participant'
            ORDER BY e.name, e.id)) AS participants,
       r.valuation_low,
       r.valuation_high,
       r.valuation_qualifier,
       r.valuation_currency,
       r.valuation_basis,
       r.as_of,
       f.modality,
       f.documents AS documents,
       (SELECT e.quote FROM evidence e WHERE e.id = f.first_evidence_id) AS quote
FROM rounds r
JOIN facts f ON f.id = r.fact_id
JOIN entities company ON company.id = r.company_id
WHERE (:min_confidence IS NULL
       OR (SELECT fc.confidence FROM fact_confidence_v fc WHERE fc.fact_id = f.id) >= :min_confidence)
  AND (:curated_only IS NOT 1
       OR (SELECT fc.origin FROM fact_confidence_v fc WHERE fc.fact_id = f.id) = 'curated')
ORDER BY company.name, r.as_of IS NULL, r.as_of, r.fact_id;
