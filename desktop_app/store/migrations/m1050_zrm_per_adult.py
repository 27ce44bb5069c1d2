"""ZRM per adult (issue 16 item 6). Before this, the 13 adult ZRM domains were scored once
for 'the household and the parents' (set 'zrm', person 0). Those scores cannot honestly be
split over the parents, so they keep every field as scored and move to the read-only legacy
set 'zrm_oud' (forms/intake.toml: 'Gezin en ouders samen (oude score)'); set 'zrm' is from
now on scored per adult (person_id = the adult). Nothing is deleted or changed but the key."""


def migrate(db) -> None:
    if not db["intake_domains"].exists():
        return
    db.execute("UPDATE intake_domains SET set_key = 'zrm_oud' WHERE set_key = 'zrm' AND person_id = 0")
    # A wizard left on the old ZRM step continues where those answers are now.
    if db["intakes"].exists():
        db.execute("UPDATE intakes SET step = 'domains:zrm_oud:0' WHERE step = 'domains:zrm:0'")
