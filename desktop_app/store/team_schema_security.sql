-- The team server's privileges and row-level security (issue 18). Run last by init.
--
-- Consultants (members of gz_consultant) may SELECT gz.rows, gz.families and gz.conflicts,
-- filtered by RLS to the families they own (or their team's, when gz.settings says
-- visibility = 'team') plus the shared catalog rows (family NULL). They write only through
-- gz.push and gz.handover. Team leaders (gz_leader) read gz.management and nothing else.
--
-- RLS is enabled, not forced: the owner of the tables is the administrator who ran init,
-- and the SECURITY DEFINER functions run as that owner and make the same check
-- (gz._visible) themselves. A consultant never owns a gz object.

REVOKE ALL ON SCHEMA gz FROM PUBLIC;
GRANT USAGE ON SCHEMA gz TO gz_consultant, gz_leader;

REVOKE ALL ON ALL TABLES IN SCHEMA gz FROM PUBLIC, gz_consultant, gz_leader;
REVOKE ALL ON ALL SEQUENCES IN SCHEMA gz FROM PUBLIC, gz_consultant, gz_leader;
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA gz FROM PUBLIC, gz_consultant, gz_leader;

GRANT SELECT ON gz.rows, gz.families, gz.conflicts TO gz_consultant;
GRANT SELECT ON gz.management TO gz_leader;

GRANT EXECUTE ON FUNCTION gz.push(uuid, jsonb), gz.pull(bigint, int),
                          gz.handover(text, name), gz.case_number_high(text, int)
   TO gz_consultant;
GRANT EXECUTE ON FUNCTION gz.schema_version(), gz.whoami() TO gz_consultant, gz_leader;
-- The policies below call it with the querying role's privileges.
GRANT EXECUTE ON FUNCTION gz._sees(uuid) TO gz_consultant;

ALTER TABLE gz.rows ENABLE ROW LEVEL SECURITY;
ALTER TABLE gz.families ENABLE ROW LEVEL SECURITY;
ALTER TABLE gz.conflicts ENABLE ROW LEVEL SECURITY;

DROP POLICY IF EXISTS rows_consultant ON gz.rows;
CREATE POLICY rows_consultant ON gz.rows FOR ALL TO gz_consultant
    USING (gz._sees(family)) WITH CHECK (gz._sees(family));

DROP POLICY IF EXISTS families_consultant ON gz.families;
CREATE POLICY families_consultant ON gz.families FOR ALL TO gz_consultant
    USING (gz._sees(gid)) WITH CHECK (gz._sees(gid));

DROP POLICY IF EXISTS conflicts_consultant ON gz.conflicts;
CREATE POLICY conflicts_consultant ON gz.conflicts FOR ALL TO gz_consultant
    USING (gz._sees(family)) WITH CHECK (gz._sees(family));
