-- 0003_views.sql: views that join names in, for ad-hoc SQL.
--
-- One view per claim type (<type>s_v), plus facts_v and evidence_v.  Each
-- typed view has the fact id, the participants' canonical names, the typed
-- columns, the fact's modality (the most certain of its evidence), how many
-- documents state it and the earliest evidence quote.  They are plain joins:
-- anything they show can be had from the tables, and they hold no logic the
-- named queries depend on.

CREATE VIEW facts_v AS
SELECT f.id AS fact_id,
       f.type,
       f.summary,
       f.modality,
       (SELECT count(DISTINCT e.document_id) FROM evidence e WHERE e.fact_id = f.id) AS documents,
       (SELECT count(*) FROM evidence e WHERE e.fact_id = f.id) AS evidence_count,
       (SELECT e.quote FROM evidence e WHERE e.fact_id = f.id ORDER BY e.id LIMIT 1) AS quote,
       f.first_loaded_at,
       f.fact_key,
       f.subject_key
FROM facts f;

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
       e.sentence,
       e.modality,
       e.modality_cue,
       e.modality_source,
       e.note
FROM evidence e
JOIN facts f ON f.id = e.fact_id
JOIN documents d ON d.id = e.document_id;

CREATE VIEW investments_v AS
SELECT f.fact_id,
       investor.name AS investor,
       investee.name AS investee,
       i.amount_low, i.amount_high, i.amount_qualifier, i.currency, i.amount_text,
       i.stage,
       f.modality, f.documents, f.quote, f.first_loaded_at
FROM investments i
JOIN facts_v f ON f.fact_id = i.fact_id
JOIN entities investor ON investor.id = i.investor_id
JOIN entities investee ON investee.id = i.investee_id;

CREATE VIEW stakes_v AS
SELECT f.fact_id,
       holder.name AS holder,
       company.name AS company,
       s.relation, s.share_low, s.share_high, s.share_qualifier, s.share_text,
       f.modality, f.documents, f.quote, f.first_loaded_at
FROM stakes s
JOIN facts_v f ON f.fact_id = s.fact_id
JOIN entities holder ON holder.id = s.holder_id
JOIN entities company ON company.id = s.company_id;

CREATE VIEW datacenters_v AS
SELECT f.fact_id,
       operator.name AS operator,
       d.place_code,
       p.name_en AS place_name,
       d.location_text,
       d.description,
       d.count_low, d.count_high, d.count_qualifier,
       d.previous_count_low, d.previous_count_high, d.previous_count_qualifier,
       d.growth_ratio, d.growth_text,
       d.investment_low, d.investment_high, d.investment_qualifier, d.currency,
       beneficiary.name AS beneficiary,
       f.modality, f.documents, f.quote, f.first_loaded_at
FROM datacenters d
JOIN facts_v f ON f.fact_id = d.fact_id
JOIN entities operator ON operator.id = d.operator_id
LEFT JOIN places p ON p.code = d.place_code
LEFT JOIN entities beneficiary ON beneficiary.id = d.beneficiary_id;

CREATE VIEW spending_v AS
SELECT f.fact_id,
       spender.name AS spender,
       s.amount_low, s.amount_high, s.amount_qualifier, s.currency, s.amount_text,
       s.purpose, s.period,
       f.modality, f.documents, f.quote, f.first_loaded_at
FROM spending s
JOIN facts_v f ON f.fact_id = s.fact_id
JOIN entities spender ON spender.id = s.spender_id;

CREATE VIEW roles_v AS
SELECT f.fact_id,
       person.name AS person,
       r.title,
       organization.name AS organization,
       f.modality, f.documents, f.quote, f.first_loaded_at
FROM roles r
JOIN facts_v f ON f.fact_id = r.fact_id
JOIN entities person ON person.id = r.person_id
LEFT JOIN entities organization ON organization.id = r.organization_id;

CREATE VIEW foundings_v AS
SELECT f.fact_id,
       organization.name AS organization,
       fo.year,
       fo.founders_count_low, fo.founders_count_high, fo.founders_count_qualifier,
       (SELECT group_concat(name, ', ') FROM (
            SELECT e.name FROM fact_entities fe JOIN entities e ON e.id = fe.entity_id
            WHERE fe.fact_id = fo.fact_id AND fe.role = 'founder' ORDER BY fe.position)) AS founders,
       origin.name AS founders_from,
       f.modality, f.documents, f.quote, f.first_loaded_at
FROM foundings fo
JOIN facts_v f ON f.fact_id = fo.fact_id
JOIN entities organization ON organization.id = fo.organization_id
LEFT JOIN entities origin ON origin.id = fo.founders_from_id;

CREATE VIEW products_v AS
SELECT f.fact_id,
       organization.name AS organization,
       product.name AS product,
       pr.description,
       competitor.name AS competitor,
       competitor_org.name AS competitor_organization,
       f.modality, f.documents, f.quote, f.first_loaded_at
FROM products pr
JOIN facts_v f ON f.fact_id = pr.fact_id
JOIN entities organization ON organization.id = pr.organization_id
JOIN entities product ON product.id = pr.product_id
LEFT JOIN entities competitor ON competitor.id = pr.competitor_id
LEFT JOIN entities competitor_org ON competitor_org.id = pr.competitor_organization_id;

CREATE VIEW supplies_v AS
SELECT f.fact_id,
       provider.name AS provider,
       recipient.name AS recipient,
       s.item, s.item_text,
       subject.name AS subject,
       f.modality, f.documents, f.quote, f.first_loaded_at
FROM supplies s
JOIN facts_v f ON f.fact_id = s.fact_id
JOIN entities provider ON provider.id = s.provider_id
JOIN entities recipient ON recipient.id = s.recipient_id
LEFT JOIN entities subject ON subject.id = s.subject_id;

CREATE VIEW partnerships_v AS
SELECT f.fact_id,
       (SELECT group_concat(name, ', ') FROM (
            SELECT e.name FROM fact_entities fe JOIN entities e ON e.id = fe.entity_id
            WHERE fe.fact_id = p.fact_id AND fe.role = 'party' ORDER BY fe.position)) AS parties,
       p.purpose,
       f.modality, f.documents, f.quote, f.first_loaded_at
FROM partnerships p
JOIN facts_v f ON f.fact_id = p.fact_id;

CREATE VIEW quotes_v AS
SELECT f.fact_id,
       speaker.name AS speaker,
       q.speaker_description,
       organization.name AS organization,
       q.text,
       f.modality, f.documents, f.quote, f.first_loaded_at
FROM quotes q
JOIN facts_v f ON f.fact_id = q.fact_id
LEFT JOIN entities speaker ON speaker.id = q.speaker_id
LEFT JOIN entities organization ON organization.id = q.organization_id;
