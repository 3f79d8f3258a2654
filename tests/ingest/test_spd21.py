"""spd21: extraction does less for the same output.

* Python 3.11's EnumType.__getattr__ is gone (graph/model.py), as in Python 3.12: every member still reads as before,
  and a missing name is still an AttributeError.
"""

from __future__ import annotations

import enum

import pytest

from graph.model import Label, RelType


def test_enum_members_read_without_the_hook() -> None:
    assert "__getattr__" not in vars(enum.EnumType)
    assert Label.PROJECT is Label("Project") and RelType.MENTIONS.value == "MENTIONS"
    assert Label.__members__["PARK"] is Label.PARK and list(Label)[0] is Label.POLICY
    with pytest.raises(AttributeError):
        Label.NOT_A_LABEL  # noqa: B018
    with pytest.raises(AttributeError):
        Label.__not_a_dunder__  # noqa: B018
