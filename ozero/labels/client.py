"""A small client of Label Studio's REST API: the calls a labelling round makes, nothing else.

Plain `requests` against the documented endpoints (the SDK would pull Label Studio's pins
into Ozero's venv). Authenticates with the legacy `Token` scheme (see
`ozero.infra.label_studio`). Readers are signed up the way the UI does it — the sign-up form
behind the organisation's invite link, then the logged-in session asks for its own token —
because the community edition's users API cannot set a password.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import requests

from ozero.errors import OzeroError
from ozero.infra.label_studio import LABEL_FIX, Connection, LabelStudioDown

TIMEOUT_S = 60


class LabelStudioError(OzeroError, RuntimeError):
    """Label Studio refused a call (the message names the endpoint and status, no data)."""

    fix = "check the server log (.label-studio/server.log) and the project id"


class Client:
    def __init__(self, url: str, token: str) -> None:
        self.url = url.rstrip("/")
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Token {token}"

    @classmethod
    def of(cls, connection: Connection) -> Client:
        return cls(connection.url, connection.token)

    def call(self, method: str, path: str, **kwargs: Any) -> Any:
        try:
            response = self.session.request(
                method, f"{self.url}{path}", timeout=TIMEOUT_S, **kwargs
            )
        except requests.ConnectionError as exc:
            raise LabelStudioDown(f"Label Studio does not answer at {self.url}") from exc
        if response.status_code == 404 and path.startswith("/api/projects/"):
            raise LabelStudioError(
                f"{method} {path}: no such project", fix="`ozero label projects`"
            )
        if response.status_code >= 400:
            raise LabelStudioError(
                f"{method} {path}: HTTP {response.status_code} {response.text[:300]}"
            )
        return response.json() if response.content else None

    def version(self) -> str:
        return str(self.call("GET", "/api/version").get("release", ""))

    def whoami(self) -> dict[str, Any]:
        return self.call("GET", "/api/current-user/whoami")

    # projects and tasks
    def create_project(self, title: str, label_config: str, description: str, overlap: int) -> int:
        project = self.call(
            "POST",
            "/api/projects",
            json={
                "title": title,
                "description": description,
                "label_config": label_config,
                "maximum_annotations": overlap,  # community edition: N readers per task
                "overlap_cohort_percentage": 100,
                "show_collab_predictions": True,
                "enable_empty_annotation": True,
            },
        )
        return int(project["id"])

    def project(self, project_id: int) -> dict[str, Any]:
        return self.call("GET", f"/api/projects/{project_id}")

    def projects(self) -> list[dict[str, Any]]:
        found = self.call("GET", "/api/projects", params={"page_size": 1000})
        return found["results"] if isinstance(found, dict) else found

    def import_tasks(self, project_id: int, tasks: list[dict[str, Any]]) -> list[int]:
        found = self.call(
            "POST",
            f"/api/projects/{project_id}/import",
            params={"return_task_ids": "true"},
            json=tasks,
        )
        return [int(t) for t in found.get("task_ids", [])]

    def upload_file(self, project_id: int, name: str, data: bytes, mime: str) -> str:
        """Upload one file into the project (a task is made for it, then deleted); its URL
        as Label Studio serves it to the UI (`/data/upload/...`)."""
        found = self.call(
            "POST",
            f"/api/projects/{project_id}/import",
            params={"return_task_ids": "true"},
            files={"file": (name, data, mime)},
        )
        (task_id,) = found["task_ids"]
        task = self.call("GET", f"/api/tasks/{task_id}")
        self.call("DELETE", f"/api/tasks/{task_id}")
        (url,) = [v for v in task["data"].values() if isinstance(v, str)]
        return url

    def tasks(self, project_id: int) -> list[dict[str, Any]]:
        """Every task with its annotations (the export API: one call, all of them)."""
        return self.call(
            "GET",
            f"/api/projects/{project_id}/export",
            params={"exportType": "JSON", "download_all_tasks": "true"},
        )

    def annotate(self, task_id: int, result: list[dict[str, Any]], lead_time: float = 5.0) -> int:
        """Submit an annotation as this client's user (what the UI's Submit button posts)."""
        created = self.call(
            "POST",
            f"/api/tasks/{task_id}/annotations/",
            json={"result": result, "lead_time": lead_time, "was_cancelled": False},
        )
        return int(created["id"])

    def users(self) -> list[dict[str, Any]]:
        return self.call("GET", "/api/users")

    def invite_path(self) -> str:
        return str(self.call("GET", "/api/invite")["invite_url"])


def reader_client(url: str, invite_path: str, email: str, password: str) -> Client:
    """Sign a reader up through the invite link (or log them in if they exist), as the UI
    does, and return a client holding the reader's own API token."""
    web = requests.Session()
    token_query = invite_path.split("?", 1)[1] if "?" in invite_path else ""
    for page, fields in (
        (f"/user/signup/?{token_query}", {"email": email, "password": password}),
        ("/user/login/", {"email": email, "password": password}),
    ):
        try:
            form = web.get(f"{url}{page}", timeout=TIMEOUT_S)
        except requests.ConnectionError as exc:
            raise LabelStudioDown(f"Label Studio does not answer at {url}", fix=LABEL_FIX) from exc
        csrf = web.cookies.get("csrftoken") or _csrf_field(form.text)
        web.post(
            f"{url}{page}",
            data={**fields, "csrfmiddlewaretoken": csrf},
            headers={"Referer": f"{url}{page}", "X-CSRFToken": csrf or ""},
            timeout=TIMEOUT_S,
        )
        answer = web.get(f"{url}/api/current-user/token", timeout=TIMEOUT_S)
        if answer.status_code == 200:
            return Client(url, answer.json()["token"])
    raise LabelStudioError(f"could not sign up or log in reader {email}")


def _csrf_field(html: str) -> str:
    found = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html)
    return found.group(1) if found else ""


def load_json(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))
