"""The FalkorDB parameter header: orjson's text where it reads back the same, the client's otherwise.

What the server makes of the header is tested on the real server in test_store_contract.py
(round trips, refusals); here, which way a value goes.
"""

from falkordb.helpers import stringify_param_value

from graph.falkordb_params import params_header


def test_rows_are_written_by_orjson_with_identifier_keys() -> None:
    rows = [{"id": "policy:1@0-5", "end": 5, "props": {"ev_rule": ["a", "b"], "confidence": 0.5}}]
    assert params_header({"rows": rows, "policy": "policy:1"}) == (
        'CYPHER `rows`=[{`id`:"policy:1@0-5",`end`:5,`props`:{`ev_rule`:["a","b"],`confidence`:0.5}}] '
        '`policy`="policy:1" ')


def test_key_like_text_inside_strings_is_left_alone() -> None:
    assert params_header({"v": {"a": '"a":'}}) == 'CYPHER `v`={`a`:"\\"a\\":"} '


def test_control_characters_json_would_escape_go_the_clients_way() -> None:
    value = ["a\x01b", {"k": "c"}]
    assert params_header({"v": value}) == f"CYPHER `v`={stringify_param_value(value)} "


def test_no_parameters_no_header() -> None:
    assert params_header(None) == params_header({}) == ""
