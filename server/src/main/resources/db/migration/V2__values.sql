-- Indicator values as the core holds them: exactly, as unscaled digits and a scale (12.5 is 125 and 1).
-- categories is the disaggregations' categories, "SEX=F;ETHNIC=KIN" in the indicator's order, '' for a total.
CREATE TABLE data_values (
    indicator  VARCHAR(60)   NOT NULL,
    unit_code  VARCHAR(10)   NOT NULL,
    period     VARCHAR(20)   NOT NULL,
    categories VARCHAR(200)  NOT NULL,
    unscaled   BIGINT        NOT NULL,
    scale      SMALLINT      NOT NULL,
    comment    VARCHAR(2000),
    version    BIGINT        NOT NULL,
    updated_by VARCHAR(100)  NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (indicator, unit_code, period, categories)
);
CREATE INDEX data_values_by_unit ON data_values (unit_code, period);

-- a retried write with the same key gets the first answer, and is stored once
CREATE TABLE idempotency_keys (
    user_id      BIGINT        NOT NULL,
    idem_key     VARCHAR(200)  NOT NULL,
    request_hash CHAR(64)      NOT NULL,
    status       INTEGER       NOT NULL,
    response     VARCHAR(1000000) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (user_id, idem_key)
);
