"""As-of times resolved against the publication date, on sentences of our own."""

from __future__ import annotations

import pytest

from reportedly import extract
from reportedly.timing import find_times

PUB = "2025-02-27"


@pytest.mark.parametrize(("phrase", "value"), [
    ("on 27 February", "2025-02-27"),
    ("on February 3", "2025-02-03"),
    ("on 3 March", "2024-03-03"),            # no year: the year that makes it past
    ("in early February", "2025-02"),
    ("last August", "2024-08"),
    ("between January and February", "2025-01/2025-02"),
    ("between November and January", "2024-11/2025-01"),
    ("since October 7", "2024-10-07/2025-02-27"),
    ("as of Monday", "2025-02-24"),
    ("so far this year", "2025-01-01/2025-02-27"),
    ("el sábado", "2025-02-22"),
    ("hace un mes", "2025-01"),
    ("in November 2023", "2023-11"),
    ("yesterday", "2025-02-26"),
    ("anoche", "2025-02-26"),
    ("durante la noche del domingo al lunes", "2025-02-23/2025-02-24"),
    ("between 24 February 2022 and 31 August 2024", "2022-02-24/2024-08-31"),
    ("over the weekend", "2025-02-22/2025-02-23"),
    ("in the past two weeks", "2025-02-13/2025-02-27"),
    ("en las últimas 24 horas", "2025-02-26/2025-02-27"),
    ("in the second quarter", "2024-04/2024-06"),
    ("desde 2021", "2021/2025-02-27"),
])
def test_time_expressions(phrase, value):
    times = find_times(f"The figure was given {phrase}.", PUB)
    assert [t.value for t in times] == [value]


def test_the_statement_date_is_not_the_figures_time():
    fig = extract("Yonhap reported on 27 February that over 1,000 troops were sent to Russia "
                  "between January and February.", published=PUB, lang="en")[0]
    assert fig.as_of == "2025-01/2025-02"


def test_a_statement_date_alone_leaves_as_of_empty():
    fig = extract("The JCS said in a statement on 23 February that 1,100 soldiers were hurt.",
                  published=PUB, lang="en")[0]
    assert fig.as_of is None


def test_initially_refers_back_to_the_last_time_mentioned():
    text = ("Ukraine launched its incursion last August. Initially, Ukrainian troops seized "
            "over 1,000 square kilometers.")
    assert extract(text, published=PUB, lang="en")[0].as_of == "2024-08"


def test_previously_marks_a_figure_stated_before_publication():
    fig = extract("Previously, the NIS said 11,000 troops were deployed.", published=PUB,
                  lang="en")[0]
    assert fig.stated_before and fig.as_of is None


@pytest.mark.parametrize(("sentence", "as_of"), [
    ("Zelensky said Russia had dropped more than 1,300 glide bombs so far this month.",
     "2025-02-01/2025-02-27"),
    ("More than 4 million people had fled since the war began on 15 April 2023, the UN said.",
     "2023-04-15/2025-02-27"),
    ("More than 400 people were killed in attacks between Friday and Sunday, officials said.",
     "2025-02-21/2025-02-23"),
    ("The death toll from Friday's earthquake has risen to 2,719, the government said.", None),
    ("«Al menos 3.000 soldados han muerto», dijo Zelenski a periodistas el domingo.", None),
    ("La Guardia Costera aseguró que rescató el martes a 47 personas.", "2025-02-25"),
    ("In a report released on 10 February, the group said at least 80 civilians died.", None),
])
def test_figure_times_and_statement_times(sentence, as_of):
    lang = "es" if "«" in sentence or "Guardia" in sentence else "en"
    assert extract(sentence, published=PUB, lang=lang)[0].as_of == as_of


def test_without_a_publication_date_only_full_dates_resolve():
    # a page with no date: "on Monday" and running totals cannot be placed in time
    assert find_times("On Monday 40 people died.", None, "en") == []
    assert find_times("Since 7 October 2023, 40,000 people were killed.", None, "en") == []
    assert find_times("Desde el 7 de octubre de 2023, 40.000 muertos.", None, "es") == []
    assert [w.value for w in find_times("On 27 February 2025, 1,000 troops were sent.", None,
                                        "en")] == ["2025-02-27"]
