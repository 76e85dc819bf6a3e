"""bench/hostile.py in its quick mode, against `apikit mock fivepm` in a child process: whatever the
hostile clients send, normal requests are answered meanwhile and the server's memory per hostile
connection stays within the body limit plus 1 MiB."""

from __future__ import annotations

from bench import hostile


def test_hostile_inputs_leave_normal_requests_answered_and_memory_bounded() -> None:
    results = hostile.run(quick=True)
    inputs = results["inputs"]
    assert list(inputs) == [item.name for item in hostile.INPUTS]
    for name, seen in inputs.items():
        assert seen["normal_answered"], f"{name}: the normal request sent meanwhile was not answered"
        assert seen["within_bound"], (
            f"{name}: {seen['rss_growth_per_connection_kib']} KiB per connection, "
            f"over the bound of {seen['bound_per_connection_kib']} KiB"
        )
        assert seen["as_expected"], f"{name}: unexpected answers {seen['statuses']}"
        assert seen["answered_after"], f"{name}: the server did not answer once the input was over"
    assert inputs["slow-loris"]["statuses"] == {
        "408": hostile.QUICK.loris,
        "beyond the cap: 503": 1,
    }
