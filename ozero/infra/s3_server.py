"""S3-compatible servers on localhost for tests and laptops: S3Proxy (Apache-2.0), a real
S3 server (Jetty) storing objects as files in a folder.

The jar is pinned in `jvm/pom.xml` (profile `s3proxy`) and fetched by `make s3proxy` into
`$OZERO_S3PROXY_DIR` (default ~/.cache/ozero/s3proxy, outside the clone); nothing is
downloaded at run time. It speaks what S3A, Delta, pyarrow, boto3 and delta-rs use:
ListObjectsV2, multipart uploads, copy, ranged GETs, and an atomic create-if-absent PUT
(`If-None-Match: *`, S3Proxy 4 and later). It checks AWS v2/v4 signatures for one identity
per process, so `zones_running` starts one process per privacy zone — restricted (bronze,
quarantine), lake (silver, gold, ops, candidates, catalog) and releases — each with its own
bucket, port and keys, the split `infra/terraform/` makes with bucket policies.

    python -m ozero.infra.s3_server --port 9000 --bucket ozero   # one bucket, prints exports
    python -m ozero.infra.s3_server --zones --data .s3           # one server per zone
"""

from __future__ import annotations

import argparse
import os
import re
import secrets
import shlex
import subprocess
import sys
import tempfile
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import IO, Any

from ozero import s3
from ozero.config import REPO_ROOT
from ozero.errors import SetupError
from ozero.infra.ports import free_port, wait_for_stop, wait_until
from ozero.jvm_archive import java_binary

REGION = "us-east-1"
START_TIMEOUT_S = 90.0
PORT_ATTEMPTS = 3  # a port picked free can be taken before the JVM binds it
JVM_OPTIONS = ["-Xmx384m", "-XX:+UseSerialGC"]  # a test server on a shared 2-core machine
# privacy zone → the lake zones kept in its bucket (what is not listed stays in "lake")
ZONES: dict[str, tuple[str, ...]] = {
    "restricted": ("bronze", "quarantine"),
    "lake": (),
    "releases": ("releases",),
}


def s3proxy_version() -> str:
    """The S3Proxy version pinned in jvm/pom.xml (`<s3proxy.version>`)."""
    pom = (REPO_ROOT / "jvm" / "pom.xml").read_text(encoding="utf-8")
    found = re.search(r"<s3proxy\.version>([^<]+)</s3proxy\.version>", pom)
    if found is None:
        raise SetupError("jvm/pom.xml pins no s3proxy.version", fix="restore jvm/pom.xml")
    return found.group(1).strip()


def s3proxy_jar() -> Path:
    folder = Path(
        os.environ.get("OZERO_S3PROXY_DIR", "").strip()
        or Path.home() / ".cache" / "ozero" / "s3proxy"
    )
    jar = folder / f"s3proxy-{s3proxy_version()}-jar-with-dependencies.jar"
    if not jar.is_file():
        raise SetupError(f"S3Proxy jar not found at {jar}", fix="run `make s3proxy`")
    return jar


def _java() -> str:
    """The `java` Spark starts too (``jvm_archive.java_binary``): one lookup of Java."""
    java = java_binary()
    if java is None or not os.access(java, os.X_OK):
        raise SetupError("S3Proxy needs Java 17+", fix="install Java 17 and set JAVA_HOME")
    return str(java)


@dataclass(frozen=True)
class S3Server:
    """One S3Proxy process: its endpoint and the one identity it accepts."""

    endpoint: str
    access_key: str
    secret_key: str
    region: str = REGION

    def env(self, bucket: str, prefix: str = "lake") -> dict[str, str]:
        """The variables that put Ozero's whole lake in `bucket` on this server."""
        return {
            "OZERO_LAKE_URI": f"s3a://{bucket}/{prefix}",
            "OZERO_S3_ENDPOINT": self.endpoint,
            "AWS_ACCESS_KEY_ID": self.access_key,
            "AWS_SECRET_ACCESS_KEY": self.secret_key,
            "AWS_REGION": self.region,
        }

    def bucket_env(self, bucket: str, keys: bool = True) -> dict[str, str]:
        """`bucket`'s own endpoint (and keys) on this server, as `ozero.s3` reads them."""
        env = {s3.variable(bucket, "ENDPOINT"): self.endpoint}
        if keys:
            env[s3.variable(bucket, "ACCESS_KEY_ID")] = self.access_key
            env[s3.variable(bucket, "SECRET_ACCESS_KEY")] = self.secret_key
        return env

    def client(self) -> Any:
        """A boto3 S3 client for this server (bucket setup, checks)."""
        return s3.client_for(
            s3.BucketAccess(
                self.endpoint, self.access_key, self.secret_key, None, self.region, True
            )
        )

    def create_bucket(self, bucket: str) -> None:
        """Create `bucket`, unless it is already there (a kept data folder)."""
        from botocore.exceptions import ClientError

        try:
            self.client().create_bucket(Bucket=bucket)
        except ClientError as exc:
            if exc.response.get("Error", {}).get("Code") != "BucketAlreadyOwnedByYou":
                raise


def _answers(endpoint: str) -> bool:
    """Any HTTP answer (an unsigned request gets 403) means some server listens there."""
    try:
        with urllib.request.urlopen(endpoint, timeout=2):
            return True
    except urllib.error.HTTPError:
        return True
    except OSError:
        return False


def _accepts_keys(server: S3Server) -> bool:
    """True once `server`'s own keys are accepted there: a signed ListBuckets succeeds.

    Any answer is not enough: a port picked free can be taken by another process before the
    JVM binds it (another test worker's S3 server), and that one answers too — with
    InvalidAccessKeyId to our keys (CI, Dec 2026)."""
    from botocore.exceptions import BotoCoreError, ClientError

    if not _answers(server.endpoint):
        return False
    try:
        server.client().list_buckets()
    except (ClientError, BotoCoreError):
        return False  # someone else's server on our port, or not ready to check keys yet
    return True


def _properties(port: int, key: str, secret: str, data: Path) -> str:
    return "\n".join(
        [
            f"s3proxy.endpoint=http://127.0.0.1:{port}",
            "s3proxy.authorization=aws-v2-or-v4",
            f"s3proxy.identity={key}",
            f"s3proxy.credential={secret}",
            "jclouds.provider=filesystem",
            f"jclouds.filesystem.basedir={data}",
            "jclouds.identity=unused",  # the backend's own login: a folder needs none
            "jclouds.credential=unused",
            "",
        ]
    )


def _start(port: int, key: str, secret: str, data: Path, log: IO[bytes] | int) -> subprocess.Popen:
    data.mkdir(parents=True, exist_ok=True)
    config = data.parent / f".{data.name}-s3proxy.properties"
    config.unlink(missing_ok=True)
    with os.fdopen(os.open(config, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), "w") as out:
        out.write(_properties(port, key, secret, data))  # 0600: it holds the secret key
    return subprocess.Popen(
        [_java(), *JVM_OPTIONS, "-jar", str(s3proxy_jar()), "--properties", str(config)],
        stdout=log,
        stderr=subprocess.STDOUT,
        stdin=subprocess.DEVNULL,
        env={**os.environ, "LOG_LEVEL": os.environ.get("OZERO_S3PROXY_LOG_LEVEL", "warn")},
    )


def _alive(proc: subprocess.Popen) -> bool:
    return proc.poll() is None


def _stop(procs: list[subprocess.Popen]) -> None:
    """SIGTERM them all at once, then wait; SIGKILL what outlives 20 s."""
    for proc in procs:
        proc.terminate()
    for proc in procs:
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)


@contextmanager
def _servers(
    names: list[str], data_dir: Path | None, log_path: Path | None, port: int | None = None
) -> Iterator[dict[str, S3Server]]:
    """Start one S3Proxy per name (in parallel: a JVM takes a few seconds), each with fresh
    keys and its own folder under `data_dir` (a temporary one, deleted at exit, by default).
    Stop them all on exit."""
    with ExitStack() as stack:
        root = data_dir or Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="s3-")))
        log: IO[bytes] | int = subprocess.DEVNULL
        if log_path is not None:
            log = stack.enter_context(open(log_path, "ab"))
        servers: dict[str, S3Server] = {}
        procs: dict[str, subprocess.Popen] = {}
        try:
            fixed = port if port and len(names) == 1 else None  # a user's port: never moved
            for name in names:
                servers[name], procs[name] = _launch(name, fixed, root / name, log)
            for name in names:
                for attempt in range(1, PORT_ATTEMPTS + 1):
                    try:
                        wait_until(
                            partial(_accepts_keys, servers[name]),
                            START_TIMEOUT_S,
                            f"S3Proxy {name!r} at {servers[name].endpoint}",
                            alive=partial(_alive, procs[name]),
                        )
                        break
                    except RuntimeError:
                        # it exited (its port was taken) or another server answers there
                        if fixed or attempt == PORT_ATTEMPTS or _alive(procs[name]):
                            raise
                        _stop([procs[name]])
                        servers[name], procs[name] = _launch(name, None, root / name, log)
            yield servers
        finally:
            _stop(list(procs.values()))


def _launch(
    name: str, port: int | None, data: Path, log: IO[bytes] | int
) -> tuple[S3Server, subprocess.Popen]:
    """Start one S3Proxy with fresh keys on `port` (a free one by default)."""
    chosen = port or free_port()
    key, secret = f"{name}-{secrets.token_hex(4)}", secrets.token_hex(20)
    return S3Server(f"http://127.0.0.1:{chosen}", key, secret), _start(
        chosen, key, secret, data, log
    )


@contextmanager
def running(
    port: int | None = None, log_path: Path | None = None, data_dir: Path | None = None
) -> Iterator[S3Server]:
    """One S3Proxy with fresh keys, its objects under `data_dir` (default: a temporary
    folder deleted at exit); stopped on exit."""
    with _servers(["s3"], data_dir, log_path, port) as servers:
        yield servers["s3"]


@dataclass(frozen=True)
class ZonedStore:
    """One server and bucket per privacy zone (`ZONES`), each with its own keys."""

    servers: dict[str, S3Server]
    buckets: dict[str, str]
    prefix: str = "lake"

    def roots(self) -> dict[str, str]:
        """Lake zone → root, for the zones kept outside the lake bucket."""
        return {
            zone: f"s3a://{self.buckets[name]}/{zone}"
            for name, zones in ZONES.items()
            for zone in zones
        }

    def env(self) -> dict[str, str]:
        """The pipeline's variables: the lake root, the zone roots, each bucket's endpoint
        and keys (the pipeline holds every zone's keys)."""
        env = {
            "OZERO_LAKE_URI": f"s3a://{self.buckets['lake']}/{self.prefix}",
            "OZERO_ZONE_ROOTS": ",".join(f"{z}={r}" for z, r in self.roots().items()),
            "AWS_REGION": REGION,
        }
        for name, server in self.servers.items():
            env.update(server.bucket_env(self.buckets[name]))
        return env

    def release_env(self) -> dict[str, str]:
        """The release step's identity (candidates, decisions, publication, audited reads):
        where every bucket is, the lake and releases buckets' keys, and no key of the
        restricted bucket — it presents the releases key (AWS_*) there, and is refused."""
        env = {k: v for k, v in self.env().items() if not k.startswith("OZERO_S3_BUCKET_")}
        for name, server in self.servers.items():
            env.update(server.bucket_env(self.buckets[name], keys=name != "restricted"))
        releases = self.servers["releases"]
        env.update(AWS_ACCESS_KEY_ID=releases.access_key, AWS_SECRET_ACCESS_KEY=releases.secret_key)
        return env


@contextmanager
def zones_running(
    log_path: Path | None = None, data_dir: Path | None = None, bucket_prefix: str | None = None
) -> Iterator[ZonedStore]:
    """Three S3Proxy processes (restricted, lake, releases), each with its own port, keys
    and one bucket, `<bucket_prefix>-<zone>`. The prefix is fresh by default: a Spark
    session caches a filesystem per bucket name, so two stores must not share names."""
    prefix = bucket_prefix or f"ozero-{secrets.token_hex(4)}"
    with _servers(list(ZONES), data_dir, log_path) as servers:
        buckets = {name: f"{prefix}-{name}" for name in ZONES}
        for name, server in servers.items():
            server.create_bucket(buckets[name])
        yield ZonedStore(servers, buckets)


def exports(env: dict[str, str]) -> list[str]:
    return [f"export {name}={shlex.quote(value)}" for name, value in env.items()]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=9000, help="(one server) its port")
    parser.add_argument("--bucket", default="ozero", help="(one server) bucket to create")
    parser.add_argument("--zones", action="store_true", help="one server and bucket per zone")
    parser.add_argument("--data", type=Path, help="keep objects in this folder (else a temp one)")
    args = parser.parse_args(argv)
    data = args.data.resolve() if args.data else None
    with ExitStack() as stack:
        if args.zones:
            store = stack.enter_context(zones_running(data_dir=data, bucket_prefix="ozero"))
            env = store.env()
            print(f"S3 servers: {', '.join(s.endpoint for s in store.servers.values())}")
        else:
            server = stack.enter_context(running(args.port, data_dir=data))
            server.create_bucket(args.bucket)
            env = server.env(args.bucket)
            print(f"S3 server at {server.endpoint}, bucket {args.bucket!r}")
        print("Ctrl-C stops it; point Ozero at it with:")
        print("\n".join(exports(env)), flush=True)
        wait_for_stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
