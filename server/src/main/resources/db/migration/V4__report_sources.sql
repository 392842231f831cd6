-- The agency's report sources, each upload a new version; reports are written from them with the
-- approved values of the database.
CREATE TABLE report_sources (
    name        VARCHAR(100)    NOT NULL,
    version     INTEGER         NOT NULL,
    source      VARCHAR(2000000) NOT NULL,
    uploaded_by VARCHAR(100)    NOT NULL,
    uploaded_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (name, version)
);
