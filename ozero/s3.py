"""How to reach one S3 bucket: endpoint, credentials, region — the one rule every S3 client
in Ozero follows (S3A in `ozero.spark`, pyarrow and boto3 in `ozero.objects`, delta-rs in
`ozero.lakeview`).

One store for the whole lake needs only the usual variables: ``OZERO_S3_ENDPOINT``,
``AWS_ACCESS_KEY_ID`` / ``AWS_SECRET_ACCESS_KEY`` (``AWS_SESSION_TOKEN``), ``AWS_REGION``.
Zones kept in buckets of their own (``OZERO_ZONE_ROOTS``) may each have their own endpoint
and credentials, as S3A's ``fs.s3a.bucket.<name>.*`` keys do, in variables named after the
bucket (upper case, every character but letters and digits as ``_``)::

    OZERO_S3_BUCKET_OZERO_RESTRICTED_ENDPOINT=https://…
    OZERO_S3_BUCKET_OZERO_RESTRICTED_ACCESS_KEY_ID=…
    OZERO_S3_BUCKET_OZERO_RESTRICTED_SECRET_ACCESS_KEY=…   (and _SESSION_TOKEN)

A bucket's endpoint falls back to ``OZERO_S3_ENDPOINT``; its credentials come as a set:
the bucket's own when its ``_ACCESS_KEY_ID`` is set, else the ``AWS_*`` ones (else the
client's default chain: instance profile, …). Read from the environment at each call, so
Spark workers and a lake moved at run time see the same answer as the driver.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from typing import Any

_NOT_NAME = re.compile(r"[^A-Z0-9]")


@dataclass(frozen=True)
class BucketAccess:
    endpoint: str | None
    access_key: str | None
    secret_key: str | None
    session_token: str | None
    region: str | None
    path_style: bool


def variable(bucket: str, name: str) -> str:
    """``variable("ozero-restricted", "ENDPOINT")`` → ``OZERO_S3_BUCKET_OZERO_RESTRICTED_ENDPOINT``."""
    return f"OZERO_S3_BUCKET_{_NOT_NAME.sub('_', bucket.upper())}_{name}"


def _get(name: str) -> str | None:
    return os.environ.get(name, "").strip() or None


def bucket_access(bucket: str) -> BucketAccess:
    """Endpoint, credentials and region for `bucket`, as the environment says now."""
    own_keys = _get(variable(bucket, "ACCESS_KEY_ID")) is not None
    prefix = variable(bucket, "") if own_keys else "AWS_"
    return BucketAccess(
        endpoint=_get(variable(bucket, "ENDPOINT")) or _get("OZERO_S3_ENDPOINT"),
        access_key=_get(f"{prefix}ACCESS_KEY_ID"),
        secret_key=_get(f"{prefix}SECRET_ACCESS_KEY"),
        session_token=_get(f"{prefix}SESSION_TOKEN"),
        region=_get("AWS_REGION") or _get("AWS_DEFAULT_REGION"),
        path_style=(_get("OZERO_S3_PATH_STYLE") or "true").lower() == "true",
    )


def bucket_of(uri: str) -> str:
    """``s3a://bucket/key`` → ``bucket``."""
    return uri.split("://", 1)[1].split("/", 1)[0]


def boto3_client(bucket: str) -> Any:
    """A boto3 S3 client for `bucket`."""
    return client_for(bucket_access(bucket))


def client_for(access: BucketAccess) -> Any:
    """A boto3 S3 client with these settings. Checksums only where S3 requires them:
    botocore's default CRC trailers are not understood by every S3-compatible store."""
    import boto3
    from botocore.config import Config

    return boto3.client(
        "s3",
        endpoint_url=access.endpoint,
        aws_access_key_id=access.access_key,
        aws_secret_access_key=access.secret_key,
        aws_session_token=access.session_token,
        region_name=access.region,
        config=Config(
            s3={"addressing_style": "path" if access.path_style else "auto"},
            request_checksum_calculation="when_required",
            response_checksum_validation="when_required",
        ),
    )
