"""Which child or children a deployment is for (issue 14): a link from the deployment to
the family's youths. None linked means the deployment names no child (a provider letter
then names none). Removing a member or a deployment removes its links."""


def migrate(db) -> None:
    db.execute(
        "CREATE TABLE IF NOT EXISTS deployment_members ("
        "deployment_id INTEGER NOT NULL REFERENCES deployments(id) ON DELETE CASCADE, "
        "person_id INTEGER NOT NULL REFERENCES persons(id) ON DELETE CASCADE, "
        "PRIMARY KEY (deployment_id, person_id))")
    db.execute("CREATE INDEX IF NOT EXISTS idx_deployment_members_person "
               "ON deployment_members(person_id)")
