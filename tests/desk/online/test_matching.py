"""Who an online row is: identities, name forms, automatic matches."""

from __future__ import annotations

from desk.online.matching import Directory, auto_match, clean_name, identity, name_forms


def test_clean_name_drops_markers_and_numbered_prefixes() -> None:
    assert clean_name("JANSSENS JAN (EXT)") == "JANSSENS JAN"
    assert clean_name("015_Carlos López") == "Carlos López"
    assert clean_name("Ana Pérez (Invitado)") == "Ana Pérez"
    assert clean_name("  3. María  (Guest) ") == "María"


def test_name_forms_read_renames_and_family_first() -> None:
    assert name_forms("Pérez, Ana") == ("ana perez", "perez ana")
    assert name_forms("MJ Pérez (María José Pérez)") == ("mj perez", "maria jose perez")
    assert name_forms("(EXT)") == ()


def test_identity_prefers_email_then_upn_then_name() -> None:
    assert identity("Ana", " Ana.Perez@RREE.gob.sv ", "ap@x.org") == "email:ana.perez@rree.gob.sv"
    assert identity("Ana", "", "AP@x.org") == "upn:ap@x.org"
    assert identity("Pérez, Ana (Invitado)", "", "") == "name:ana perez"


def directory() -> Directory:
    return Directory(
        emails={"ana@rree.gob.sv": {"p1"}, "shared@oim.int": {"p2", "p3"}},
        names={
            "ana perez": {"p1"},
            "perez ana": {"p1"},
            "jan janssens": {"p4"},
            "janssens jan": {"p4"},
            "luis garcia": {"p5", "p6"},
            "garcia luis": {"p5", "p6"},
        },
    )


def test_auto_match_email_first_then_upn_then_unique_name() -> None:
    d = directory()
    assert auto_match(d, [("Somebody", "ANA@rree.gob.sv", "")]) == ("p1", "email")
    assert auto_match(d, [("Somebody", "", "ana@rree.gob.sv")]) == ("p1", "upn")
    assert auto_match(d, [("JANSSENS JAN (EXT)", "", "")]) == ("p4", "name")
    assert auto_match(d, [("Pérez, Ana", "other@x.org", "")]) == ("p1", "name")


def test_auto_match_only_a_single_candidate() -> None:
    d = directory()
    assert auto_match(d, [("Luis García", "", "")]) is None  # two people of that name
    assert auto_match(d, [("Ana Pérez", "shared@oim.int", "")]) is None  # e-mail of two
    assert auto_match(d, [("Nobody Known", "", "")]) is None
