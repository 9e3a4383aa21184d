-- allywatch store. Documents are keyed by content hash (re-running adds nothing); `doc_id` is the
-- user-facing id, and a changed file with the same id is a new version (higher seq).
CREATE SEQUENCE IF NOT EXISTS doc_seq;
CREATE TABLE IF NOT EXISTS documents (
    hash VARCHAR PRIMARY KEY,
    doc_id VARCHAR NOT NULL,
    seq BIGINT NOT NULL,
    input_path VARCHAR,
    markup VARCHAR,
    encoding VARCHAR,
    title VARCHAR,
    url VARCHAR,
    published VARCHAR,
    published_via VARCHAR,
    published_raw VARCHAR,
    source VARCHAR,
    raw VARCHAR,
    original VARCHAR,
    clean_text VARCHAR,
    chars_kept INTEGER,
    chars_removed INTEGER,
    status VARCHAR,
    status_reason VARCHAR,
    lang VARCHAR,
    duplicate_of VARCHAR,
    meta VARCHAR,
    signature BIGINT[],
    run_id VARCHAR,
    ingested_at TIMESTAMP
);
-- LSH band keys of the MinHash signatures of stored pages: near-duplicate candidates are found
-- here rather than in an in-memory index, so a run's memory does not grow with the store.
CREATE TABLE IF NOT EXISTS minhash_bands (key BIGINT, doc_id VARCHAR);
CREATE INDEX IF NOT EXISTS minhash_bands_key ON minhash_bands (key);
CREATE INDEX IF NOT EXISTS documents_doc_id ON documents (doc_id);
CREATE TABLE IF NOT EXISTS removed_spans (
    doc_hash VARCHAR, idx INTEGER, text VARCHAR, reason VARCHAR, start INTEGER,
    PRIMARY KEY (doc_hash, idx)
);
CREATE TABLE IF NOT EXISTS sentences (
    doc_hash VARCHAR, idx INTEGER, text VARCHAR, start INTEGER, "end" INTEGER, paragraph INTEGER,
    PRIMARY KEY (doc_hash, idx)
);
CREATE TABLE IF NOT EXISTS event_mentions (
    mention_id VARCHAR PRIMARY KEY,
    doc_hash VARCHAR, doc VARCHAR, event_type VARCHAR, mode VARCHAR, contexts VARCHAR[],
    source VARCHAR[], target VARCHAR[], date VARCHAR, date_end VARCHAR, date_precision VARCHAR,
    date_inferred BOOLEAN, location VARCHAR, factuality VARCHAR, sentence VARCHAR,
    span_start INTEGER, span_end INTEGER, sentence_idx INTEGER, trigger VARCHAR,
    trigger_start INTEGER, trigger_end INTEGER, extractor VARCHAR
);
-- One row per real-world event: mentions merged across sentences and pages (rebuilt after each run).
CREATE TABLE IF NOT EXISTS events (
    event_id VARCHAR PRIMARY KEY, event_type VARCHAR, mode VARCHAR, contexts VARCHAR[],
    source VARCHAR[], target VARCHAR[], date VARCHAR, date_end VARCHAR, date_precision VARCHAR,
    location VARCHAR, factuality VARCHAR, num_mentions INTEGER, num_sources INTEGER,
    first_mention VARCHAR
);
CREATE TABLE IF NOT EXISTS event_links (mention_id VARCHAR PRIMARY KEY, event_id VARCHAR);
CREATE TABLE IF NOT EXISTS failures (
    input VARCHAR, stage VARCHAR, reason VARCHAR, run_id VARCHAR, "at" TIMESTAMP,
    PRIMARY KEY (input, stage, reason)
);
CREATE TABLE IF NOT EXISTS runs (
    run_id VARCHAR PRIMARY KEY, started TIMESTAMP, finished TIMESTAMP, command VARCHAR,
    documents INTEGER, failures INTEGER
);
-- The newest version of each document id.
CREATE OR REPLACE VIEW current_documents AS
    SELECT * FROM documents QUALIFY row_number() OVER (PARTITION BY doc_id ORDER BY seq DESC) = 1;
CREATE OR REPLACE VIEW current_mentions AS
    SELECT m.*, l.event_id FROM event_mentions m
    JOIN current_documents d ON d.hash = m.doc_hash
    LEFT JOIN event_links l USING (mention_id);
