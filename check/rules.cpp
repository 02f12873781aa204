// The consistency rules, in ONE table: name, severity, description and the
// SQL that finds the violations (docs/CHECKS.md explains each).
//
// Invariants:
//   * each SQL is one plain read-only SELECT, runnable as-is in the sqlite3
//     shell, returning (message, fact_ids) as described in rule_sql.h;
//   * the SQL orders its rows (run_checks then orders by facts, stably);
//   * only functions on the read-only connection's allow-list are used
//     (printf, abs, coalesce, min, max, sum, group_concat, round).
//   * a rule may use the bound parameter :draft_threshold
//     (CheckOptions::draft_threshold), nothing else;
// Adding a rule is adding a row here, a section in docs/CHECKS.md and a test
// pair in tests/check/.
#include "check/rule_sql.h"

namespace factdb::check {

const std::vector<RuleSpec>& rule_specs() {
    static const std::vector<RuleSpec> table = {
        {{"stated_growth", Severity::warning,
          "a data centre's stated growth ratio times its previous count is not its count "
          "(exact counts: off by more than 0.5; an approximate count: by more than 10 %)"},
         R"sql(
-- "30 data centres, doubling the 16 first planned": 2 x 16 = 32, not 30.
SELECT operator.name || coalesce(' in ' || place.name_en, '') || ': '
       || CASE WHEN d.count_qualifier = 'approximately' THEN 'about ' ELSE '' END
       || d.count_low || ' data centres stated as '
       || printf('%g', d.growth_ratio) || ' x '
       || CASE WHEN d.previous_count_qualifier = 'approximately' THEN 'about ' ELSE '' END
       || d.previous_count_low || ' = ' || printf('%g', d.growth_ratio * d.previous_count_low)
           AS message,
       d.fact_id AS fact_ids
FROM datacenters d
JOIN entities operator ON operator.id = d.operator_id
LEFT JOIN places place ON place.code = d.place_code
WHERE d.growth_ratio IS NOT NULL
  AND d.count_qualifier IN ('exact', 'approximately')
  AND d.previous_count_qualifier IN ('exact', 'approximately')
  AND abs(d.growth_ratio * d.previous_count_low - d.count_low) >
      CASE WHEN d.count_qualifier = 'exact' AND d.previous_count_qualifier = 'exact'
           THEN 0.5                 -- whole data centres: the product must round to the count
           ELSE 0.1 * d.count_low   -- "about": allow 10 %
      END
ORDER BY d.fact_id
)sql"},

        {{"conflicting_amounts", Severity::warning,
          "one investment (same investor, investee and stage) given amounts that cannot both "
          "be true (disjoint ranges, same currency) by different documents"},
         R"sql(
-- Every disclosed, not negated investment amount as an interval [lo, hi]
-- (NULL = unbounded); "approximately" is widened by 10 % on each side, and
-- "more than" / "less than" exclude their bound.  The documents behind each
-- side are listed only for the pairs found: computed in the CTE, they were
-- looked up for every investment of the database (most of a check's time).
-- Compared in minor units (amount_low_minor: exact, cents), shown as the
-- exact decimal ("4.99", "8000000000").
WITH exact AS (
    SELECT i.*, f.subject_hash, f.subject_key,
           CASE WHEN i.amount_low_minor % b.minor_per_unit = 0 THEN CAST(i.amount_low_minor / b.minor_per_unit AS TEXT) ELSE (i.amount_low_minor / b.minor_per_unit) || '.' || printf('%0*d', b.minor_unit, i.amount_low_minor % b.minor_per_unit) END AS low_text,
           CASE WHEN i.amount_high_minor % b.minor_per_unit = 0 THEN CAST(i.amount_high_minor / b.minor_per_unit AS TEXT) ELSE (i.amount_high_minor / b.minor_per_unit) || '.' || printf('%0*d', b.minor_unit, i.amount_high_minor % b.minor_per_unit) END AS high_text
    FROM investments i
    JOIN facts f ON f.id = i.fact_id
    JOIN currency_bounds b ON b.currency = i.currency
    WHERE i.amount_qualifier <> 'undisclosed' AND f.modality <> 'negated'
),
amounts AS (
    SELECT i.fact_id, i.subject_hash, i.subject_key, i.investor_id, i.investee_id, i.stage, i.currency,
           CASE i.amount_qualifier
               WHEN 'exact' THEN i.low_text
               WHEN 'approximately' THEN 'about ' || i.low_text
               WHEN 'at_least' THEN 'at least ' || i.low_text
               WHEN 'more_than' THEN 'more than ' || i.low_text
               WHEN 'at_most' THEN 'at most ' || i.high_text
               WHEN 'less_than' THEN 'less than ' || i.high_text
               WHEN 'between' THEN 'between ' || i.low_text || ' and ' || i.high_text
           END || ' ' || i.currency AS amount,
           CASE WHEN i.amount_qualifier = 'approximately' THEN i.amount_low_minor * 0.9
                ELSE i.amount_low_minor END AS lo,
           CASE WHEN i.amount_qualifier = 'approximately' THEN i.amount_high_minor * 1.1
                ELSE i.amount_high_minor END AS hi,
           i.amount_qualifier = 'more_than' AS lo_open,
           i.amount_qualifier = 'less_than' AS hi_open
    FROM exact i
)
SELECT investor.name || ' in ' || investee.name || ' (' || a.stage || '): '
       || a.amount || ' (' || (SELECT group_concat(document_id, ', ')
                               FROM (SELECT DISTINCT document_id FROM evidence
                                     WHERE fact_id = a.fact_id ORDER BY document_id))
       || ') vs ' || b.amount || ' (' || (SELECT group_concat(document_id, ', ')
                                          FROM (SELECT DISTINCT document_id FROM evidence
                                                WHERE fact_id = b.fact_id ORDER BY document_id))
       || ')' AS message,
       a.fact_id || ',' || b.fact_id AS fact_ids
FROM amounts a
JOIN amounts b ON b.subject_hash = a.subject_hash AND b.subject_key = a.subject_key
              AND b.fact_id > a.fact_id
              AND b.currency = a.currency
JOIN entities investor ON investor.id = a.investor_id
JOIN entities investee ON investee.id = a.investee_id
WHERE (   -- a ends before b starts, or b ends before a starts
          (a.hi < b.lo OR (a.hi = b.lo AND (a.hi_open OR b.lo_open)))
       OR (b.hi < a.lo OR (b.hi = a.lo AND (b.hi_open OR a.lo_open))))
  AND EXISTS (SELECT 1 FROM evidence ea JOIN evidence eb ON eb.document_id <> ea.document_id
              WHERE ea.fact_id = a.fact_id AND eb.fact_id = b.fact_id)
ORDER BY a.fact_id, b.fact_id
)sql"},

        {{"investment_over_total", Severity::error,
          "a completed investment whose firm lower bound exceeds a stated upper bound "
          "(\"at most\" / \"less than\") on everything the same investor has invested in the "
          "same investee, in the same currency"},
         R"sql(
-- A completed "at most X" / "less than X" investment caps the total the
-- investor has put into the investee; any one completed investment whose
-- firm lower bound (exact, at least, more than, between; not "about") is
-- above the cap contradicts it.  Negated facts state neither.
-- Compared in minor units (exact), shown as exact decimals.
WITH completed AS (
    SELECT i.*,
           CASE WHEN i.amount_low_minor % b.minor_per_unit = 0 THEN CAST(i.amount_low_minor / b.minor_per_unit AS TEXT) ELSE (i.amount_low_minor / b.minor_per_unit) || '.' || printf('%0*d', b.minor_unit, i.amount_low_minor % b.minor_per_unit) END AS low_text,
           CASE WHEN i.amount_high_minor % b.minor_per_unit = 0 THEN CAST(i.amount_high_minor / b.minor_per_unit AS TEXT) ELSE (i.amount_high_minor / b.minor_per_unit) || '.' || printf('%0*d', b.minor_unit, i.amount_high_minor % b.minor_per_unit) END AS high_text
    FROM investments i
    JOIN facts f ON f.id = i.fact_id
    JOIN currency_bounds b ON b.currency = i.currency
    WHERE i.stage = 'completed' AND f.modality <> 'negated'
)
SELECT investor.name || ' in ' || investee.name || ': '
       || CASE x.amount_qualifier WHEN 'exact' THEN '' WHEN 'more_than' THEN 'more than '
                                  ELSE 'at least ' END
       || x.low_text || ' ' || x.currency || ' invested (fact ' || x.fact_id || ') but '
       || CASE cap.amount_qualifier WHEN 'at_most' THEN 'at most ' ELSE 'less than ' END
       || cap.high_text || ' ' || cap.currency || ' in total (fact ' || cap.fact_id || ')'
           AS message,
       x.fact_id || ',' || cap.fact_id AS fact_ids
FROM completed x
JOIN completed cap ON cap.investor_id = x.investor_id AND cap.investee_id = x.investee_id
                  AND cap.currency = x.currency
                  AND cap.amount_qualifier IN ('at_most', 'less_than')
JOIN entities investor ON investor.id = x.investor_id
JOIN entities investee ON investee.id = x.investee_id
WHERE x.amount_qualifier IN ('exact', 'at_least', 'more_than', 'between')
  AND (x.amount_low_minor > cap.amount_high_minor
       OR (x.amount_low_minor = cap.amount_high_minor
           AND (cap.amount_qualifier = 'less_than' OR x.amount_qualifier = 'more_than')))
ORDER BY x.fact_id, cap.fact_id
)sql"},

        {{"stakes_over_100", Severity::error,
          "the stakes held in one company add up to more than 100 % (per holder its highest "
          "stated lower bound, summed across holders; negated facts left out)"},
         R"sql(
-- Several stake facts about one holder describe one holding, so each holder
-- counts once, with the highest lower bound stated for it (SQLite takes the
-- bare fact_id from the row holding that max()).
WITH holdings AS (
    SELECT s.company_id, s.holder_id, max(s.share_low) AS share_low,
           s.share_qualifier = 'more_than' AS strict, s.fact_id
    FROM stakes s
    JOIN facts f ON f.id = s.fact_id
    WHERE s.share_low IS NOT NULL AND f.modality <> 'negated'
    GROUP BY s.company_id, s.holder_id
),
totals AS (
    SELECT company_id, sum(share_low) AS total, max(strict) AS strict
    FROM holdings
    GROUP BY company_id
)
SELECT company.name || ': stakes add up to at least ' || printf('%g', t.total) || ' % ('
       || (SELECT group_concat(part, ', ')
           FROM (SELECT holder.name || ' ' || printf('%g', h.share_low) || ' %' AS part
                 FROM holdings h JOIN entities holder ON holder.id = h.holder_id
                 WHERE h.company_id = t.company_id ORDER BY holder.name)) || ')' AS message,
       (SELECT group_concat(fact_id, ',')
        FROM (SELECT h.fact_id
              FROM holdings h JOIN entities holder ON holder.id = h.holder_id
              WHERE h.company_id = t.company_id ORDER BY holder.name)) AS fact_ids
FROM totals t
JOIN entities company ON company.id = t.company_id
WHERE round(t.total, 6) > 100 OR (round(t.total, 6) = 100 AND t.strict)
ORDER BY company.name
)sql"},

        {{"round_valuation_below_amount", Severity::error,
          "a funding round whose stated post-money valuation is below the amount it raised "
          "(same currency; the post-money value includes the new money, so it is at least the "
          "amount)"},
         R"sql(
-- post-money = pre-money + amount raised, and a pre-money value is never
-- negative: a post-money valuation below the amount cannot both be true.
-- Compared in minor units (exact), the valuation's firm upper bound against
-- the amount's firm lower bound: "about" widens each by 10 %, an open end
-- ("at least" valuation, "at most" amount) never contradicts.  Pre-money or
-- unspecified bases are left alone (a pre-money value may be below the
-- amount).  Negated rounds state neither.  Shown as exact decimals
-- (funding_rounds_v, schema/0017).
WITH rounds AS (
    SELECT r.*,
           CASE r.valuation_qualifier WHEN 'approximately' THEN r.valuation_high_minor * 1.1
                ELSE r.valuation_high_minor END AS value_hi,
           CASE r.amount_qualifier WHEN 'approximately' THEN r.amount_low_minor * 0.9
                ELSE r.amount_low_minor END AS amount_lo
    FROM funding_rounds_v r
    WHERE r.valuation_basis = 'post_money' AND r.modality <> 'negated'
      AND r.valuation_currency = r.currency
)
SELECT r.company || ' (' || r.round || '): post-money valuation of '
       || CASE r.valuation_qualifier WHEN 'exact' THEN '' WHEN 'approximately' THEN 'about '
               WHEN 'at_most' THEN 'at most ' WHEN 'less_than' THEN 'less than '
               ELSE 'between ' || r.valuation_low_exact || ' and ' END
       || r.valuation_high_exact || ' ' || r.valuation_currency || ' is below the '
       || CASE r.amount_qualifier WHEN 'exact' THEN '' WHEN 'approximately' THEN 'about '
               WHEN 'at_least' THEN 'at least ' WHEN 'more_than' THEN 'more than '
               ELSE 'between ' END
       || r.amount_low_exact
       || CASE WHEN r.amount_qualifier = 'between' THEN ' and ' || r.amount_high_exact ELSE '' END
       || ' ' || r.currency || ' it raised' AS message,
       r.fact_id AS fact_ids
FROM rounds r
WHERE r.value_hi < r.amount_lo
   OR (r.value_hi = r.amount_lo
       AND (r.valuation_qualifier = 'less_than' OR r.amount_qualifier = 'more_than'))
ORDER BY r.fact_id
)sql"},

        {{"post_money_below_pre_money", Severity::error,
          "one funding round (same company and round, not 'unspecified') stated with a "
          "post-money valuation below a pre-money valuation that another fact states (same "
          "currency)"},
         R"sql(
-- Two facts of one round, one stating its pre-money and one its post-money
-- valuation: post = pre + amount raised, so post below pre cannot both be
-- true.  Rounds of code 'unspecified' are not paired (two of them may be
-- two rounds); valuation facts have no round and are not paired either.
-- Firm bounds as in round_valuation_below_amount: the post-money's upper
-- bound against the pre-money's lower bound, "about" widened by 10 %.
-- Negated facts state neither.  fact_ids: the pre-money fact, then the
-- post-money one.  Pairs are found on the table (company_id, round); only
-- the facts of a pair are read through funding_rounds_v for their text.
WITH stated AS MATERIALIZED (
    SELECT r.fact_id, r.company_id, r.round, r.valuation_basis, r.valuation_qualifier,
           r.valuation_currency,
           CASE r.valuation_qualifier WHEN 'approximately' THEN r.valuation_low_minor * 0.9
                ELSE r.valuation_low_minor END AS lo,
           CASE r.valuation_qualifier WHEN 'approximately' THEN r.valuation_high_minor * 1.1
                ELSE r.valuation_high_minor END AS hi
    FROM funding_rounds r
    JOIN facts f ON f.id = r.fact_id
    WHERE r.valuation_basis IN ('pre_money', 'post_money') AND r.round <> 'unspecified'
      AND r.valuation_qualifier <> 'undisclosed' AND f.modality <> 'negated'
),
pairs AS MATERIALIZED (
    SELECT pre.fact_id AS pre_id, post.fact_id AS post_id
    FROM stated pre
    JOIN stated post ON post.company_id = pre.company_id AND post.round = pre.round
                    AND post.valuation_currency = pre.valuation_currency
                    AND post.valuation_basis = 'post_money'
    WHERE pre.valuation_basis = 'pre_money'
      AND (post.hi < pre.lo
           OR (post.hi = pre.lo
               AND (post.valuation_qualifier = 'less_than'
                    OR pre.valuation_qualifier = 'more_than')))
)
SELECT post.company || ' (' || post.round || '): post-money valuation of '
       || CASE post.valuation_qualifier WHEN 'exact' THEN '' WHEN 'approximately' THEN 'about '
            WHEN 'at_least' THEN 'at least ' WHEN 'more_than' THEN 'more than '
            WHEN 'at_most' THEN 'at most ' WHEN 'less_than' THEN 'less than '
            ELSE 'between ' END
       || CASE WHEN post.valuation_qualifier IN ('at_most', 'less_than') THEN post.valuation_high_exact
               WHEN post.valuation_qualifier = 'between'
               THEN post.valuation_low_exact || ' and ' || post.valuation_high_exact
               ELSE post.valuation_low_exact END
       || ' ' || post.valuation_currency
       || ' (fact ' || post.fact_id || ') is below the pre-money valuation of '
       || CASE pre.valuation_qualifier WHEN 'exact' THEN '' WHEN 'approximately' THEN 'about '
            WHEN 'at_least' THEN 'at least ' WHEN 'more_than' THEN 'more than '
            WHEN 'at_most' THEN 'at most ' WHEN 'less_than' THEN 'less than '
            ELSE 'between ' END
       || CASE WHEN pre.valuation_qualifier IN ('at_most', 'less_than') THEN pre.valuation_high_exact
               WHEN pre.valuation_qualifier = 'between'
               THEN pre.valuation_low_exact || ' and ' || pre.valuation_high_exact
               ELSE pre.valuation_low_exact END
       || ' ' || pre.valuation_currency
       || ' (fact ' || pre.fact_id || ')' AS message,
       pre.fact_id || ',' || post.fact_id AS fact_ids
FROM pairs p
JOIN funding_rounds_v pre ON pre.fact_id = p.pre_id
JOIN funding_rounds_v post ON post.fact_id = p.post_id
ORDER BY pre.fact_id, post.fact_id
)sql"},

        {{"entity_without_facts", Severity::info,
          "an entity (from a gazetteer or discovered) that takes part in no fact"},
         R"sql(
SELECT e.name || ' (' || e.kind || ', ' || e.origin || ') takes part in no fact' AS message,
       NULL AS fact_ids
FROM entities e
WHERE NOT EXISTS (SELECT 1 FROM fact_entities fe WHERE fe.entity_id = e.id)
ORDER BY e.name
)sql"},

        {{"hedged_in_totals", Severity::warning,
          "a completed investment with an amount but no asserted evidence, which the "
          "stakeholders query still adds to invested_low_total"},
         R"sql(
-- queries/stakeholders.sql sums amount_low_minor over completed investments
-- whatever their modality; investment_totals counts asserted ones only.
SELECT investor.name || ' in ' || investee.name || ': '
       || CASE WHEN i.amount_low_minor % b.minor_per_unit = 0 THEN CAST(i.amount_low_minor / b.minor_per_unit AS TEXT) ELSE (i.amount_low_minor / b.minor_per_unit) || '.' || printf('%0*d', b.minor_unit, i.amount_low_minor % b.minor_per_unit) END || ' ' || i.currency
       || ' completed is at best ' || f.modality
       || ', yet counted in stakeholders.invested_low_total' AS message,
       i.fact_id AS fact_ids
FROM investments i
JOIN facts f ON f.id = i.fact_id
JOIN entities investor ON investor.id = i.investor_id
JOIN entities investee ON investee.id = i.investee_id
JOIN currency_bounds b ON b.currency = i.currency
WHERE i.stage = 'completed' AND i.amount_low_minor IS NOT NULL AND f.modality <> 'asserted'
ORDER BY i.fact_id
)sql"},

        {{"derived_columns", Severity::error,
          "a fact whose stored documents count or first evidence id disagrees with its "
          "evidence rows (the loader keeps them; an edit made outside factdb can break them)"},
         R"sql(
-- facts.documents and facts.first_evidence_id (schema/0007) are what every
-- listing shows; here they are recomputed from evidence, one index probe
-- each per fact.
SELECT 'fact ' || x.id || ' stores ' || x.documents || ' document(s), first evidence '
       || x.first_evidence_id || '; its evidence rows give ' || x.actual_documents
       || ', ' || coalesce(x.actual_first, 'none') AS message,
       x.id AS fact_ids
FROM (SELECT f.id, f.documents, f.first_evidence_id,
             (SELECT count(DISTINCT e.document_id) FROM evidence e WHERE e.fact_id = f.id)
                 AS actual_documents,
             (SELECT min(e.id) FROM evidence e WHERE e.fact_id = f.id) AS actual_first
      FROM facts f) x
WHERE x.actual_documents IS NOT x.documents OR x.actual_first IS NOT x.first_evidence_id
ORDER BY x.id
)sql"},

        {{"implausible_amount", Severity::error,
          "an amount beyond its currency's plausibility bound (currency_bounds; the loader "
          "refuses one, a database made by an earlier factdb or edited outside it may hold one)"},
         R"sql(
-- Every stored amount, both ends, of the tables that hold money,
-- against currency_bounds (schema/0009, 0014), compared in minor units
-- (the exact columns; max_units * minor_per_unit is at most 10^18).  Totals
-- stay exact whatever the amounts (queries/investment_totals.sql), but an
-- amount this large is a typo or hostile and every figure built on it is
-- wrong.
WITH amounts AS (
    SELECT fact_id, 'investment' AS what, amount_low_minor AS low, amount_high_minor AS high,
           currency
    FROM investments
    UNION ALL
    SELECT fact_id, 'data centre investment', investment_low_minor, investment_high_minor,
           currency
    FROM datacenters
    UNION ALL
    SELECT fact_id, 'spending', amount_low_minor, amount_high_minor, currency
    FROM spending
    UNION ALL  -- issue 13: a round's two amounts, each in its own currency
    SELECT fact_id, 'funding round amount', amount_low_minor, amount_high_minor, currency
    FROM funding_rounds
    UNION ALL
    SELECT fact_id, 'funding round valuation', valuation_low_minor, valuation_high_minor,
           valuation_currency
    FROM funding_rounds
    UNION ALL
    SELECT fact_id, 'valuation', amount_low_minor, amount_high_minor, currency
    FROM valuations
)
SELECT 'fact ' || a.fact_id || ': ' || a.what || ' of '
       || CASE WHEN a.low IS NOT NULL AND a.high IS NOT NULL AND a.low <> a.high
               THEN CASE WHEN a.low % b.minor_per_unit = 0 THEN CAST(a.low / b.minor_per_unit AS TEXT) ELSE (a.low / b.minor_per_unit) || '.' || printf('%0*d', b.minor_unit, a.low % b.minor_per_unit) END || ' to ' || CASE WHEN a.high % b.minor_per_unit = 0 THEN CAST(a.high / b.minor_per_unit AS TEXT) ELSE (a.high / b.minor_per_unit) || '.' || printf('%0*d', b.minor_unit, a.high % b.minor_per_unit) END
               ELSE CASE WHEN coalesce(a.low, a.high) % b.minor_per_unit = 0 THEN CAST(coalesce(a.low, a.high) / b.minor_per_unit AS TEXT) ELSE (coalesce(a.low, a.high) / b.minor_per_unit) || '.' || printf('%0*d', b.minor_unit, coalesce(a.low, a.high) % b.minor_per_unit) END END
       || ' ' || a.currency || ' is beyond the plausible maximum of ' || b.max_units || ' '
       || a.currency AS message,
       a.fact_id AS fact_ids
FROM amounts a
JOIN currency_bounds b ON b.currency = a.currency
WHERE a.low > b.max_units * b.minor_per_unit OR a.high > b.max_units * b.minor_per_unit
ORDER BY a.fact_id, a.what
)sql"},

        {{"parent_cycle", Severity::error,
          "an entity whose chain of parents leads back to itself (the loader refuses one; an "
          "edit made outside factdb can make one, and queries that follow parents misread it)"},
         R"sql(
-- Each entity's chain of parents, one step a row, at most as many steps as
-- there are entities; a chain that comes back to its start is a cycle, and
-- every entity on it is reported with the whole chain.
WITH RECURSIVE chain(start, id, depth, path) AS (
    SELECT e.id, e.parent_id, 1, e.name FROM entities e WHERE e.parent_id IS NOT NULL
    UNION ALL
    SELECT c.start, p.parent_id, c.depth + 1, c.path || ' -> ' || p.name
    FROM chain c JOIN entities p ON p.id = c.id
    WHERE c.id <> c.start AND p.parent_id IS NOT NULL
      AND c.depth <= (SELECT count(*) FROM entities)
)
SELECT c.path || ' -> ' || s.name || ' is a cycle of parents' AS message, NULL AS fact_ids
FROM chain c JOIN entities s ON s.id = c.start
WHERE c.id = c.start
ORDER BY s.name
)sql"},

        {{"modality_cue_outside_evidence", Severity::info,
          "a fact whose modality rests on a cue outside its evidence: every evidence row "
          "stating the fact's modality found the deciding words in the sentence, not inside "
          "the quote (docs/NORMALISATION.md §9.2, rules 1 and 3)"},
         R"sql(
-- facts.modality is the most certain modality of the fact's evidence; the
-- rows stating it decide.  A row's cue is outside its evidence when its
-- recorded range (schema/0011) is not within [start_char, end_char); a row
-- loaded before 0011 has no range, and its modality_source ('sentence')
-- says the same.  A fact is listed when all its rows stating its modality
-- are such rows; the first (smallest id) is shown.  Given modalities have
-- no cue and are never listed, nor are facts that a cue inside a quote (or
-- no cue at all: asserted by default) also states.
WITH stating AS (
    SELECT e.fact_id, min(e.id) AS first_id,
           min(e.modality_cue IS NOT NULL AND e.modality_source <> 'given'
               AND coalesce(e.cue_start_char < e.start_char OR e.cue_end_char > e.end_char,
                            e.modality_source = 'sentence')) AS all_outside
    FROM evidence e
    JOIN facts f ON f.id = e.fact_id AND f.modality = e.modality
    GROUP BY e.fact_id
)
SELECT 'fact ' || f.id || ' (claim ' || e.claim_id || ' of ' || e.document_id || ') is '
       || f.modality || ' by the cue ''' || e.modality_cue || ''' '
       || CASE WHEN e.cue_start_char IS NULL
               THEN '(characters not recorded before migration 0011), outside'
               ELSE 'at characters ' || e.cue_start_char || '-' || e.cue_end_char || ', '
                    || CASE WHEN e.cue_start_char < e.end_char AND e.cue_end_char > e.start_char
                            THEN 'partly outside' ELSE 'outside' END
          END
       || ' its evidence at characters ' || e.start_char || '-' || e.end_char
       || ': check that the cue governs the claim, or give the claim its modality' AS message,
       f.id AS fact_ids
FROM stating s
JOIN facts f ON f.id = s.fact_id
JOIN evidence e ON e.id = s.first_id
WHERE s.all_outside
ORDER BY f.id
)sql"},

        {{"low_confidence_draft", Severity::warning,
          "a fact that only drafted evidence states (no curated claim), whose confidence, the "
          "highest of its drafted evidence, is below the threshold (--draft-threshold, "
          "default 0.5): read its quote and confirm it with a curated claim, or drop it"},
         R"sql(
-- A fact's confidence is fact_confidence_v's (schema/0017): 1.0 when any
-- curated evidence states it, so only facts no curated claim states can be
-- listed; else the highest confidence of its drafted evidence.  One pass
-- over evidence; :draft_threshold is bound by run_checks (CheckOptions).
-- The rules that drafted it are listed in name order.
SELECT f.type || ' fact ' || f.id || ' (' || f.summary || '): drafted only, confidence '
       || printf('%g', max(e.confidence)) || ' is below ' || printf('%g', :draft_threshold)
       || ' (rule ' || (SELECT group_concat(r.rule, ', ')
                        FROM (SELECT DISTINCT x.rule FROM evidence x
                              WHERE x.fact_id = e.fact_id ORDER BY x.rule) r) || ')'
           AS message,
       e.fact_id AS fact_ids
FROM evidence e
JOIN facts f ON f.id = e.fact_id
WHERE e.origin = 'drafted'
  AND NOT EXISTS (SELECT 1 FROM evidence c WHERE c.fact_id = e.fact_id AND c.origin = 'curated')
GROUP BY e.fact_id
HAVING max(e.confidence) < :draft_threshold
ORDER BY e.fact_id
)sql"},
        {{"conflicting_acquisition_prices", Severity::error,
          "one acquisition (same acquirer and target) stated completed at two prices that "
          "cannot both be true (disjoint ranges, same currency)"},
         R"sql(
-- A completed acquisition has one price: two completed, not negated
-- statements of it whose amounts, as intervals, do not meet contradict each
-- other, whether one document or two says so.  As conflicting_amounts:
-- "approximately" widened by 10 % each side, "more than" / "less than"
-- exclude their bound, compared in minor units (exact), shown as exact
-- decimals with the documents of each side.  Pairs are found through the
-- target's index, among the completed statements of one target only.
WITH exact AS (
    SELECT a.*,
           CASE WHEN a.amount_low_minor % b.minor_per_unit = 0 THEN CAST(a.amount_low_minor / b.minor_per_unit AS TEXT) ELSE (a.amount_low_minor / b.minor_per_unit) || '.' || printf('%0*d', b.minor_unit, a.amount_low_minor % b.minor_per_unit) END AS low_text,
           CASE WHEN a.amount_high_minor % b.minor_per_unit = 0 THEN CAST(a.amount_high_minor / b.minor_per_unit AS TEXT) ELSE (a.amount_high_minor / b.minor_per_unit) || '.' || printf('%0*d', b.minor_unit, a.amount_high_minor % b.minor_per_unit) END AS high_text
    FROM acquisitions a
    JOIN facts f ON f.id = a.fact_id
    JOIN currency_bounds b ON b.currency = a.currency
    WHERE a.status = 'completed' AND a.amount_qualifier <> 'undisclosed'
      AND f.modality <> 'negated'
),
prices AS (
    SELECT a.fact_id, a.acquirer_id, a.target_id, a.currency,
           CASE a.amount_qualifier
               WHEN 'exact' THEN a.low_text
               WHEN 'approximately' THEN 'about ' || a.low_text
               WHEN 'at_least' THEN 'at least ' || a.low_text
               WHEN 'more_than' THEN 'more than ' || a.low_text
               WHEN 'at_most' THEN 'at most ' || a.high_text
               WHEN 'less_than' THEN 'less than ' || a.high_text
               WHEN 'between' THEN 'between ' || a.low_text || ' and ' || a.high_text
           END || ' ' || a.currency AS amount,
           CASE WHEN a.amount_qualifier = 'approximately' THEN a.amount_low_minor * 0.9
                ELSE a.amount_low_minor END AS lo,
           CASE WHEN a.amount_qualifier = 'approximately' THEN a.amount_high_minor * 1.1
                ELSE a.amount_high_minor END AS hi,
           a.amount_qualifier = 'more_than' AS lo_open,
           a.amount_qualifier = 'less_than' AS hi_open
    FROM exact a
)
SELECT acquirer.name || ' acquiring ' || target.name || ' (completed): '
       || a.amount || ' (' || (SELECT group_concat(document_id, ', ')
                               FROM (SELECT DISTINCT document_id FROM evidence
                                     WHERE fact_id = a.fact_id ORDER BY document_id))
       || ') vs ' || b.amount || ' (' || (SELECT group_concat(document_id, ', ')
                                          FROM (SELECT DISTINCT document_id FROM evidence
                                                WHERE fact_id = b.fact_id ORDER BY document_id))
       || ')' AS message,
       a.fact_id || ',' || b.fact_id AS fact_ids
FROM prices a
JOIN prices b ON b.target_id = a.target_id AND b.acquirer_id = a.acquirer_id
             AND b.fact_id > a.fact_id AND b.currency = a.currency
JOIN entities acquirer ON acquirer.id = a.acquirer_id
JOIN entities target ON target.id = a.target_id
WHERE (a.hi < b.lo OR (a.hi = b.lo AND (a.hi_open OR b.lo_open)))
   OR (b.hi < a.lo OR (b.hi = a.lo AND (b.hi_open OR a.lo_open)))
ORDER BY a.fact_id, b.fact_id
)sql"},
    };
    return table;
}

}  // namespace factdb::check
