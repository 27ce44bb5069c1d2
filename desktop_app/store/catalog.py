"""The regional catalog: providers, products, contracts; CSV import."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlite_utils import Database

from ..core.catalog import CatalogRow, Contract, Product, Provider
from ..core.catalog_contact import ProviderContact
from .cost_refresh import recompute_all_costs
from .families import now
from .rows import contract as _contract


@dataclass
class ContractRow:
    """A contract with its names, for the catalog page."""

    id: int
    provider_code: str
    provider_name: str
    product_code: str
    product_name: str
    category: str
    unit: str
    region: str
    tariff_cents: int
    tariff_year: int
    indexation: Decimal


@dataclass
class ImportSummary:
    providers: int
    products: int
    contracts_new: int
    contracts_updated: int


_CONTACT = ("street", "postcode", "city", "phone", "email", "contact")


def _provider(r) -> Provider:
    keys = r.keys() if hasattr(r, "keys") else ()
    contact = ProviderContact(**{k: r[k] or "" for k in _CONTACT if k in keys})
    return Provider(id=r["id"], code=r["code"], name=r["name"], contact=contact)


def provider_contacts(rows: list[CatalogRow]) -> dict[str, ProviderContact]:
    """AGB code -> the address the file gives (the first row with one); providers of a file
    without the contact columns are absent: their stored address stays."""
    out: dict[str, ProviderContact] = {}
    for row in rows:
        if row.contact is not None and (row.provider_code not in out
                                        or out[row.provider_code].empty):
            out[row.provider_code] = row.contact
    return out


def _product(r) -> Product:
    return Product(id=r["id"], code=r["code"], name=r["name"], category=r["category"],
                   unit=r["unit"])


class Catalog:
    def __init__(self, db: Database):
        self.db = db

    def providers(self) -> list[Provider]:
        return [_provider(r) for r in self.db.query("SELECT * FROM providers ORDER BY name, id")]

    def products(self) -> list[Product]:
        return [_product(r) for r in self.db.query("SELECT * FROM products ORDER BY code")]

    def get_provider(self, provider_id: int) -> Provider:
        return _provider(self.db["providers"].get(provider_id))

    def get_product(self, product_id: int) -> Product:
        return _product(self.db["products"].get(product_id))

    def contract_for(self, provider_id: int | None, product_id: int | None,
                     region: str) -> Contract | None:
        if provider_id is None or product_id is None:
            return None
        rows = list(self.db.query(
            "SELECT * FROM contracts WHERE provider_id = ? AND product_id = ? AND region = ?",
            [provider_id, product_id, region]))
        return _contract(rows[0]) if rows else None

    def contracted_provider_ids(self, product_id: int, region: str) -> set[int]:
        return {r[0] for r in self.db.execute(
            "SELECT provider_id FROM contracts WHERE product_id = ? AND region = ?",
            [product_id, region]).fetchall()}

    def contracts(self, text: str = "", region: str | None = None) -> list[ContractRow]:
        clauses, params = [], []
        if text:
            like = f"%{text.strip()}%"
            clauses.append("(pv.name LIKE ? OR pv.code LIKE ? OR pr.name LIKE ? OR pr.code LIKE ?)")
            params += [like] * 4
        if region:
            clauses.append("c.region = ?")
            params.append(region)
        where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
        sql = (
            "SELECT c.id, pv.code AS provider_code, pv.name AS provider_name, "
            "pr.code AS product_code, pr.name AS product_name, pr.category, pr.unit, c.region, "
            "c.tariff_cents, c.tariff_year, c.indexation FROM contracts c "
            "JOIN providers pv ON pv.id = c.provider_id JOIN products pr ON pr.id = c.product_id"
            f"{where} ORDER BY pv.name, pr.code, c.region"
        )
        return [ContractRow(**{**dict(r), "indexation": Decimal(r["indexation"] or "0")})
                for r in self.db.query(sql, params)]

    def is_empty(self) -> bool:
        return self.db.execute("SELECT count(*) FROM contracts").fetchone()[0] == 0

    # -- import ----------------------------------------------------------------------
    def _upsert(self, rows: list[CatalogRow]) -> ImportSummary:
        stamp = now()
        db = self.db
        providers: dict[str, int] = {}
        products: dict[str, int] = {}
        new = updated = 0
        contacts = provider_contacts(rows)
        for row in rows:
            if row.provider_code not in providers:
                db.execute(
                    "INSERT INTO providers (code, name, updated_at) VALUES (?, ?, ?) "
                    "ON CONFLICT(code) DO UPDATE SET name = excluded.name, "
                    "updated_at = excluded.updated_at",
                    [row.provider_code, row.provider_name, stamp])
                providers[row.provider_code] = db.execute(
                    "SELECT id FROM providers WHERE code = ?", [row.provider_code]).fetchone()[0]
                if row.provider_code in contacts:
                    c = contacts[row.provider_code]
                    db.execute("UPDATE providers SET street = ?, postcode = ?, city = ?, "
                               "phone = ?, email = ?, contact = ? WHERE id = ?",
                               [c.street, c.postcode, c.city, c.phone, c.email, c.contact,
                                providers[row.provider_code]])
            if row.product_code not in products:
                db.execute(
                    "INSERT INTO products (code, name, category, unit, updated_at) "
                    "VALUES (?, ?, ?, ?, ?) ON CONFLICT(code) DO UPDATE SET "
                    "name = excluded.name, category = excluded.category, unit = excluded.unit, "
                    "updated_at = excluded.updated_at",
                    [row.product_code, row.product_name, row.category, row.unit, stamp])
                products[row.product_code] = db.execute(
                    "SELECT id FROM products WHERE code = ?", [row.product_code]).fetchone()[0]
            for region in row.regions:
                key = [providers[row.provider_code], products[row.product_code], region]
                exists = db.execute(
                    "SELECT id FROM contracts WHERE provider_id = ? AND product_id = ? "
                    "AND region = ?", key).fetchone()
                values = [row.tariff_cents, row.tariff_year, str(row.indexation), stamp]
                if exists:
                    db.execute("UPDATE contracts SET tariff_cents = ?, tariff_year = ?, "
                               "indexation = ?, updated_at = ? WHERE id = ?",
                               values + [exists[0]])
                    updated += 1
                else:
                    db.execute("INSERT INTO contracts (provider_id, product_id, region, "
                               "tariff_cents, tariff_year, indexation, updated_at) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?)", key + values)
                    new += 1
        return ImportSummary(len(providers), len(products), new, updated)

    def import_rows(self, rows: list[CatalogRow]) -> ImportSummary:
        """Add or update everything in one transaction, then re-estimate every deployment
        (tariffs may have changed) so case and caseload costs stay right."""
        with self.db.atomic():
            summary = self._upsert(rows)
            recompute_all_costs(self.db)
        return summary
