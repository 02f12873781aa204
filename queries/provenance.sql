-- name: provenance
-- title: Provenance of a fact
-- description: Each evidence row of a fact: the document, its title, where the quote stands (character offsets), the sentence, the quote and how it was hedged (modality, the cue and where it stands, and whether the cue lay in the evidence, elsewhere in the sentence, or the claim gave the modality).
-- param: fact integer required the fact id (facts.id)
-- param: min_confidence real NULL no row unless the fact's confidence is at least this, 0 to 1 (curated facts count as 1); NULL = all
-- param: curated_only integer 0 with 1, no row unless some curated evidence states the fact
--
-- start and end are character offsets in documents.text, end exclusive:
-- substr(text, start + 1, end - start) is the quote.  The sentence is the
-- text at the row's sentence offsets (stored once, in documents.text).
-- cue_start and cue_end are the modality cue's character offsets, same
-- convention (NULL when the modality was given or nothing decided it, and
-- for rows loaded before migration 0011, whose range was not recorded).
-- origin, rule and confidence (the last three columns, added for issue 14)
-- say how the row came to be: 'curated' (typed by a person: rule and
-- confidence NULL) or 'drafted' (by the drafter's rule, with its confidence).
-- The filters are the fact's, as in every named query: each row of a
-- fact is shown whatever its own origin once the fact passes.
SELECT e.document_id AS document,
       d.title,
       e.start_char AS start,
       e.end_char AS "end",
       substr(d.text, e.sentence_start_char + 1,
              e.sentence_end_char - e.sentence_start_char) AS sentence,
       e.quote,
       e.modality,
       e.modality_cue,
       e.cue_start_char AS cue_start,
       e.cue_end_char AS cue_end,
       e.modality_source,
       e.origin,
       e.rule,
       e.confidence
FROM evidence e
JOIN documents d ON d.id = e.document_id
WHERE e.fact_id = :fact
  AND (:min_confidence IS NULL
       OR (SELECT fc.confidence FROM fact_confidence_v fc WHERE fc.fact_id = e.fact_id) >= :min_confidence)
  AND (:curated_only IS NOT 1
       OR (SELECT fc.origin FROM fact_confidence_v fc WHERE fc.fact_id = e.fact_id) = 'curated')
ORDER BY e.document_id, e.start_char;
