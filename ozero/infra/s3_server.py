"""An S3-compatible server on localhost for tests and laptops: moto's server mode.

moto is a pip package (no binary download, no Docker) and starts in about a second; it
speaks enough of S3 for S3A and Delta (ListObjectsV2, multipart uploads, copy, ranged
GETs). It keeps objects in memory, so it is a test double, not a store for real data.

    python -m ozero.infra.s3_server --port 9000 --bucket ozero
    # then, in another shell:
    export OZERO_LAKE_URI=s3a://ozero/lake OZERO_S3_ENDPOINT=http://127.0.0.1:9000
    export AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test AWS_REGION=us-east-1
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from ozero.infra.ports import free_port, wait_for_stop, wait_until

ACCESS_KEY = "test"  # moto accepts any credentials; these only make the clients sign requests
SECRET_KEY = "test"  # noqa: S105 - not a secret: a local test double
REGION = "us-east-1"
START_TIMEOUT_S = 60.0


@dataclass(frozen=True)
class S3Server:
    endpoint: str
    access_key: str = ACCESS_KEY
    secret_key: str = SECRET_KEY
    region: str = REGION

    def env(self, bucket: str, prefix: str = "lake") -> dict[str, str]:
        """The variables that point Ozero's lake (and boto3) at this server."""
        return {
            "OZERO_LAKE_URI": f"s3a://{bucket}/{prefix}",
            "OZERO_S3_ENDPOINT": self.endpoint,
            "AWS_ACCESS_KEY_ID": self.access_key,
            "AWS_SECRET_ACCESS_KEY": self.secret_key,
            "AWS_REGION": self.region,
        }

    def client(self):
        """A boto3 S3 client for this server (bucket setup, checks)."""
        import boto3

        return boto3.client(
            "s3",
            endpoint_url=self.endpoint,
            aws_access_key_id=self.access_key,
            aws_secret_access_key=self.secret_key,
            region_name=self.region,
        )

    def create_bucket(self, bucket: str) -> None:
        self.client().create_bucket(Bucket=bucket)


def _answers(endpoint: str) -> bool:
    try:
        with urllib.request.urlopen(f"{endpoint}/moto-api/", timeout=2) as response:
            return response.status == 200
    except OSError:
        return False


@contextmanager
def running(port: int | None = None, log_path: Path | None = None) -> Iterator[S3Server]:
    """Start moto's S3 server as a child process; stop it (and drop its data) on exit."""
    port = port or free_port()
    endpoint = f"http://127.0.0.1:{port}"
    log = open(log_path, "ab") if log_path else subprocess.DEVNULL  # noqa: SIM115
    env = {**os.environ, "MOTO_PORT": str(port)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "moto.server", "--host", "127.0.0.1", "--port", str(port)],
        stdout=log,
        stderr=subprocess.STDOUT,
        stdin=subprocess.DEVNULL,
        env=env,
    )
    try:
        wait_until(
            lambda: _answers(endpoint),
            START_TIMEOUT_S,
            f"S3 server on port {port}",
            alive=lambda: proc.poll() is None,
        )
        yield S3Server(endpoint)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)
        if not isinstance(log, int):  # the log file we opened, not DEVNULL
            log.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=9000)
    parser.add_argument("--bucket", default="ozero", help="bucket to create at start")
    args = parser.parse_args(argv)
    with running(args.port) as server:
        server.create_bucket(args.bucket)
        print(f"S3 server at {server.endpoint}, bucket {args.bucket!r}; Ctrl-C stops it")
        for name, value in server.env(args.bucket).items():
            print(f"export {name}={value}", flush=True)
        wait_for_stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
