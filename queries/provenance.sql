-- name: provenance
-- title: Provenance of a fact
-- description: Each evidence row of a fact: the document, its title, where the quote stands (character offsets), the sentence, the quote and how it was hedged (modality, the cue and where it stands, and whether the cue lay in the evidence, elsewhere in the sentence, or the claim gave the modality).
-- param: fact integer required the fact id (facts.id)
--
-- start and end are character offsets in documents.text, end exclusive:
-- substr(text, start + 1, end - start) is the quote.  The sentence is the
-- text at the row's sentence offsets (stored once, in documents.text).
-- cue_start and cue_end are the modality cue's character offsets, same
-- convention (NULL when the modality was given or nothing decided it, and
-- for rows loaded before migration 0011, whose range was not recorded).
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
       e.modality_source
FROM evidence e
JOIN documents d ON d.id = e.document_id
WHERE e.fact_id = :fact
ORDER BY e.document_id, e.start_char;
