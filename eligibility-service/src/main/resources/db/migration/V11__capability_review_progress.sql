-- E5: a capability review while it runs, written in transactions of its own so the operator sees how far it is
-- (processed of total) before the review's own transaction commits; the finished review is capability_review (V5).
CREATE TABLE capability_review_run (
    id              UUID         PRIMARY KEY,
    as_of           DATE         NOT NULL,
    policy_version  VARCHAR(10)  NOT NULL,
    requested_by    VARCHAR(254),
    state           VARCHAR(16)  NOT NULL,
    processed       INT          NOT NULL,
    total           INT,
    started_at      TIMESTAMPTZ  NOT NULL,
    updated_at      TIMESTAMPTZ  NOT NULL,
    failure         VARCHAR(500)
);
