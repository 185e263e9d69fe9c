CREATE TABLE probe_thing (
    id       UUID         PRIMARY KEY,
    tenant   UUID         NOT NULL,
    name     VARCHAR(100) NOT NULL,
    version  BIGINT       NOT NULL
);
