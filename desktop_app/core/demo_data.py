"""The fictional names, consultants and addresses of the demo dataset (core/demo.py).
Names include Dutch and other accents (ë, ï, ü, ş) and long double surnames on purpose,
so screens and PDFs are tried on them. Places and postcode ranges are those of the
seven Midden-Limburg municipalities; streets are common Dutch street names."""

from __future__ import annotations

# -- names --------------------------------------------------------------------
SURNAMES: tuple[str, ...] = (
    "Janssen", "Peeters", "Hendriks", "Smeets", "Geurts", "Coenen", "Willems", "Verheggen",
    "Hermans", "Leenders", "Kusters", "Stienen", "Moonen", "Vossen", "Schreurs", "Bongers",
    "van der Linden", "de Wit", "van den Broek", "Heijnen", "Thissen", "Rutten", "Claessens",
    "Lemmens", "Vaessen", "Bouwens", "Theunissen", "Dirks", "Jacobs", "Engelen", "Custers",
    "Gubbels", "Kessels", "Beurskens", "Timmermans", "Mertens", "Houben", "Wijnen", "Linders",
    "Schoenmakers", "Ramakers", "Crombach", "Geraedts", "Vestjens", "Poell", "Dorssers",
    "van Pol", "Kuijpers", "Driessen", "Bloemen", "Smits", "Hoeijmakers", "Joosten", "Keijzers",
    "Op den Camp", "van de Venne", "Nijssen", "Truijen", "Hüskens", "Göbbels", "Ëlbers",
    "El Amrani", "Yilmaz", "Bakker", "de Vries", "Nowak", "Haddou",
    "van Kessel-Wijnands", "Janssen-van den Heuvel", "Verheggen-Schoonbrood",
)
GIRLS: tuple[str, ...] = (
    "Emma", "Julia", "Sophie", "Noor", "Zoë", "Chloë", "Anaïs", "Iñes", "Lotte", "Saar",
    "Fenna", "Mila", "Nora", "Yara", "Lieke", "Fleur", "Eva", "Sara", "Amira", "Noa",
    "Roos", "Isa", "Maud", "Lynn", "Anouk", "Femke", "Britt", "Mirthe", "Renée", "Liv",
)
BOYS: tuple[str, ...] = (
    "Noah", "Daan", "Sem", "Luuk", "Lucas", "Finn", "Levi", "Milan", "Bram", "Thijs",
    "Jesse", "Ruben", "Daniël", "Raphaël", "Noë", "Mohammed", "Ayoub", "Stijn", "Joep",
    "Teun", "Sjors", "Pim", "Jens", "Guus", "Mees", "Tijn", "Niels", "Koen", "Mats", "Joël",
)
WOMEN: tuple[str, ...] = (
    "Mariëlle", "Anke", "Ingrid", "Sandra", "Petra", "Marieke", "Chantal", "Kim", "Linda",
    "Nicole", "Ellen", "Esther", "Yvonne", "Jolanda", "Miriam", "Hanneke", "Nathalie",
    "Monique", "Daniëlle", "Fatima", "Karin", "Bianca", "Joyce", "Sanne", "Loes", "Ilona",
    "Noëlle", "Inès", "Agnieszka", "Gülşen",
)
MEN: tuple[str, ...] = (
    "Jeroen", "Maarten", "Bas", "Sjaak", "Ger", "Twan", "Roel", "Huub", "Jos", "Frank",
    "Rob", "Patrick", "Michel", "Marco", "Ralf", "Dennis", "Erik", "Wim", "Pieter", "Bart",
    "Youssef", "Sjef", "Harrie", "Rick", "Tom", "Mark", "Wiel", "Leon", "Piotr", "Raphaël",
)
# Fictional consultants, per region (DOMAIN.md: AMW Midden-Limburg runs the CJG).
CONSULTANTS: dict[str, tuple[str, ...]] = {
    "MLO": ("Anouk Vestjens", "Jeroen Smulders", "Petra Houben", "Yasmina El Idrissi",
            "Bart Crombach", "Ingrid Mulders", "Noëlle Geelen"),
    "MLW": ("Sanne Kuijpers", "Ruud van de Laar", "Lieke Geraedts", "Tom Wijnen",
            "Femke Ramakers", "Hanneke Dorssers", "Joël Pluijmen"),
}

# -- addresses ------------------------------------------------------------------
# municipality -> (place, lowest postcode digits, highest postcode digits, weight)
PLACES: dict[str, tuple[tuple[str, int, int, int], ...]] = {
    "Roermond": (("Roermond", 6041, 6045, 10), ("Herten", 6049, 6049, 2),
                 ("Swalmen", 6071, 6071, 2)),
    "Roerdalen": (("Sint Odiliënberg", 6077, 6077, 2), ("Herkenbosch", 6075, 6075, 2),
                  ("Melick", 6074, 6074, 2), ("Vlodrop", 6063, 6063, 1),
                  ("Posterholt", 6061, 6061, 1), ("Montfort", 6065, 6065, 1)),
    "Echt-Susteren": (("Echt", 6101, 6102, 4), ("Susteren", 6114, 6114, 3),
                      ("Koningsbosch", 6104, 6104, 1), ("Roosteren", 6116, 6116, 1),
                      ("Nieuwstadt", 6118, 6118, 1)),
    "Weert": (("Weert", 6001, 6006, 10), ("Stramproy", 6039, 6039, 2)),
    "Nederweert": (("Nederweert", 6031, 6031, 3), ("Ospel", 6035, 6035, 1),
                   ("Nederweert-Eind", 6034, 6034, 1)),
    "Leudal": (("Heythuysen", 6093, 6093, 2), ("Haelen", 6081, 6081, 2), ("Horn", 6085, 6085, 1),
               ("Roggel", 6088, 6088, 1), ("Baexem", 6095, 6095, 1), ("Hunsel", 6013, 6013, 1),
               ("Neer", 6086, 6086, 1), ("Grathem", 6096, 6096, 1)),
    "Maasgouw": (("Maasbracht", 6051, 6052, 3), ("Linne", 6067, 6067, 1), ("Heel", 6097, 6097, 1),
                 ("Thorn", 6017, 6017, 1), ("Wessem", 6019, 6019, 1), ("Beegden", 6099, 6099, 1),
                 ("Stevensweert", 6107, 6107, 1)),
}
# Rough share of families per municipality (larger towns have larger caseloads).
MUNICIPALITY_WEIGHTS: dict[str, int] = {
    "Roermond": 26, "Weert": 24, "Echt-Susteren": 14, "Leudal": 13, "Maasgouw": 11,
    "Roerdalen": 9, "Nederweert": 8,
}
STREETS: tuple[str, ...] = (
    "Kerkstraat", "Molenweg", "Schoolstraat", "Dorpstraat", "Julianastraat", "Beatrixlaan",
    "Wilhelminasingel", "Lindelaan", "Kastanjelaan", "Nieuwstraat", "Hoogstraat", "Veldstraat",
    "Burgemeester Kessenplein", "Pastoor Vranckenstraat", "Sint Jozefstraat", "Maasstraat",
    "Heideweg", "Brugstraat", "Klaproosstraat", "Meidoornstraat", "Burgemeester Geurtsstraat",
    "Broekstraat", "Kapelaan Verheggenstraat", "Graaf Gerardstraat", "Kloosterstraat",
)
LOCAL_STREETS: dict[str, tuple[str, ...]] = {
    "Roermond": ("Steenweg", "Hamstraat", "Godsweerdersingel", "Maasboulevard", "Roerkade",
                 "Kapellerlaan", "Bredeweg", "Oranjelaan", "Minderbroederssingel"),
    "Roerdalen": ("Roerdalerweg", "Kloosterhof", "Melickerweg", "Posterholterstraat"),
    "Echt-Susteren": ("Bosstraat", "Peijerstraat", "Oude Rijksweg", "Maaseikerweg"),
    "Weert": ("Maasstraat", "Wilhelminasingel", "Emmasingel", "Beekstraat", "Boshoverweg",
              "Biest", "Ringbaan-Noord"),
    "Nederweert": ("Brugstraat", "Kapelaniestraat", "Ospelseweg", "Pannenhofweg"),
    "Leudal": ("Napoleonsweg", "Roggelseweg", "Kasteelstraat", "Heythuyserweg"),
    "Maasgouw": ("Havenweg", "Wijngaard", "Kloosterplein", "Maasbrachterweg"),
}
# Dutch postcode letter pairs never issued (stdnum rejects them too).
BANNED_LETTERS = {"SA", "SD", "SS"}
