-- Case numbers unique across the team (issue 18). Run by init after the security file,
-- so its grant is not revoked again.
--
-- A laptop reserves a block of numbers CJG-{prefix}-{year}-{n} while it is online
-- (gz.reserve_case_numbers) and hands them out offline, so two laptops of one consultant
-- never give the same number. The counter never goes below the highest number the server
-- holds (gz.case_number_high): numbers given before the counter existed are not given again.

CREATE TABLE IF NOT EXISTS gz.case_counters (
    prefix text NOT NULL,
    year   int  NOT NULL,
    next   int  NOT NULL,
    PRIMARY KEY (prefix, year)
);
REVOKE ALL ON gz.case_counters FROM PUBLIC;

-- The first of p_count consecutive numbers reserved for the caller's prefix in p_year.
CREATE OR REPLACE FUNCTION gz.reserve_case_numbers(p_year int, p_count int) RETURNS int
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = gz, pg_temp AS $$
DECLARE
    v_prefix text;
    v_first  int;
BEGIN
    IF p_year IS NULL OR p_year NOT BETWEEN 1900 AND 9999
       OR p_count IS NULL OR p_count NOT BETWEEN 1 AND 1000 THEN
        RAISE EXCEPTION 'gz.reserve_case_numbers: year four digits, count 1-1000'
            USING ERRCODE = '22023';
    END IF;
    SELECT c.prefix INTO v_prefix FROM gz.consultants c WHERE c.role = gz._caller();
    IF v_prefix IS NULL THEN
        RAISE EXCEPTION 'gz.reserve_case_numbers: not a consultant' USING ERRCODE = '42501';
    END IF;
    INSERT INTO gz.case_counters AS k (prefix, year, next)
    VALUES (v_prefix, p_year, gz.case_number_high(v_prefix, p_year) + 1 + p_count)
    ON CONFLICT (prefix, year) DO UPDATE
        SET next = greatest(k.next, gz.case_number_high(v_prefix, p_year) + 1) + p_count
    RETURNING k.next - p_count INTO v_first;
    RETURN v_first;
END
$$;

REVOKE ALL ON FUNCTION gz.reserve_case_numbers(int, int) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION gz.reserve_case_numbers(int, int) TO gz_consultant;
