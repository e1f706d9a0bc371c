-- Roster read model: members and leadership of each cluster-year, fed by thidua.cluster.v1.
CREATE TABLE roster_year (
    id                    bigserial    PRIMARY KEY,
    cluster_code          varchar(64)  NOT NULL,
    year                  integer      NOT NULL,
    chair_unit_code       varchar(32),
    vice_chair_unit_code  varchar(32),
    revision              bigint       NOT NULL,
    updated_at            timestamptz  NOT NULL,
    UNIQUE (cluster_code, year)
);

CREATE TABLE roster_member (
    roster_year_id  bigint      NOT NULL REFERENCES roster_year (id) ON DELETE CASCADE,
    position        integer     NOT NULL,
    unit_code       varchar(32) NOT NULL,
    PRIMARY KEY (roster_year_id, position),
    UNIQUE (roster_year_id, unit_code)
);
CREATE INDEX roster_member_unit ON roster_member (unit_code);
