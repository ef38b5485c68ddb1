"""Per-bucket S3 settings (`ozero.s3`): a zone's bucket may have its own endpoint and keys,
and every client — S3A, pyarrow/boto3, delta-rs — takes them from the same rule."""

from __future__ import annotations

import pytest

from ozero import lakeview, s3
from ozero.config import Settings
from ozero.spark import _s3a_conf, s3a_buckets

SHARED = {
    "OZERO_S3_ENDPOINT": "https://storage.example.ru",
    "AWS_ACCESS_KEY_ID": "shared-key",
    "AWS_SECRET_ACCESS_KEY": "shared-secret",
    "AWS_REGION": "ru-central1",
}


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    for name in ("AWS_SESSION_TOKEN", "AWS_DEFAULT_REGION", "OZERO_S3_PATH_STYLE"):
        monkeypatch.delenv(name, raising=False)
    for name, value in SHARED.items():
        monkeypatch.setenv(name, value)
    return monkeypatch


def test_one_store_for_every_bucket(env) -> None:
    assert s3.bucket_access("any-bucket") == s3.BucketAccess(
        "https://storage.example.ru", "shared-key", "shared-secret", None, "ru-central1", True
    )


def test_a_bucket_with_its_own_endpoint_and_keys(env) -> None:
    env.setenv("OZERO_S3_BUCKET_OZERO_RESTRICTED_ENDPOINT", "http://127.0.0.1:9001")
    env.setenv("OZERO_S3_BUCKET_OZERO_RESTRICTED_ACCESS_KEY_ID", "phi-key")
    env.setenv("OZERO_S3_BUCKET_OZERO_RESTRICTED_SECRET_ACCESS_KEY", "phi-secret")
    env.setenv("OZERO_S3_BUCKET_OZERO_LAKE_ENDPOINT", "http://127.0.0.1:9002")  # endpoint only
    env.setenv("AWS_SESSION_TOKEN", "shared-token")
    assert (
        s3.variable("ozero.restricted", "ENDPOINT") == "OZERO_S3_BUCKET_OZERO_RESTRICTED_ENDPOINT"
    )
    restricted = s3.bucket_access("ozero-restricted")
    assert (restricted.endpoint, restricted.access_key, restricted.secret_key) == (
        "http://127.0.0.1:9001",
        "phi-key",
        "phi-secret",
    )
    assert restricted.session_token is None  # keys come as a set: never the shared token
    lake = s3.bucket_access("ozero-lake")
    assert (lake.endpoint, lake.access_key, lake.session_token) == (
        "http://127.0.0.1:9002",
        "shared-key",
        "shared-token",
    )

    conf = _s3a_conf("ozero-restricted")
    prefix = "fs.s3a.bucket.ozero-restricted."
    assert conf[prefix + "endpoint"] == "http://127.0.0.1:9001"
    assert conf[prefix + "connection.ssl.enabled"] == "false"
    assert (conf[prefix + "access.key"], conf[prefix + "secret.key"]) == ("phi-key", "phi-secret")
    assert prefix + "session.token" not in conf

    options = lakeview.storage_options("s3://ozero-restricted/bronze/remd_documents")
    assert options is not None
    assert options["AWS_ENDPOINT_URL"] == "http://127.0.0.1:9001"
    assert (options["AWS_ACCESS_KEY_ID"], options["AWS_ALLOW_HTTP"]) == ("phi-key", "true")


def test_spark_configures_every_zone_bucket(env) -> None:
    env.setenv("OZERO_LAKE_URI", "s3a://ozero-lake/lake")
    env.setenv(
        "OZERO_ZONE_ROOTS",
        "bronze=s3a://ozero-restricted/bronze,quarantine=s3a://ozero-restricted/quarantine,"
        "releases=s3a://ozero-releases/releases,catalog=/srv/catalog",
    )
    assert s3a_buckets(Settings()) == ["ozero-lake", "ozero-releases", "ozero-restricted"]
