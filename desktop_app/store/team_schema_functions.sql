-- The team server's functions (issue 18; the contract is team_protocol.md beside this file).
--
-- The public functions (push, pull, handover, whoami, schema_version, case_number_high) are
-- SECURITY DEFINER, owned by the administrator who ran init: consultants have no write
-- privilege on any table, so every write goes through these functions and their explicit
-- visibility checks (gz._visible, the same rule as the RLS policies in
-- team_schema_security.sql). search_path is pinned to gz, pg_temp.
--
-- Who is calling: inside a SECURITY DEFINER function current_user is the owner, so
-- gz._caller() reads the caller from the 'role' setting (SET ROLE) or session_user.
--
-- No function writes a data value into an error message or a notice: errors name a gid,
-- a number or a code only (the server log must hold no personal data).

CREATE OR REPLACE FUNCTION gz._caller() RETURNS name
LANGUAGE sql STABLE SET search_path = gz, pg_temp AS $$
    SELECT CASE WHEN current_setting('role') = 'none' THEN session_user
                ELSE current_setting('role')::name END
$$;

-- Can the caller (a consultant) see this family? NULL: a catalog row, shared by all.
CREATE OR REPLACE FUNCTION gz._visible(p_family uuid, p_role name) RETURNS boolean
LANGUAGE sql STABLE SET search_path = gz, pg_temp AS $$
    SELECT EXISTS (
        SELECT 1 FROM gz.consultants c
        WHERE c.role = p_role AND NOT c.leader
          AND (p_family IS NULL
               OR EXISTS (SELECT 1 FROM gz.families f
                          WHERE f.gid = p_family
                            AND (f.owner = c.role
                                 OR (c.team IS NOT NULL AND f.team = c.team
                                     AND (SELECT s.value FROM gz.settings s
                                          WHERE s.key = 'visibility') = 'team')))))
$$;

-- The row-level security policies' test (SECURITY DEFINER: it reads gz.families and
-- gz.consultants, which consultants cannot read themselves).
CREATE OR REPLACE FUNCTION gz._sees(p_family uuid) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = gz, pg_temp AS $$
    SELECT gz._visible(p_family, gz._caller())
$$;

CREATE OR REPLACE FUNCTION gz.schema_version() RETURNS int
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = gz, pg_temp AS $$
    SELECT value::int FROM gz.meta WHERE key = 'schema_version'
$$;

CREATE OR REPLACE FUNCTION gz.whoami() RETURNS jsonb
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = gz, pg_temp AS $$
    SELECT jsonb_build_object('role', me.role, 'team', c.team,
                              'leader', coalesce(c.leader, false), 'prefix', c.prefix)
    FROM (SELECT gz._caller() AS role) me
    LEFT JOIN gz.consultants c ON c.role = me.role
$$;

-- The highest committed version (rows and hand-overs). Writers hold the gz.write lock from
-- their first nextval until commit, so every version up to this one is committed.
CREATE OR REPLACE FUNCTION gz._high() RETURNS bigint
LANGUAGE sql STABLE SET search_path = gz, pg_temp AS $$
    SELECT greatest(coalesce((SELECT max(version) FROM gz.rows), 0),
                    coalesce((SELECT max(version) FROM gz.handovers), 0))
$$;

-- A stored response without the data of one (destroyed) family's rows.
CREATE OR REPLACE FUNCTION gz._scrub(p_response jsonb, p_family uuid) RETURNS jsonb
LANGUAGE sql STABLE SET search_path = gz, pg_temp AS $$
    SELECT jsonb_set(p_response, '{results}', coalesce((
        SELECT jsonb_agg(CASE WHEN (e ->> 'gid')::uuid IN (SELECT r.gid FROM gz.rows r
                                                          WHERE r.family = p_family)
                              THEN e || '{"data": null, "conflicts": []}'::jsonb
                              ELSE e END ORDER BY i)
        FROM jsonb_array_elements(p_response -> 'results') WITH ORDINALITY AS t(e, i)),
        '[]'::jsonb))
$$;

CREATE OR REPLACE FUNCTION gz._result(p_gid uuid, p_status text, p_version bigint,
                                      p_data jsonb, p_conflicts jsonb) RETURNS jsonb
LANGUAGE sql IMMUTABLE AS $$
    SELECT jsonb_build_object('gid', p_gid, 'status', p_status, 'version', p_version,
                              'data', p_data, 'conflicts', coalesce(p_conflicts, '[]'::jsonb))
$$;

-- Every row of a family becomes a tombstone; its conflicts go; the destruction is recorded
-- (family gid, when, by whom: no personal data); stored batch responses lose its data.
CREATE OR REPLACE FUNCTION gz._destroy(p_family uuid, p_caller name) RETURNS bigint
LANGUAGE plpgsql SET search_path = gz, pg_temp AS $$
DECLARE
    v_version bigint;
BEGIN
    UPDATE gz.rows SET data = NULL, deleted = true, version = nextval('gz.change_seq'),
                       changed_by = p_caller, changed_at = now()
     WHERE family = p_family AND NOT deleted;
    INSERT INTO gz.rows (gid, tbl, family, data, version, deleted, changed_by)
    VALUES (p_family, 'families', p_family, NULL, nextval('gz.change_seq'), true, p_caller)
    ON CONFLICT (gid) DO NOTHING;
    SELECT max(version) INTO v_version FROM gz.rows WHERE family = p_family;
    DELETE FROM gz.conflicts WHERE family = p_family;
    UPDATE gz.families SET destroyed = true WHERE gid = p_family;
    INSERT INTO gz.destructions (family, by_role, version) VALUES (p_family, p_caller, v_version)
    ON CONFLICT (family) DO NOTHING;
    UPDATE gz.batches SET response = gz._scrub(response, p_family)
     WHERE families @> ARRAY[p_family];
    RETURN v_version;
END
$$;

-- One change of a push (team_protocol.md's merge rules). Returns the result R, plus
-- "_family" (the family it belongs to) and "_destroyed" for gz.push's bookkeeping.
CREATE OR REPLACE FUNCTION gz._apply(p_change jsonb, p_me gz.consultants, p_batch uuid,
                                     p_ord int) RETURNS jsonb
LANGUAGE plpgsql SET search_path = gz, pg_temp AS $$
DECLARE
    v_gid uuid;
    v_tbl text := p_change ->> 'tbl';
    v_op text := coalesce(p_change ->> 'op', 'upsert');
    v_base_version bigint;
    v_family uuid;
    v_data jsonb := p_change -> 'data';
    v_base jsonb := coalesce(p_change -> 'base', '{}'::jsonb);
    v_row gz.rows;
    v_found boolean;
    v_fam gz.families;
    v_new jsonb;
    v_conflicts jsonb := '[]'::jsonb;
    v_field text;
    v_mine jsonb;
    v_theirs jsonb;
    v_basef jsonb;
    v_version bigint;
BEGIN
    -- Checked before any cast: a cast's error message would quote the value into the log.
    IF jsonb_typeof(p_change) IS DISTINCT FROM 'object'
       OR coalesce(p_change ->> 'gid', '') !~* '^[0-9a-f]{8}-?([0-9a-f]{4}-?){3}[0-9a-f]{12}$'
       OR coalesce(p_change ->> 'family', '0000000000000000000000000000000f')
          !~* '^[0-9a-f]{8}-?([0-9a-f]{4}-?){3}[0-9a-f]{12}$'
       OR jsonb_typeof(coalesce(p_change -> 'base_version', '0')) <> 'number'
       OR coalesce(p_change ->> 'base_version', '0') !~ '^[0-9]{1,18}$'
       OR jsonb_typeof(p_change -> 'tbl') IS DISTINCT FROM 'string'
       OR v_op NOT IN ('upsert', 'delete')
       OR (v_op = 'upsert' AND jsonb_typeof(v_data) IS DISTINCT FROM 'object') THEN
        RAISE EXCEPTION 'gz.push: change % is malformed (gid, tbl, family, op, base_version, data)',
            p_ord USING ERRCODE = '22023';
    END IF;
    v_gid := (p_change ->> 'gid')::uuid;
    v_family := (p_change ->> 'family')::uuid;
    v_base_version := coalesce((p_change ->> 'base_version')::bigint, 0);
    IF jsonb_typeof(v_base) IS DISTINCT FROM 'object' THEN
        v_base := '{}'::jsonb;
    END IF;
    IF v_tbl = 'families' THEN
        v_family := coalesce(v_family, v_gid);
    END IF;

    SELECT * INTO v_row FROM gz.rows WHERE gid = v_gid;
    v_found := FOUND;
    IF v_found AND (v_row.family IS DISTINCT FROM v_family OR v_row.tbl <> v_tbl) THEN
        RETURN gz._result(v_gid, 'refused', NULL, NULL, NULL);
    END IF;

    -- The family: visible to the caller, or new (then the caller claims it).
    IF v_family IS NOT NULL THEN
        SELECT * INTO v_fam FROM gz.families WHERE gid = v_family;
        IF NOT FOUND THEN
            INSERT INTO gz.families (gid, owner, team) VALUES (v_family, p_me.role, p_me.team)
            RETURNING * INTO v_fam;
        ELSIF NOT gz._visible(v_family, p_me.role) THEN
            RETURN gz._result(v_gid, 'refused', NULL, NULL, NULL);
        END IF;
        IF v_fam.destroyed THEN  -- nothing of a destroyed family is kept, not even a conflict
            RETURN gz._result(v_gid, 'gone', v_row.version, NULL, NULL)
                   || jsonb_build_object('_family', v_family);
        END IF;
    END IF;

    IF v_op = 'delete' THEN
        IF v_tbl = 'families' AND v_gid = v_family THEN
            v_version := gz._destroy(v_family, p_me.role);
            RETURN gz._result(v_gid, 'applied', v_version, NULL, NULL)
                   || jsonb_build_object('_family', v_family, '_destroyed', true);
        END IF;
        IF v_found AND v_row.deleted THEN
            RETURN gz._result(v_gid, 'gone', v_row.version, NULL, NULL)
                   || jsonb_build_object('_family', v_family);
        END IF;
        IF v_found AND v_row.version <> v_base_version THEN
            v_conflicts := jsonb_build_array(jsonb_build_object(
                'field', '*', 'base', NULL, 'mine', NULL, 'theirs', v_row.data));
            INSERT INTO gz.conflicts (gid, family, tbl, field, base, mine, theirs, version,
                                      batch, by_role)
            VALUES (v_gid, v_family, v_tbl, '*', NULL, NULL, v_row.data, v_row.version,
                    p_batch, p_me.role);
        END IF;
        INSERT INTO gz.rows (gid, tbl, family, data, version, deleted, changed_by)
        VALUES (v_gid, v_tbl, v_family, NULL, nextval('gz.change_seq'), true, p_me.role)
        ON CONFLICT (gid) DO UPDATE
            SET data = NULL, deleted = true, version = excluded.version,
                changed_by = excluded.changed_by, changed_at = now()
        RETURNING version INTO v_version;
        RETURN gz._result(v_gid, 'applied', v_version, NULL, v_conflicts)
               || jsonb_build_object('_family', v_family);
    END IF;

    -- upsert
    IF NOT v_found OR (v_row.deleted AND v_row.version = v_base_version) THEN
        -- New (or re-created by a laptop that had seen the tombstone): as sent.
        INSERT INTO gz.rows (gid, tbl, family, data, version, deleted, changed_by)
        VALUES (v_gid, v_tbl, v_family, v_data, nextval('gz.change_seq'), false, p_me.role)
        ON CONFLICT (gid) DO UPDATE
            SET data = excluded.data, deleted = false, version = excluded.version,
                changed_by = excluded.changed_by, changed_at = now()
        RETURNING version INTO v_version;
        RETURN gz._result(v_gid, 'applied', v_version, v_data, NULL)
               || jsonb_build_object('_family', v_family);
    END IF;

    IF v_row.deleted THEN  -- a tombstone: nothing applied, the laptop's values kept as conflicts
        FOR v_field, v_mine IN SELECT key, value FROM jsonb_each(v_data) LOOP
            v_basef := coalesce(v_base -> v_field, 'null'::jsonb);
            v_conflicts := v_conflicts || jsonb_build_array(jsonb_build_object(
                'field', v_field, 'base', v_basef, 'mine', v_mine, 'theirs', NULL));
            INSERT INTO gz.conflicts (gid, family, tbl, field, base, mine, theirs, version,
                                      batch, by_role)
            VALUES (v_gid, v_family, v_tbl, v_field, v_basef, v_mine, NULL, v_row.version,
                    p_batch, p_me.role);
        END LOOP;
        RETURN gz._result(v_gid, 'gone', v_row.version, NULL, v_conflicts)
               || jsonb_build_object('_family', v_family);
    END IF;

    -- A live row: per field.
    v_new := v_row.data;
    FOR v_field, v_mine IN SELECT key, value FROM jsonb_each(v_data) LOOP
        v_theirs := coalesce(v_row.data -> v_field, 'null'::jsonb);
        v_basef := coalesce(v_base -> v_field, 'null'::jsonb);
        IF v_row.version = v_base_version OR v_theirs = v_basef OR v_theirs = v_mine THEN
            v_new := v_new || jsonb_build_object(v_field, v_mine);
            UPDATE gz.conflicts SET resolved_version = v_row.version
             WHERE gid = v_gid AND field = v_field AND resolved_version IS NULL
               AND version <= v_base_version;
        ELSE
            v_conflicts := v_conflicts || jsonb_build_array(jsonb_build_object(
                'field', v_field, 'base', v_basef, 'mine', v_mine, 'theirs', v_theirs));
            INSERT INTO gz.conflicts (gid, family, tbl, field, base, mine, theirs, version,
                                      batch, by_role)
            VALUES (v_gid, v_family, v_tbl, v_field, v_basef, v_mine, v_theirs,
                    v_row.version, p_batch, p_me.role);
        END IF;
    END LOOP;
    v_version := v_row.version;
    IF v_new IS DISTINCT FROM v_row.data THEN
        UPDATE gz.rows SET data = v_new, version = nextval('gz.change_seq'),
                           changed_by = p_me.role, changed_at = now()
         WHERE gid = v_gid
        RETURNING version INTO v_version;
    END IF;
    RETURN gz._result(v_gid, CASE WHEN jsonb_array_length(v_conflicts) > 0 THEN 'conflict'
                                  ELSE 'applied' END,
                      v_version, v_new, v_conflicts)
           || jsonb_build_object('_family', v_family);
END
$$;

CREATE OR REPLACE FUNCTION gz.push(p_batch uuid, p_changes jsonb) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = gz, pg_temp AS $$
DECLARE
    v_me gz.consultants;
    v_prev gz.batches;
    v_change jsonb;
    v_ord int;
    v_r jsonb;
    v_results jsonb := '[]'::jsonb;
    v_families uuid[] := '{}';
    v_response jsonb;
BEGIN
    IF p_batch IS NULL OR jsonb_typeof(p_changes) IS DISTINCT FROM 'array' THEN
        RAISE EXCEPTION 'gz.push: a batch id and an array of changes are required'
            USING ERRCODE = '22023';
    END IF;
    SELECT * INTO v_me FROM gz.consultants WHERE role = gz._caller() AND NOT leader;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'gz.push: only a consultant may push' USING ERRCODE = '42501';
    END IF;
    PERFORM pg_advisory_xact_lock(hashtext('gz.write'));

    SELECT * INTO v_prev FROM gz.batches WHERE batch = p_batch;
    IF FOUND THEN
        IF v_prev.role <> v_me.role THEN
            RAISE EXCEPTION 'gz.push: batch % belongs to another role', p_batch
                USING ERRCODE = '42501';
        END IF;
        RETURN v_prev.response || '{"replayed": true}'::jsonb;
    END IF;

    FOR v_change, v_ord IN SELECT value, ordinality FROM jsonb_array_elements(p_changes)
                                                     WITH ORDINALITY LOOP
        v_r := gz._apply(v_change, v_me, p_batch, v_ord::int);
        IF v_r ->> '_family' IS NOT NULL
           AND NOT (v_r ->> '_family')::uuid = ANY (v_families) THEN
            v_families := v_families || (v_r ->> '_family')::uuid;
        END IF;
        IF (v_r ->> '_destroyed')::boolean THEN  -- earlier results of this batch lose its data
            v_results := gz._scrub(jsonb_build_object('results', v_results),
                                   (v_r ->> '_family')::uuid) -> 'results';
        END IF;
        v_results := v_results || jsonb_build_array(v_r - '_family' - '_destroyed');
    END LOOP;

    v_response := jsonb_build_object('batch', p_batch, 'replayed', false, 'results', v_results);
    INSERT INTO gz.batches (batch, role, response, families)
    VALUES (p_batch, v_me.role, v_response, v_families);
    -- A laptop re-sends a batch right after an interruption; old responses are not kept.
    DELETE FROM gz.batches WHERE at < now() - interval '90 days';
    RETURN v_response;
END
$$;

CREATE OR REPLACE FUNCTION gz.pull(p_after bigint, p_limit int) RETURNS jsonb
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = gz, pg_temp AS $$
DECLARE
    v_me gz.consultants;
    v_after bigint := greatest(coalesce(p_after, 0), 0);
    v_limit int := least(greatest(coalesce(p_limit, 1000), 1), 10000);
    v_team text;
    v_high bigint;
    v_rows jsonb;
    v_count int;
    v_page_last bigint;
    v_last bigint;
    v_more boolean;
    v_revoked jsonb;
BEGIN
    SELECT * INTO v_me FROM gz.consultants WHERE role = gz._caller() AND NOT leader;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'gz.pull: only a consultant may pull' USING ERRCODE = '42501';
    END IF;
    -- No writer is between its first version and its commit while we read: writers hold
    -- gz.write exclusively, a pull shares it (seen in CI: a STABLE pull's snapshot, taken
    -- before any lock, once skipped a batch committed around it). VOLATILE, so each
    -- statement below reads a snapshot taken after the lock: every version <= v_high is
    -- committed and visible.
    PERFORM pg_advisory_xact_lock_shared(hashtext('gz.write'));
    v_high := gz._high();
    IF v_high <= v_after THEN
        RETURN jsonb_build_object('rows', '[]'::jsonb, 'revoked', '[]'::jsonb,
                                  'last', v_after, 'more', false);
    END IF;
    IF v_me.team IS NOT NULL
       AND (SELECT value FROM gz.settings WHERE key = 'visibility') = 'team' THEN
        v_team := v_me.team;
    END IF;

    WITH fams AS (
        SELECT f.gid FROM gz.families f WHERE f.owner = v_me.role
        UNION
        SELECT f.gid FROM gz.families f WHERE v_team IS NOT NULL AND f.team = v_team
    ), cand AS (
        SELECT r.* FROM fams
        CROSS JOIN LATERAL (
            SELECT * FROM gz.rows r
            WHERE r.family = fams.gid AND r.version > v_after AND r.version <= v_high
            ORDER BY r.version LIMIT v_limit + 1) r
        UNION ALL
        (SELECT * FROM gz.rows r
         WHERE r.family IS NULL AND r.version > v_after AND r.version <= v_high
         ORDER BY r.version LIMIT v_limit + 1)
    ), page AS (
        SELECT * FROM cand ORDER BY version LIMIT v_limit + 1
    ), numbered AS (
        SELECT p.*, row_number() OVER (ORDER BY p.version) AS n FROM page p
    )
    SELECT coalesce(jsonb_agg(jsonb_build_object(
               'gid', gid, 'tbl', tbl, 'family', family, 'version', version,
               'deleted', deleted, 'data', data) ORDER BY version)
               FILTER (WHERE n <= v_limit), '[]'::jsonb),
           count(*), max(version) FILTER (WHERE n <= v_limit)
      INTO v_rows, v_count, v_page_last
      FROM numbered;

    v_more := v_count > v_limit;
    v_last := CASE WHEN v_more THEN v_page_last ELSE v_high END;

    SELECT coalesce(jsonb_agg(jsonb_build_object('family', h.family, 'version', h.version)
                              ORDER BY h.version), '[]'::jsonb)
      INTO v_revoked
      FROM (SELECT family, max(version) AS version FROM gz.handovers
             WHERE (from_role = v_me.role OR (v_team IS NOT NULL AND from_team = v_team))
               AND version > v_after AND version <= v_last
             GROUP BY family) h
     WHERE NOT gz._visible(h.family, v_me.role);

    RETURN jsonb_build_object('rows', v_rows, 'revoked', v_revoked, 'last', v_last,
                              'more', v_more);
END
$$;

-- An administrator: a superuser or a member of the role that owns schema gz, not a consultant.
CREATE OR REPLACE FUNCTION gz._is_admin(p_role name) RETURNS boolean
LANGUAGE sql STABLE SET search_path = gz, pg_temp AS $$
    SELECT NOT EXISTS (SELECT 1 FROM gz.consultants WHERE role = p_role)
       AND EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname = p_role
                   AND (r.rolsuper OR pg_has_role(r.oid, (SELECT n.nspowner FROM pg_namespace n
                                                          WHERE n.nspname = 'gz'), 'MEMBER')))
$$;

CREATE OR REPLACE FUNCTION gz.handover(p_case_number text, p_to name) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = gz, pg_temp AS $$
DECLARE
    v_caller name := gz._caller();
    v_family uuid;
    v_fam gz.families;
    v_to gz.consultants;
    v_count int;
    v_version bigint;
BEGIN
    PERFORM pg_advisory_xact_lock(hashtext('gz.write'));
    SELECT r.family INTO v_family FROM gz.rows r
     WHERE r.tbl = 'cases' AND (r.data ->> 'case_number') = upper(btrim(p_case_number))
       AND NOT r.deleted AND r.family IS NOT NULL
     LIMIT 1;
    IF v_family IS NULL THEN
        RAISE EXCEPTION 'gz.handover: no case with this case number' USING ERRCODE = 'P0002';
    END IF;
    SELECT * INTO v_fam FROM gz.families WHERE gid = v_family;
    IF NOT (v_fam.owner = v_caller OR gz._is_admin(v_caller)) THEN
        RAISE EXCEPTION 'gz.handover: only the owner of family % or an administrator may hand it over',
            v_family USING ERRCODE = '42501';
    END IF;
    SELECT * INTO v_to FROM gz.consultants WHERE role = p_to AND NOT leader;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'gz.handover: the new owner is not a consultant on this server'
            USING ERRCODE = '22023';
    END IF;
    IF v_to.role = v_fam.owner THEN
        RETURN jsonb_build_object('family', v_family, 'from', v_fam.owner, 'to', v_to.role,
                                  'version', NULL, 'rows', 0, 'changed', false);
    END IF;
    -- Every row gets a new version: the new owner's next pull brings the whole family.
    UPDATE gz.rows SET version = nextval('gz.change_seq'), changed_by = v_caller,
                       changed_at = now()
     WHERE family = v_family;
    GET DIAGNOSTICS v_count = ROW_COUNT;
    v_version := nextval('gz.change_seq');
    UPDATE gz.families SET owner = v_to.role, team = v_to.team, claimed_at = now()
     WHERE gid = v_family;
    INSERT INTO gz.handovers (family, from_role, from_team, to_role, version, by_role)
    VALUES (v_family, v_fam.owner, v_fam.team, v_to.role, v_version, v_caller);
    RETURN jsonb_build_object('family', v_family, 'from', v_fam.owner, 'to', v_to.role,
                              'version', v_version, 'rows', v_count, 'changed', true);
END
$$;

-- The highest sequence number n of case numbers CJG-{prefix}-{year}-{n} on the server (only
-- a number leaves: the laptop allocates the next one while online).
CREATE OR REPLACE FUNCTION gz.case_number_high(p_prefix text, p_year int) RETURNS int
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = gz, pg_temp AS $$
DECLARE
    v_stem text;
    v_high int;
BEGIN
    IF p_prefix IS NULL OR p_prefix !~ '^[A-Z0-9]{2,4}$' OR p_year NOT BETWEEN 1900 AND 9999 THEN
        RAISE EXCEPTION 'gz.case_number_high: prefix must be 2-4 capitals or digits, year four digits'
            USING ERRCODE = '22023';
    END IF;
    v_stem := 'CJG-' || p_prefix || '-' || p_year::text || '-';
    SELECT max(substr(r.data ->> 'case_number', length(v_stem) + 1)::int) INTO v_high
      FROM gz.rows r
     WHERE r.tbl = 'cases' AND (r.data ->> 'case_number') LIKE v_stem || '%'
       AND substr(r.data ->> 'case_number', length(v_stem) + 1) ~ '^[0-9]{1,9}$';
    RETURN coalesce(v_high, 0);
END
$$;

-- The team leader's figures: counts per team, municipality and case status. No names, no
-- BSNs, no gids. Owned by the administrator, so it reads gz.rows past RLS; leaders may read
-- this view only.
CREATE OR REPLACE VIEW gz.management AS
SELECT f.team,
       c.data ->> 'municipality' AS municipality,
       c.data ->> 'status' AS status,
       count(*) AS cases,
       count(DISTINCT c.family) AS families
  FROM gz.rows c
  JOIN gz.families f ON f.gid = c.family
 WHERE c.tbl = 'cases' AND NOT c.deleted AND NOT f.destroyed
 GROUP BY 1, 2, 3;
