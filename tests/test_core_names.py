from desktop_app.core.names import sort_key


def test_dutch_order_ignores_tussenvoegsel_and_accents():
    names = ["van der Linden", "Ëlbers", "de Wit", "Janssen", "van Kessel-Wijnands", "Zeegers", "Aarts",
             "'t Hooft", "ter Horst", "van den Broek"]
    ordered = sorted(names, key=sort_key)
    assert ordered == ["Aarts", "van den Broek", "Ëlbers", "'t Hooft", "ter Horst", "Janssen",
                       "van Kessel-Wijnands", "van der Linden", "de Wit", "Zeegers"]


def test_a_bare_tussenvoegsel_is_a_name():
    assert sort_key("Van") == "van"
    assert sort_key("  de   Vries ") == "vries, de"


def test_letters_without_decomposition_sort_with_their_base_letter():
    assert sorted(["Zeegers", "Łukasz", "Lemmens", "Øster", "Olde"], key=sort_key) == [
        "Lemmens", "Łukasz", "Olde", "Øster", "Zeegers"]
