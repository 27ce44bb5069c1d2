-- The team server's group roles (issue 18). Roles belong to the whole PostgreSQL cluster,
-- not to one database: created once, kept by every later init. Consultants are LOGIN roles
-- in gz_consultant, team leaders in gz_leader (team_admin.add_consultant makes them).
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'gz_consultant') THEN
        CREATE ROLE gz_consultant NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'gz_leader') THEN
        CREATE ROLE gz_leader NOLOGIN;
    END IF;
END
$$;
