-- 0015_world_places.sql: the places table holds every ISO 3166-1 country and
-- ISO 3166-2 subdivision (issue 13), not only the US states and a few
-- countries, so a data centre "en Essonne" is FR-91 and "in County Dublin"
-- IE-D.
--
-- The table is rebuilt (a CHECK can only change so; as 0010 and 0014):
--   * code: ISO 3166-1 alpha-2 ("FR") or ISO 3166-2 ("FR-91", "IE-D",
--     "GB-SCT": two letters, a dash, one to three letters or digits);
--   * kind gains 'subdivision' (any ISO 3166-2 entry that is not a US state
--     or DC; the iso-codes type is in subdivision_type);
--   * country_code: the ISO 3166-1 code the place belongs to (itself for a
--     country, 'US' for the states and DC);
--   * subdivision_type: iso-codes' type ("Metropolitan department", "County",
--     "Land", "State"); NULL for countries;
--   * parent_code: the enclosing subdivision iso-codes names (FR-91's is
--     FR-IDF); NULL when none.  Not a foreign key: iso-codes names parents
--     in other countries' forms ("GB-SCT" style), and the rows are filled in
--     one statement each by the loader.
-- Existing rows keep their code, kind, names and postal code; their
-- country_code is filled here.  The ISO rows themselves are not listed in
-- SQL: the loader adds the missing ones from the compiled table
-- (lang/iso3166.h, generated from Debian's iso-codes) when it opens a
-- database for writing (loader/places_table.cpp, docs/SCHEMA.md says why).
PRAGMA legacy_alter_table = ON;

CREATE TABLE places_new (
    code             TEXT PRIMARY KEY CHECK (code GLOB '[A-Z][A-Z]'
                                             OR code GLOB '[A-Z][A-Z]-[A-Z0-9]'
                                             OR code GLOB '[A-Z][A-Z]-[A-Z0-9][A-Z0-9]'
                                             OR code GLOB '[A-Z][A-Z]-[A-Z0-9][A-Z0-9][A-Z0-9]'),
    kind             TEXT NOT NULL CHECK (kind IN ('state', 'district', 'country', 'subdivision')),
    name_en          TEXT NOT NULL,
    name_fr          TEXT NOT NULL,
    postal           TEXT UNIQUE CHECK (postal IS NULL OR postal GLOB '[A-Z][A-Z]'),
    country_code     TEXT NOT NULL CHECK (country_code GLOB '[A-Z][A-Z]'),
    subdivision_type TEXT CHECK ((kind = 'country') = (subdivision_type IS NULL)),
    parent_code      TEXT CHECK (parent_code IS NULL OR parent_code <> code)
) STRICT;

INSERT INTO places_new (code, kind, name_en, name_fr, postal, country_code, subdivision_type, parent_code)
SELECT code, kind, name_en, name_fr, postal,
       CASE WHEN kind = 'country' THEN code ELSE substr(code, 1, 2) END,
       CASE kind WHEN 'state' THEN 'State' WHEN 'district' THEN 'District' END,
       NULL
FROM places;

DROP TABLE places;
ALTER TABLE places_new RENAME TO places;
CREATE INDEX places_country ON places (country_code);

PRAGMA legacy_alter_table = OFF;

UPDATE schema_docs
SET description = 'reference data: ISO 3166-1 countries and ISO 3166-2 subdivisions (US states and DC with USPS codes, French départements and régions, Irish counties, German Länder, ...): code, kind, English and French names, country, iso-codes subdivision type, parent'
WHERE name = 'places';
