-- 0013_roles_in_time.sql: people and organisations in time (issue 13).
--
-- * roles gain tense (current | former | incoming), the evidence's words it
--   was inferred from (tense_cue, NULL when the claim gave it or nothing was
--   read) and an optional start_year.  Stored roles were all read as
--   current: they get 'current' and no cue.
-- * partnerships gain name_id: the joint venture or programme the
--   partnership is ("Stargate"), an entity, also in fact_entities with the
--   new role 'venture' (so `entity` shows it).  fact_entities' role CHECK can
--   only change by a rebuild (as 0010 did for investments): new table, copy,
--   drop, rename, index.  Nothing references fact_entities; the views that
--   read it (foundings_v, partnerships_v) name it and are unchanged.
-- * fact_dates, a new view: the "as of" of every fact, its own date where it
--   has one (a founding's year), else the earliest published date of the
--   documents stating it.
-- * spending gains period_start and period_end, the years of its period
--   (lang/period.h).  Stored rows keep their period text with NULL years:
--   the years are read by the loader, so reloading a document fills them.
--
-- ADD COLUMN for roles, partnerships and spending: those tables are not
-- rebuilt here, so a branch that rebuilds one of them (spending's money
-- columns) must carry period_start and period_end with their CHECKs.
-- Views recreated: roles_v, partnerships_v (their new columns).  New view:
-- fact_dates.

ALTER TABLE roles ADD COLUMN tense TEXT NOT NULL DEFAULT 'current'
    CHECK (tense IN ('current', 'former', 'incoming'));
ALTER TABLE roles ADD COLUMN tense_cue TEXT CHECK (tense_cue IS NULL OR tense <> 'current');
ALTER TABLE roles ADD COLUMN start_year INTEGER CHECK (start_year BETWEEN 1800 AND 2200);

DROP VIEW roles_v;
CREATE VIEW roles_v AS
SELECT f.fact_id,
       person.name AS person,
       r.title,
       organization.name AS organization,
       r.tense, r.tense_cue, r.start_year,
       f.modality, f.documents, f.quote, f.first_loaded_at
FROM roles r
JOIN facts_v f ON f.fact_id = r.fact_id
JOIN entities person ON person.id = r.person_id
LEFT JOIN entities organization ON organization.id = r.organization_id;

UPDATE schema_docs
SET description = 'people and the title they hold at an organisation: tense (current, former, incoming; given, or inferred from the words governing the title with its cue in tense_cue) and start_year'
WHERE name = 'roles';
UPDATE schema_docs
SET description = 'people with title and organisation, tense, tense cue, start year, modality and quote'
WHERE name = 'roles_v';

-- ---------------------------------------------------------------- partnership names

ALTER TABLE partnerships ADD COLUMN name_id INTEGER REFERENCES entities (id);
CREATE INDEX partnerships_name ON partnerships (name_id);

PRAGMA legacy_alter_table = ON;

CREATE TABLE fact_entities_new (
    fact_id   INTEGER NOT NULL REFERENCES facts (id) ON DELETE CASCADE,
    role      TEXT NOT NULL CHECK (role IN ('investor', 'investee', 'holder', 'company',
                                            'operator', 'beneficiary', 'spender', 'person',
                                            'organization', 'founder', 'founders_from',
                                            'product', 'competitor', 'competitor_organization',
                                            'provider', 'recipient', 'subject', 'party',
                                            'speaker', 'venture')),
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

DROP VIEW partnerships_v;
CREATE VIEW partnerships_v AS
SELECT f.fact_id,
       (SELECT group_concat(name, ', ') FROM (
            SELECT e.name FROM fact_entities fe JOIN entities e ON e.id = fe.entity_id
            WHERE fe.fact_id = p.fact_id AND fe.role = 'party' ORDER BY fe.position)) AS parties,
       p.purpose,
       venture.name AS name,
       f.modality, f.documents, f.quote, f.first_loaded_at
FROM partnerships p
JOIN facts_v f ON f.fact_id = p.fact_id
LEFT JOIN entities venture ON venture.id = p.name_id;

UPDATE schema_docs
SET description = 'partnership facts (parties in fact_entities), their purpose and name_id: the venture the partnership is (an entity, role venture in fact_entities)'
WHERE name = 'partnerships';
UPDATE schema_docs
SET description = 'partnerships with their parties, purpose and name (the venture)'
WHERE name = 'partnerships_v';
UPDATE schema_docs
SET description = 'every entity taking part in a fact, with its role (investor, holder, operator, founder, party, venture...)'
WHERE name = 'fact_entities';

-- ---------------------------------------------------------------- fact dates

-- One row per fact.  fact_date: the fact's own date (a founding's year),
-- NULL for a fact without one; first_published / last_published: the
-- earliest and latest published date of the documents stating it (NULL
-- when none gives one); as_of: fact_date, else first_published;
-- as_of_source: 'fact', 'document' or NULL.  Dates are text, 'YYYY' or
-- 'YYYY-MM-DD', which sort in time order.
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
           (SELECT printf('%04d', fo.year) FROM foundings fo WHERE fo.fact_id = f.id) AS fact_date,
           (SELECT min(d.published) FROM evidence e JOIN documents d ON d.id = e.document_id
            WHERE e.fact_id = f.id) AS first_published,
           (SELECT max(d.published) FROM evidence e JOIN documents d ON d.id = e.document_id
            WHERE e.fact_id = f.id) AS last_published
    FROM facts f
) x;

INSERT INTO schema_docs (name, description) VALUES
    ('fact_dates', 'the "as of" date of every fact: its own date (a founding''s year) else the earliest published date of its documents, with both published dates and which one decided');

-- ---------------------------------------------------------------- spending periods

ALTER TABLE spending ADD COLUMN period_start INTEGER CHECK (period_start BETWEEN 1800 AND 2200);
ALTER TABLE spending ADD COLUMN period_end INTEGER
    CHECK (period_end BETWEEN 1800 AND 2200 AND (period_start IS NULL OR period_start <= period_end));

UPDATE schema_docs
SET description = 'spending facts: spender, amount range and currency, purpose, period as written and its years period_start..period_end (NULL when not read)'
WHERE name = 'spending';
