-- 0011_modality_cues.sql: an evidence row keeps where its modality cue
-- stands in the text, not only its words (issue 12).
--
-- modality_cue holds the words that decided an inferred modality, as
-- written; modality_source says whether they lay inside the quote
-- ('evidence'), elsewhere in the sentence ('sentence'), or whether the claim
-- gave its modality itself ('given': no cue) or nothing was found
-- ('default': asserted, no cue).  The words alone do not say which of their
-- occurrences decided ("would ... would"), so a row now also stores the
-- cue's character range in documents.text, with the same convention as
-- start_char/end_char and the sentence offsets of 0008: code points, end
-- exclusive, so
--     substr(d.text, cue_start_char + 1, cue_end_char - cue_start_char)
-- is modality_cue.  The range lies in the row's sentence; both ends are NULL
-- exactly when there is no cue (given and default rows).
--
-- Existing rows: their cue words are kept as they are, and their range is
-- NULL: it was not recorded before migration 0011.  It is not searched for
-- in the text, since a cue that occurs twice in its sentence would give a
-- guessed range.  `factdb check` (modality_cue_outside_evidence) still reads
-- such rows by their modality_source.
--
-- Plain ADD COLUMNs (no rebuild): the new columns are nullable, their CHECKs
-- hold on every existing row (NULL), and evidence keeps its ids, triggers
-- and full-text index.  evidence_v is recreated to show the range after the
-- cue.

ALTER TABLE evidence ADD COLUMN cue_start_char INTEGER
    CHECK (cue_start_char IS NULL
           OR (modality_cue IS NOT NULL
               AND cue_start_char BETWEEN sentence_start_char AND sentence_end_char));

ALTER TABLE evidence ADD COLUMN cue_end_char INTEGER
    CHECK ((cue_end_char IS NULL) = (cue_start_char IS NULL)
           AND (cue_end_char IS NULL
                OR (cue_end_char > cue_start_char AND cue_end_char <= sentence_end_char)));

DROP VIEW evidence_v;

CREATE VIEW evidence_v AS
SELECT e.id AS evidence_id,
       e.fact_id,
       f.type,
       f.summary,
       e.document_id,
       d.title,
       d.published,
       e.claim_id,
       e.start_char,
       e.end_char,
       e.quote,
       substr(d.text, e.sentence_start_char + 1,
              e.sentence_end_char - e.sentence_start_char) AS sentence,
       e.modality,
       e.modality_cue,
       e.cue_start_char,
       e.cue_end_char,
       e.modality_source,
       e.note
FROM evidence e
JOIN facts f ON f.id = e.fact_id
JOIN documents d ON d.id = e.document_id;

UPDATE schema_docs
SET description = 'where and how a document states a fact: character offsets of the quote and of its sentence in documents.text, the quote, modality, its cue (modality_cue) and the cue''s character offsets (cue_start_char, cue_end_char; NULL without a cue, and for rows loaded before migration 0011), and modality_source (given by the claim, or the cue lay in the evidence or elsewhere in the sentence, or none: default)'
WHERE name = 'evidence';

UPDATE schema_docs
SET description = 'evidence with its fact summary, document title, sentence, and modality cue with its character offsets'
WHERE name = 'evidence_v';
