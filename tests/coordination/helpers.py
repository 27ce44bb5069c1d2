"""Building CaseFacts for tests."""

from __future__ import annotations

from datetime import date

from desktop_app.core.coordination import CaseFacts, Deployment, Provider

DAY = date(2024, 5, 1)
PROVIDERS = {
    "A": Provider("Stichting Jeugdhulp Roerdelta", "Mw. A. Geelen", "Maasboulevard 12", "6041 AB Roermond"),
    "B": Provider("Orthopedagogisch Behandelcentrum Sint-Odiliënberg voor Jeugd en Gezin",
                  "Mw. drs. Noëlle Vaessen-Crombach", "Roerdalerweg 140", "6077 EF Sint Odiliënberg"),
    "C": Provider("Jeugd-ggz Maas en Roer", "Mw. I. Ëlbers", "Bredeweg 8", "6043 GH Roermond"),
    "D": Provider("Zorgboerderij De Hééskes", "Dhr. W. Smeets"),
}


def facts(deps=(), scores=None, question="We willen rust in huis.", clear=True, share=0.4,
          network=4, safety=False, start=date(2024, 4, 1), end=date(2025, 3, 31)) -> CaseFacts:
    """deps: (category, provider key[, end]) tuples."""
    deployments, used = [], {}
    for dep in deps:
        cat, key = dep[0], dep[1]
        dep_end = dep[2] if len(dep) > 2 else end
        used[key] = PROVIDERS[key]
        deployments.append(Deployment(f"Product {cat}", cat, PROVIDERS[key].name, start, dep_end))
    return CaseFacts(
        deployments=deployments, providers=list(used.values()),
        domain_scores=dict(scores if scores is not None else
                           {"Financiën": 4, "Huisvesting": 4, "Huiselijke relaties": 3,
                            "Geestelijke gezondheid": 4}),
        help_question=question, help_question_clear=clear, own_strength_share=share,
        network_size=network, safety_concerns=safety, help_start=start,
    )
