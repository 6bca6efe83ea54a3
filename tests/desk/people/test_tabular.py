"""desk.people.tabular: real files, written byte for byte as other programs write them."""

from __future__ import annotations

import io
import random
import zipfile
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest

from desk.errors import ImportFileError
from desk.people.header_map import (
    FIELDS,
    HeaderMap,
    is_dietary,
    map_headers,
    no_dietary_need,
    split_full_name,
)
from desk.people.tabular import Row, Table, read_headers, read_table


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def lines_of(table: Table) -> list[int]:
    return [row.line for row in table.rows]


def cells_of(table: Table) -> list[tuple[str, ...]]:
    return [row.cells for row in table.rows]


SPANISH = (
    "Nombre(s);Apellido(s);País;Institución\r\n"
    "José;Núñez;El Salvador;MINSAL\r\n"
    "Ana;Peña;Perú;OPS\r\n"
)


# --- encodings ---------------------------------------------------------------------------------


def test_utf8_with_bom(tmp_path: Path) -> None:
    text = "Nombre,Apellido,País\nJosé,Núñez,México\n"
    table = read_table(write(tmp_path, "bom.csv", b"\xef\xbb\xbf" + text.encode("utf-8")))
    assert table.encoding == "utf-8-sig"
    assert table.headers == ("Nombre", "Apellido", "País")  # no BOM glued to "Nombre"
    assert table.rows == (Row(2, ("José", "Núñez", "México")),)
    assert (table.kind, table.delimiter, table.header_line) == ("csv", ",", 1)


def test_utf8_without_bom(tmp_path: Path) -> None:
    text = "Nombre,Apellido,País\nJosé,Núñez,México\nZoë,Ørsted,Danmark\n"
    table = read_table(write(tmp_path, "plain.csv", text.encode("utf-8")))
    assert table.encoding == "utf-8"
    assert cells_of(table) == [("José", "Núñez", "México"), ("Zoë", "Ørsted", "Danmark")]


def test_utf16_le_with_bom_excel_unicode_text(tmp_path: Path) -> None:
    # Excel "Unicode text": UTF-16 LE with BOM, tab-separated, CRLF, quotes only where needed.
    text = (
        "Nombre\tApellido\tInstitución\r\n"
        'José\tNúñez\t"Ministerio de Salud, ""MINSAL"""\r\n'
        "Ana\tPeña\tOPS\r\n"
    )
    table = read_table(write(tmp_path, "unicode.txt", b"\xff\xfe" + text.encode("utf-16-le")))
    assert (table.encoding, table.delimiter) == ("utf-16-le", "\t")
    assert table.headers == ("Nombre", "Apellido", "Institución")
    assert cells_of(table) == [
        ("José", "Núñez", 'Ministerio de Salud, "MINSAL"'),
        ("Ana", "Peña", "OPS"),
    ]
    assert lines_of(table) == [2, 3]


def test_utf16_be_with_bom(tmp_path: Path) -> None:
    table = read_table(write(tmp_path, "be.csv", b"\xfe\xff" + SPANISH.encode("utf-16-be")))
    assert table.encoding == "utf-16-be"
    assert table.rows[0].cells == ("José", "Núñez", "El Salvador", "MINSAL")


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom(tmp_path: Path, encoding: str) -> None:
    table = read_table(write(tmp_path, "nobom.csv", SPANISH.encode(encoding)))
    assert table.encoding == encoding
    assert table.headers == ("Nombre(s)", "Apellido(s)", "País", "Institución")
    assert cells_of(table)[1] == ("Ana", "Peña", "Perú", "OPS")


def test_cp1252_semicolons_spanish(tmp_path: Path) -> None:
    # What Excel on a Spanish-language Windows writes for "CSV (delimitado por comas)".
    text = (
        "Nombre;Apellidos;País;Institución;Correo electrónico\r\n"
        "José;Núñez Peña;El Salvador;Ministerio de Educación;jose@example.org\r\n"
        "María;Ibáñez;Perú;Cancillería – DGA;maria@example.org\r\n"
    )
    data = text.encode("cp1252")
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    table = read_table(write(tmp_path, "excel.csv", data))
    assert (table.encoding, table.delimiter) == ("cp1252", ";")
    assert table.headers[2:4] == ("País", "Institución")
    assert cells_of(table) == [
        ("José", "Núñez Peña", "El Salvador", "Ministerio de Educación", "jose@example.org"),
        ("María", "Ibáñez", "Perú", "Cancillería – DGA", "maria@example.org"),
    ]


def test_latin1_as_last_resort(tmp_path: Path) -> None:
    # 0x81 is undefined in cp1252, so only latin-1 can read this file.
    data = "Nombre;Apellido;País\nJosé;Núñez;Perú\n".encode("latin-1") + b"Ana;Pe\x81a;Chile\n"
    table = read_table(write(tmp_path, "latin1.csv", data))
    assert table.encoding == "latin-1"
    assert table.rows[0].cells == ("José", "Núñez", "Perú")
    assert table.rows[1].cells == ("Ana", "Pe a", "Chile")  # the control byte is dropped


# --- delimiters, line ends, blank lines, cleaning ------------------------------------------------


@pytest.mark.parametrize(
    ("delimiter", "other"),
    [(",", ";"), (";", ","), ("\t", ",")],
)
def test_delimiters(tmp_path: Path, delimiter: str, other: str) -> None:
    rows = [
        ["Nombre", "Apellido", "Institución", "Cargo"],
        ["José", "Núñez", f"MINSAL{other} El Salvador", f"Jefe{other} Unidad"],
        ["Ana", "Peña", "OPS", "Asesora"],
    ]
    text = "".join(delimiter.join(row) + "\n" for row in rows)
    table = read_table(write(tmp_path, "d.csv", text.encode("utf-8")))
    assert table.delimiter == delimiter
    assert table.headers == tuple(rows[0])
    assert cells_of(table) == [tuple(rows[1]), tuple(rows[2])]


@pytest.mark.parametrize("newline", ["\r\n", "\n", "\r"])
def test_line_ends_and_blank_lines(tmp_path: Path, newline: str) -> None:
    lines = [
        "Nombre,Apellido,País",  # 1
        "José,Núñez,Perú",  # 2
        "",  # 3
        "   ",  # 4
        ",,",  # 5 (only delimiters)
        " , \t, ",  # 6 (only spaces)
        "Ana,Peña,Chile",  # 7
        "",  # 8
        "Luis,Ruiz,Cuba",  # 9
    ]
    table = read_table(write(tmp_path, "nl.csv", newline.join(lines).encode("utf-8")))
    assert table.header_line == 1
    assert lines_of(table) == [2, 7, 9]
    assert cells_of(table)[2] == ("Luis", "Ruiz", "Cuba")


def test_stray_spaces_tabs_and_nbsp(tmp_path: Path) -> None:
    text = (
        " Nombre ;\u00a0Apellido\u00a0; País  de  residencia \n"
        "  José\t;  Núñez \u00a0 Peña ;\u00a0El\u00a0\u00a0Salvador\u00a0\n"
        "\u200bAna\ufeff; Peña ;\tPerú\t\n"
    )
    table = read_table(write(tmp_path, "spaces.csv", text.encode("utf-8")))
    assert table.headers == ("Nombre", "Apellido", "País de residencia")
    assert cells_of(table) == [("José", "Núñez Peña", "El Salvador"), ("Ana", "Peña", "Perú")]


def test_quoted_cells_with_delimiters_quotes_and_newlines(tmp_path: Path) -> None:
    text = (
        "Nombre,Apellido,Institución,Comentarios\r\n"  # 1
        'José,Núñez,"Ministerio de Salud, MINSAL","Llega el lunes\r\n'  # 2
        'con su ""asistente""\r\n'  # 3
        '(confirmado)"\r\n'  # 4
        "Ana,Peña,OPS,\r\n"  # 5
        "\r\n"  # 6
        'Luis, "Ruiz, hijo" ,Cuba,\r\n'  # 7
    )
    table = read_table(write(tmp_path, "quoted.csv", text.encode("utf-8")))
    assert lines_of(table) == [2, 5, 7]
    assert cells_of(table) == [
        (
            "José",
            "Núñez",
            "Ministerio de Salud, MINSAL",
            'Llega el lunes con su "asistente" (confirmado)',
        ),
        ("Ana", "Peña", "OPS", ""),
        ("Luis", "Ruiz, hijo", "Cuba", ""),
    ]


def test_title_rows_above_the_header(tmp_path: Path) -> None:
    text = (
        "Lista de participantes;;;\n"  # 1
        "\n"  # 2
        "Congreso Regional 2025;;;\n"  # 3
        "Nombre;Apellido;País;Correo\n"  # 4
        "José;Núñez;Perú;j@example.org\n"  # 5
    )
    table = read_table(write(tmp_path, "title.csv", text.encode("utf-8")))
    assert table.header_line == 4
    assert table.headers == ("Nombre", "Apellido", "País", "Correo")
    assert table.rows == (Row(5, ("José", "Núñez", "Perú", "j@example.org")),)


def test_single_cell_first_row_is_header_when_next_row_is_narrow(tmp_path: Path) -> None:
    text = "Nombre completo,\nJosé Núñez,jose@example.org\n"
    table = read_table(write(tmp_path, "narrow.csv", text.encode("utf-8")))
    assert table.header_line == 1
    assert table.headers == ("Nombre completo",)  # trailing empty header cell dropped
    assert table.rows == (Row(2, ("José Núñez", "jose@example.org")),)


def test_short_rows_padded_long_rows_kept(tmp_path: Path) -> None:
    text = "Nombre,Apellido,País,,\nJosé,Núñez\nAna,Peña,Perú,extra,más\n,,,,solo aquí\n"
    table = read_table(write(tmp_path, "ragged.csv", text.encode("utf-8")))
    assert table.headers == ("Nombre", "Apellido", "País")
    assert cells_of(table) == [
        ("José", "Núñez", ""),
        ("Ana", "Peña", "Perú", "extra", "más"),
        ("", "", "", "", "solo aquí"),  # non-blank because of the extra cell
    ]
    assert lines_of(table) == [2, 3, 4]


def test_header_only_is_an_empty_table(tmp_path: Path) -> None:
    table = read_table(write(tmp_path, "header.csv", b"Nombre;Apellido;Correo\r\n\r\n"))
    assert table.headers == ("Nombre", "Apellido", "Correo")
    assert table.rows == ()
    assert table.header_line == 1


def test_excel_sep_line_and_text_guard(tmp_path: Path) -> None:
    text = 'sep=;\r\nNombre;Apellido;Teléfono\r\nJosé;Núñez;="0050322223333"\r\n'
    table = read_table(write(tmp_path, "sep.csv", text.encode("utf-8")))
    assert table.delimiter == ";"
    assert table.header_line == 2
    assert table.rows == (Row(3, ("José", "Núñez", "0050322223333")),)


def test_one_column_full_name_list(tmp_path: Path) -> None:
    text = "Nombre completo\nNúñez Peña, José\nAna Ruiz\n"
    table = read_table(write(tmp_path, "names.csv", text.encode("utf-8")))
    assert table.delimiter is None
    assert table.headers == ("Nombre completo",)
    assert cells_of(table) == [("Núñez Peña, José",), ("Ana Ruiz",)]


def test_extension_does_not_decide(tmp_path: Path) -> None:
    table = read_table(write(tmp_path, "really-a-csv.xlsx", b"Nombre,Apellido,Pais\nA,B,C\n"))
    assert table.kind == "csv"


def test_fifty_thousand_rows_keep_their_line_numbers(tmp_path: Path) -> None:
    header = "Nombre,Apellido,País,Institución,Cargo,Categoría,Correo,Teléfono,Modalidad,Código\r\n"
    row = 'José {i},Núñez Peña,El Salvador,"MINSAL, UCP",Director,Delegado,j{i}@x.org,50322223333,Presencial,7KQ2M9XC4RTBHN5E\r\n'  # noqa: E501
    text = header + "".join(row.format(i=i) for i in range(50_000))
    path = write(tmp_path, "big.csv", text.encode("utf-8-sig"))
    table = read_table(path)
    assert len(table.rows) == 50_000
    assert table.rows[-1].line == 50_001
    assert table.rows[-1].cells[3] == "MINSAL, UCP"


# --- XLSX --------------------------------------------------------------------------------------


def make_xlsx(path: Path, sheets: dict[str, list[list[object]]]) -> Path:
    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    for title, rows in sheets.items():
        sheet = workbook.create_sheet(title)
        for r, values in enumerate(rows, start=1):
            for c, value in enumerate(values, start=1):
                if value is not None:
                    sheet.cell(row=r, column=c, value=value)
    workbook.save(path)
    return path


def test_xlsx(tmp_path: Path) -> None:
    path = make_xlsx(
        tmp_path / "lista.xlsx",
        {
            "Vacía": [],
            "Participantes": [
                ["Lista de participantes"],  # 1: title
                [],  # 2: blank
                ["Nombre(s)", "Apellido(s)", "Teléfono", "Fecha", "Registro", "Edad", None],  # 3
                ["José", "  Núñez\u00a0 Peña ", 50322223333, date(2025, 3, 14), None, 41],  # 4
                [],  # 5
                ["Ana", "Peña", 50377778888.0, datetime(2025, 3, 15, 9, 30), "x", 39.5],  # 6
            ],
        },
    )
    table = read_table(path)
    assert (table.kind, table.encoding, table.delimiter) == ("xlsx", None, None)
    assert table.header_line == 3
    assert table.headers == ("Nombre(s)", "Apellido(s)", "Teléfono", "Fecha", "Registro", "Edad")
    assert table.rows == (
        Row(4, ("José", "Núñez Peña", "50322223333", "2025-03-14", "", "41")),
        Row(6, ("Ana", "Peña", "50377778888", "2025-03-15T09:30:00", "x", "39.5")),
    )


def test_xlsx_detected_by_content(tmp_path: Path) -> None:
    path = make_xlsx(tmp_path / "lista.xlsx", {"Hoja1": [["Nombre", "Apellido"], ["A", "B"]]})
    renamed = path.rename(tmp_path / "export.csv")
    table = read_table(renamed)
    assert table.kind == "xlsx"
    assert table.rows == (Row(2, ("A", "B")),)


def test_xlsx_header_only(tmp_path: Path) -> None:
    path = make_xlsx(tmp_path / "h.xlsx", {"Hoja1": [[None], ["Nombre", "Apellido", "País"]]})
    table = read_table(path)
    assert (table.header_line, table.rows) == (2, ())


def test_xlsx_without_data(tmp_path: Path) -> None:
    path = make_xlsx(tmp_path / "vacio.xlsx", {"Hoja1": [], "Hoja2": [[None, " "]]})
    with pytest.raises(ImportFileError, match=r"'vacio\.xlsx' has no data"):
        read_table(path)


# --- not a spreadsheet ---------------------------------------------------------------------------


def zip_bytes(files: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return buffer.getvalue()


LETTER = (
    "Estimada señora Núñez:\n\n"
    "Le escribo, como acordamos, para confirmar su participación en el congreso.\n"
    "Por favor envíe la lista de su delegación antes del viernes.\n"
    "Quedo a la espera de su respuesta.\n\n"
    "Atentamente,\nMaría Peña\n"
)

NOT_SPREADSHEETS = {
    "empty": ("lista.csv", b"", "is empty"),
    "only blank lines": ("lista.csv", b"\xef\xbb\xbf\r\n \r\n;;;\r\n", "is empty"),
    "pdf": ("lista.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n", "PDF"),
    "png": ("foto.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64), "image"),
    "jpeg": ("foto.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(64), "image"),
    "gif": ("foto.gif", b"GIF89a\x01\x00\x01\x00" + bytes(32), "image"),
    "xls": (
        "lista.xls",
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504) + "Workbook".encode("utf-16-le"),
        r"Excel 97-2003 workbook \(\.xls\); save it as \.xlsx or CSV and import again",
    ),
    "zip": ("lista.zip", zip_bytes({"lista.csv": b"Nombre,Apellido\nA,B\n"}), "ZIP"),
    "docx": (
        "lista.docx",
        zip_bytes({"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<w/>"}),
        "Word",
    ),
    "damaged xlsx": (
        "lista.xlsx",
        zip_bytes({"[Content_Types].xml": b"<Types/>", "xl/workbook.xml": b"garbage"}),
        "damaged",
    ),
    "truncated zip": ("lista.xlsx", b"PK\x03\x04" + bytes(40), "damaged"),
    "binary": ("datos.csv", random.Random(7).randbytes(4096), "binary"),
    "html": (
        "export.xls",
        b"<html><body><table><tr><td>Nombre</td></tr></table></body></html>",
        "web page",
    ),
    "letter": ("carta.txt", LETTER.encode("utf-8"), "does not look like a participant list"),
    "ods": (
        "lista.ods",
        zip_bytes({"mimetype": b"application/vnd.oasis.opendocument.spreadsheet"}),
        r"OpenDocument spreadsheet \(\.ods\)",
    ),
    "xml spreadsheet 2003": (
        "lista.xml",
        b'<?xml version="1.0"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"/>',
        "XML",
    ),
}


@pytest.mark.parametrize("case", NOT_SPREADSHEETS, ids=list(NOT_SPREADSHEETS))
def test_not_a_spreadsheet(tmp_path: Path, case: str) -> None:
    name, data, expected = NOT_SPREADSHEETS[case]
    path = write(tmp_path, name, data)
    with pytest.raises(ImportFileError, match=expected) as caught:
        read_table(path)
    message = str(caught.value)
    assert name in message
    assert "\n" not in message


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ImportFileError, match="does not exist") as caught:
        read_table(tmp_path / "no-such-list.csv")
    assert "no-such-list.csv" in str(caught.value)


def test_folder_instead_of_file(tmp_path: Path) -> None:
    with pytest.raises(ImportFileError, match="folder"):
        read_table(tmp_path)


def test_unclosed_quote(tmp_path: Path) -> None:
    text = 'Nombre,Apellido,Institución\nJosé,Núñez,OPS\nAna,Peña,"Ministerio\nLuis,Ruiz,OPS\n'
    with pytest.raises(ImportFileError, match=r"unclosed\.csv', line 3: a quotation mark"):
        read_table(write(tmp_path, "unclosed.csv", text.encode("utf-8")))


def test_closed_multiline_last_row_is_fine(tmp_path: Path) -> None:
    text = 'Nombre,Apellido,Nota\nAna,Peña,"uno\ndos\ntres"\n'
    table = read_table(write(tmp_path, "ok.csv", text.encode("utf-8")))
    assert table.rows == (Row(2, ("Ana", "Peña", "uno dos tres")),)


def test_title_over_two_columns_stays_the_header(tmp_path: Path) -> None:
    # The title rule needs three or more cells in the next row; map_headers then reports.
    text = "Inscritos\nNombre completo;Correo\nJosé Núñez;j@example.org\n"
    table = read_table(write(tmp_path, "two.csv", text.encode("utf-8")))
    assert (table.headers, table.delimiter, table.header_line) == (("Inscritos",), ";", 1)
    with pytest.raises(ImportFileError, match=r"Columns in the file: Inscritos$"):
        map_headers(table.headers)


def test_damaged_utf16(tmp_path: Path) -> None:
    data = b"\xff\xfe" + "Nombre\tApellido\r\n".encode("utf-16-le") + b"\x00\xd8A\x00"
    with pytest.raises(ImportFileError, match=r"'utf16\.csv' is not valid UTF-16-LE text"):
        read_table(write(tmp_path, "utf16.csv", data))


# --- header mapping ----------------------------------------------------------------------------


def test_english_headers() -> None:
    headers = ["First name", "Last name", "Country", "Organization", "Job title", "Category"]
    headers += ["Email address", "Phone number", "Attendance", "Badge code"]
    mapping = map_headers(headers)
    assert mapping.columns == {
        "given_name": 0,
        "family_name": 1,
        "country": 2,
        "organisation": 3,
        "position": 4,
        "category": 5,
        "email": 6,
        "phone": 7,
        "mode": 8,
        "code": 9,
    }
    assert mapping.unused == ()


def test_spanish_headers_any_order_case_and_accents() -> None:
    headers = [
        "CÓDIGO DE INVITACIÓN",
        "correo electronico",
        " Apellido(s) ",
        "Nombre(s)",
        "pais de residencia",
        "Institución",
        "cargo",
        "Tipo de participante",
        "Teléfono celular",
        "Modalidad de participación",
    ]
    mapping = map_headers(headers)
    assert mapping.columns == {
        "code": 0,
        "email": 1,
        "family_name": 2,
        "given_name": 3,
        "country": 4,
        "organisation": 5,
        "position": 6,
        "category": 7,
        "phone": 8,
        "mode": 9,
    }


def test_bilingual_headers() -> None:
    mapping = map_headers(
        [
            "Nombre(s) / First name",
            "Apellido(s) / Last name",
            "Correo electrónico | Email",
            "País / Country",
            "Teléfono (WhatsApp)",
            "Institución / Institution",
        ]
    )
    assert mapping.columns == {
        "given_name": 0,
        "family_name": 1,
        "email": 2,
        "country": 3,
        "phone": 4,
        "organisation": 5,
    }


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Nombre completo", "full_name"),
        ("Full name", "full_name"),
        ("Nombre y apellido(s)", "full_name"),
        ("Nombre", "full_name"),  # no family-name column: the whole name
        ("Name", "full_name"),
        ("Nombre / Apellido", "full_name"),
        ("Nombre completo / Full name", "full_name"),
    ],
)
def test_full_name_headers(header: str, field: str) -> None:
    assert map_headers([header, "Email"]).columns == {field: 0, "email": 1}


def test_name_is_given_name_next_to_a_family_name() -> None:
    assert map_headers(["Name", "Surname"]).columns == {"given_name": 0, "family_name": 1}
    assert map_headers(["Apellidos", "Nombres"]).columns == {"family_name": 0, "given_name": 1}


def test_synonyms_cover_every_field() -> None:
    samples = {
        "given_name": ["Primer nombre", "Given name(s)", "Forename"],
        "family_name": ["Apellido", "Family name", "Surname"],
        "country": ["Pais", "Nacionalidad", "Delegación", "Country of residence"],
        "organisation": ["Organización", "Entidad", "Dependencia", "Agency", "Empresa"],
        "position": ["Puesto", "Position", "Título del cargo"],
        "category": ["Categoría", "Participant type", "Perfil"],
        "email": ["Correo", "E-mail", "Dirección de correo electrónico"],
        "phone": ["Telefono", "Celular", "Móvil", "Mobile", "WhatsApp"],
        "mode": ["Modalidad", "Participation", "Mode"],
        "code": ["Código", "Código de gafete", "Invitation code", "Badge ID", "QR"],
    }
    for field, headers in samples.items():
        for header in headers:
            mapping = map_headers([header, "Nombre completo"])
            assert mapping.columns.get(field) == 0, header
    assert set(samples) | {"full_name"} == set(FIELDS)


def test_unused_and_duplicate_columns() -> None:
    headers = ["Marca temporal", "Nombre", "Apellido", "Correo", "E-mail", "", "Comentarios"]
    mapping = map_headers(headers)
    assert mapping.columns == {"given_name": 1, "family_name": 2, "email": 3}
    assert mapping.unused == ("Marca temporal", "E-mail", "Comentarios")


def test_second_surname_is_joined() -> None:
    headers = ["Primer nombre", "Segundo nombre", "Primer apellido", "Segundo apellido"]
    mapping = map_headers(headers)
    assert mapping.columns == {"given_name": 0, "family_name": 2}
    assert mapping.extra == {"given_name": (1,), "family_name": (3,)}
    assert mapping.unused == ()
    cells = ("Ana", "", "Núñez", "Peña")
    assert mapping.value(cells, "given_name") == "Ana"
    assert mapping.value(cells, "family_name") == "Núñez Peña"
    assert mapping.value(cells, "email") == ""


def test_missing_name_columns() -> None:
    with pytest.raises(ImportFileError) as caught:
        map_headers(["Correo", "Institución", "Apellido"])
    assert str(caught.value) == (
        "No name columns found. Expected 'Nombre(s)' / 'First name' and 'Apellido(s)' / "
        "'Last name' (or 'Nombre completo' / 'Full name'). "
        "Columns in the file: Correo, Institución, Apellido"
    )


def test_header_map_from_a_real_file(tmp_path: Path) -> None:
    text = (
        "Marca temporal,Dirección de correo electrónico,Nombre(s),Apellido(s),País\n"
        "2025/03/01 10:00:00,jose@example.org,José,Núñez,Perú\n"
    )
    table = read_table(write(tmp_path, "forms.csv", text.encode("utf-8")))
    mapping = map_headers(table.headers)
    assert isinstance(mapping, HeaderMap)
    row = table.rows[0].cells
    assert row[mapping.columns["email"]] == "jose@example.org"
    assert mapping.unused == ("Marca temporal",)


# --- full names ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", ("", "")),
        ("   ", ("", "")),
        ("Madonna", ("Madonna", "")),
        ("José Núñez", ("José", "Núñez")),
        ("  José   Núñez  Peña ", ("José", "Núñez Peña")),
        ("Ana María Núñez Peña", ("Ana María", "Núñez Peña")),
        ("Juan Carlos Pérez de la Cruz Gómez", ("Juan Carlos", "Pérez de la Cruz Gómez")),
        ("María de los Ángeles Hernández", ("María", "de los Ángeles Hernández")),
        ("Juan de la Cruz", ("Juan", "de la Cruz")),
        ("José María Ortega y Gasset", ("José María", "Ortega y Gasset")),
        ("Pedro Del Valle", ("Pedro", "Del Valle")),
        ("Ludwig van Beethoven", ("Ludwig", "van Beethoven")),
        ("Núñez Peña, José Luis", ("José Luis", "Núñez Peña")),
    ],
)
def test_split_full_name(text: str, expected: tuple[str, str]) -> None:
    assert split_full_name(text) == expected


# -- headers only (the import dialog), extra columns, dietary columns -------------------------


def test_read_headers_reads_only_the_head_of_a_big_list(tmp_path: Path) -> None:
    body = "".join(f"Ana {i};Pérez;ana{i}@x.org;Vegetariana\r\n" for i in range(20_000))
    path = write(tmp_path, "big.csv", ("Nombre;Apellidos;Correo;Dieta\r\n" + body).encode())
    assert read_headers(path) == ("Nombre", "Apellidos", "Correo", "Dieta")
    quoted = "Nombre,Apellidos,Notas\r\n" + 'Ana,Pérez,"una\r\nnota larga"\r\n' * 9000
    assert read_headers(write(tmp_path, "q.csv", quoted.encode())) == (
        "Nombre",
        "Apellidos",
        "Notas",
    )
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["Lista de participantes"])
    ws.append(["First name", "Last name", "Dietary needs"])
    for i in range(50):
        ws.append([f"Ana {i}", "Pérez", "Vegan"])
    wb.save(tmp_path / "l.xlsx")
    assert read_headers(tmp_path / "l.xlsx") == ("First name", "Last name", "Dietary needs")


def test_columns_not_used_are_kept_under_their_own_header() -> None:
    hmap = map_headers(["Nombre", "Apellidos", "Dieta", "Notas", "Notas", "Correo", "Correo"])
    assert hmap.kept == (("Dieta", 2), ("Notas", 3), ("Notas (2)", 4), ("Correo", 6))
    cells = ("Ana", "Pérez", "Vegana", "", "llega tarde", "a@x.org", "otro@x.org")
    assert hmap.kept_values(cells) == {
        "Dieta": "Vegana",
        "Notas (2)": "llega tarde",
        "Correo": "otro@x.org",
    }


@pytest.mark.parametrize(
    ("header", "dietary"),
    [
        ("Dieta", True),
        ("DIETARY NEEDS", True),
        ("Restricciones alimentarias", True),
        ("Alimentación", True),
        ("3. ¿Tiene alguna restricción alimentaria?", True),
        ("Menú", True),
        ("Necesidades de accesibilidad", False),
        ("Idioma de interpretación", False),
    ],
)
def test_dietary_columns_are_known_by_header(header: str, dietary: bool) -> None:
    assert is_dietary(header) is dietary


def test_cells_that_say_no_dietary_need() -> None:
    for text in ("", "-", "Ninguna", "N/A", "no", "NINGUNO.", "None"):
        assert no_dietary_need(text), text
    for text in ("Vegetariana", "Sin gluten", "Alergia al maní"):
        assert not no_dietary_need(text), text
