"""Families, persons, cases and the search index."""


def migrate(db) -> None:
    db["families"].create(
        {
            "id": int,
            "family_name": str,
            "street": str,
            "house_number": str,
            "postcode": str,
            "city": str,
            "municipality": str,
            "phone": str,
            "email": str,
            # Caseload summary, kept up to date by the repositories so that the
            # list of 100,000 families never needs a join to draw a row.
            "youths": str,
            "case_status": str,
            "next_evaluation": str,
            "coordination": int,
            "created_at": str,
            "updated_at": str,
        },
        pk="id",
        not_null={"family_name"},
        defaults={"street": "", "house_number": "", "postcode": "", "city": "", "phone": "",
                  "email": "", "youths": "", "case_status": ""},
    )
    db["families"].create_index(["family_name", "id"])
    db["families"].create_index(["municipality", "family_name", "id"])
    db["families"].create_index(["case_status", "family_name", "id"])
    db["families"].create_index(["next_evaluation"])

    db["persons"].create(
        {
            "id": int,
            "family_id": int,
            "role": str,
            "first_name": str,
            "last_name": str,
            "birth_date": str,
            "bsn": str,
            "gezag": int,
            "phone": str,
            "email": str,
            "created_at": str,
            "updated_at": str,
        },
        pk="id",
        foreign_keys=[("family_id", "families", "id")],
        not_null={"family_id", "role", "first_name"},
        defaults={"last_name": "", "gezag": 0, "phone": "", "email": ""},
    )
    db["persons"].create_index(["family_id"])
    db["persons"].create_index(["bsn"])

    db["cases"].create(
        {
            "id": int,
            "family_id": int,
            "case_number": str,
            "municipality": str,
            "region": str,
            "status": str,
            "consultant": str,
            "start_date": str,
            "end_date": str,
            "next_evaluation": str,
            "coordination": int,
            "created_at": str,
            "updated_at": str,
        },
        pk="id",
        foreign_keys=[("family_id", "families", "id")],
        not_null={"family_id", "case_number", "municipality", "region", "status"},
        defaults={"consultant": ""},
    )
    db["cases"].create_index(["family_id"])
    db["cases"].create_index(["case_number"], unique=True)

    # One row per family; rebuilt by the repository on every change to names,
    # BSNs, postcodes or case numbers. Prefix indexes make search-as-you-type cheap.
    db.execute(
        "CREATE VIRTUAL TABLE family_fts USING fts5("
        "names, bsns, postcodes, case_numbers, "
        "tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3')"
    )

    db["settings"].create({"key": str, "value": str}, pk="key")
