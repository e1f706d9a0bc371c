-- A new roster rewrites the ordered member list position by position: with an immediate unique constraint a
-- removal or reorder (A,B,C -> B,C) collides with itself mid-statement. Checked at commit instead.
ALTER TABLE roster_member DROP CONSTRAINT roster_member_roster_year_id_unit_code_key;
ALTER TABLE roster_member ADD CONSTRAINT roster_member_roster_year_id_unit_code_key
    UNIQUE (roster_year_id, unit_code) DEFERRABLE INITIALLY DEFERRED;

-- cluster-service accepts unit codes of up to 64 characters.
ALTER TABLE roster_member ALTER COLUMN unit_code TYPE varchar(64);
ALTER TABLE roster_year ALTER COLUMN chair_unit_code TYPE varchar(64);
ALTER TABLE roster_year ALTER COLUMN vice_chair_unit_code TYPE varchar(64);
