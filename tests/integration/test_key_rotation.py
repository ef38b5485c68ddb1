"""Key rotation on a real lake: every pseudonym and date shift re-derived under the new key
in one job, links between sources kept, nothing lost, and no run can mix the two keys."""

from __future__ import annotations

import pytest

from tests.integration.shared_lake import KEY_ID, KEY_SECRET

pytestmark = pytest.mark.spark

OLD_SECRET, OLD_ID = KEY_SECRET, KEY_ID  # the key the shared lake was curated under


@pytest.fixture(scope="module")
def rotated(tmp_path_factory, curated_lake, spark):
    """A copy of the shared curated lake (see conftest), snapshotted, rotated to a new key
    file."""
    from ozero import lake, pipeline
    from ozero.deid.keys import generate_key_file

    root = tmp_path_factory.mktemp("rotation")
    copy = curated_lake.copy_to(root / "lake")
    mp = pytest.MonkeyPatch()
    for name, value in curated_lake.env(copy).items():
        mp.setenv(name, value)

    def snapshot() -> dict:
        return {
            t: lake.read(spark, t).toPandas()
            for t in ("silver.remd_protocols", "silver.oms_cases", "gold.chest_imaging_protocols")
        } | {"quarantine": lake.read(spark, "quarantine.records").count()}

    before = snapshot()
    new_key = generate_key_file(root / "new.key")
    result = pipeline.rotate_key(str(root / "new.key"))
    after = snapshot()
    yield before, after, new_key, result, mp
    mp.undo()


def test_every_keyed_row_moves_to_the_new_key(rotated):
    before, after, new_key, result, _ = rotated
    assert result["new_key_id"] == new_key.key_id
    for table in ("silver.remd_protocols", "silver.oms_cases"):
        assert set(before[table]["deid_key_id"]) == {OLD_ID}
        assert set(after[table]["deid_key_id"]) == {new_key.key_id}
        assert len(after[table]) == len(before[table]) > 0
        assert result["after"][table] == [new_key.key_id]
    assert after["quarantine"] == before["quarantine"]
    assert len(after["gold.chest_imaging_protocols"]) == len(before["gold.chest_imaging_protocols"])


def test_pseudonyms_change_but_links_between_sources_hold(rotated):
    before, after, *_ = rotated
    for table, column in (
        ("silver.remd_protocols", "patient_pid"),
        ("silver.oms_cases", "patient_pid"),
    ):
        assert not set(before[table][column]) & set(after[table][column])

    def linked(snap: dict) -> int:
        remd = set(snap["silver.remd_protocols"]["patient_pid"])
        return len(remd & set(snap["silver.oms_cases"]["patient_pid"]))

    assert linked(after) == linked(before) > 0
    old_follow = before["gold.chest_imaging_protocols"]["followup_90d"].sum()
    assert after["gold.chest_imaging_protocols"]["followup_90d"].sum() == old_follow


def test_one_new_offset_per_patient_keeps_intervals(rotated):
    before, after, *_ = rotated
    old = before["silver.remd_protocols"][["_sha256", "study_date"]]
    new = after["silver.remd_protocols"][["_sha256", "study_date", "patient_pid"]]
    joined = new.merge(old, on="_sha256", suffixes=("_new", "_old"))
    assert len(joined) == len(new)
    joined["delta"] = joined["study_date_new"] - joined["study_date_old"]
    per_patient = joined.groupby("patient_pid")["delta"].nunique()
    assert (per_patient == 1).all()
    assert joined["delta"].nunique() > 1  # the offsets really were re-derived


def test_the_curate_dag_does_not_skip_after_a_rotation(rotated):
    """The rotation rewrote every keyed table: whichever key is configured, no curate task
    may sit out the next run on the strength of a mark made before it."""
    from ozero.curate import marks
    from ozero.datasets.registry import get_spec
    from ozero.sources.registry import get_source

    _, _, new_key, _, _ = rotated
    for key_id in (OLD_ID, new_key.key_id):
        watch = marks.for_source(get_source("remd"), key_id)
        assert marks.read_mark(watch)[0] is not None  # the shared lake's curation left one
        assert marks.skip_report(watch, marks.snapshot(watch)) is None
    gold = marks.for_dataset(get_spec("chest-imaging-protocols"))
    assert marks.skip_report(gold, marks.snapshot(gold)) is None


def test_a_run_under_the_old_key_is_refused(rotated):
    from ozero import pipeline
    from ozero.curate.keyring import KeyMismatchError

    _, _, new_key, _, mp = rotated
    with pytest.raises(KeyMismatchError) as err:
        pipeline.curate_source("remd")
    message = str(err.value)
    assert OLD_ID in message and new_key.key_id in message and OLD_SECRET not in message
    mp.delenv("OZERO_PSEUDONYM_KEY")
    mp.delenv("OZERO_PSEUDONYM_KEY_ID")
    mp.setenv("OZERO_PSEUDONYM_KEY_FILE", str(new_key_path(rotated)))
    report = pipeline.curate_source("remd")
    assert report["bronze_new"] == 0  # nothing new, and no error under the new key
    assert "skipped" in pipeline.curate_source("remd", skip_if_unchanged=True)  # and marked


def new_key_path(rotated) -> str:
    _, _, _, result, _ = rotated
    return result["new_key_file"]
