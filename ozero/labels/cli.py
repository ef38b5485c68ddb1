"""`ozero label push | pull | agreement | adjudicate | resolve | projects`: a labelling round from the command line
(docs/labelling.md). The server comes from `make label` (or OZERO_LABEL_STUDIO_URL/_TOKEN);
when it does not answer, each command says so in one line (exit 2)."""

from __future__ import annotations

import argparse
import json
from typing import Any

from ozero.errors import NotFoundError

RESOLVED_TABLE = "silver.resolved_labels"


def _print_json(data: Any) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2, default=str))


def _client():  # noqa: ANN202
    from ozero.infra.label_studio import connection
    from ozero.labels.client import Client

    return Client.of(connection())


def run_push(args: argparse.Namespace) -> int:
    from ozero.infra.label_studio import connection
    from ozero.labels.configs import label_config
    from ozero.labels.push import push

    label_config(args.task)  # a bad --task fails before the server is asked
    made = push(
        connection(),
        args.dataset,
        args.version,
        args.task,
        sample=args.sample,
        readers=args.readers,
    )
    if args.json:
        _print_json(made)
    else:
        print(
            f"project {made['project']}: {made['tasks']} {made['task_kind']} tasks from "
            f"{made['dataset']} {made['version']} ({made['pre_annotated']} pre-annotated), "
            f"{len(made['readers'])} readers each ({', '.join(made['readers'])}); {made['url']}"
        )
    return 0


def run_pull(args: argparse.Namespace) -> int:
    from ozero.labels.pull import pull

    done = pull(_client(), args.project)
    if args.json:
        _print_json(done)
    else:
        print(
            f"project {done['project']}: {done['annotations']} annotations on "
            f"{done['tasks']} tasks, {done['new_rows']} new rows in {done['table']}"
        )
    return 0


def _rows() -> list[dict[str, Any]]:
    from ozero import lakeview
    from ozero.labels.pull import TABLE

    return lakeview.rows(TABLE)


def _pulled_figures(rows: list[dict], project: int) -> dict:
    """A round's figures; NotFoundError when none of its annotations was pulled yet."""
    from ozero.labels import rounds

    found = rounds.figures(rows, project)
    if not found["items"]:
        raise NotFoundError(
            f"no annotations of project {project} in the lake",
            fix=f"run `ozero label pull {project}` first",
        )
    return found


def run_agreement(args: argparse.Namespace) -> int:
    from ozero.labels import rounds

    rows = _rows()
    found = _pulled_figures(rows, args.project)
    labels = rounds.resolved(rows, args.project)
    found["labels"] = {
        source: sum(1 for r in labels if r["source"] == source)
        for source in ("agreement", "adjudication", "pending")
    }
    if args.json:
        _print_json({**found, "resolved": labels})
        return 0
    figures = ", ".join(
        f"{name} {found[name]}"
        for name in ("cohen_kappa", "fleiss_kappa", "class_agreement", "mean_box_iou",
                     "mean_mask_dice", "mean_mask_iou", "mean_span_f1")
        if name in found
    )  # fmt: skip
    print(
        f"project {args.project} ({found['task_kind']}): {found['items']} items, readers "
        f"{', '.join(found['readers'])}; {figures}; {len(found['disagreements'])} disagreements; "
        f"labels: {found['labels']['agreement']} agreed, {found['labels']['adjudication']} "
        f"adjudicated, {found['labels']['pending']} pending"
    )
    return 0


def run_adjudicate(args: argparse.Namespace) -> int:
    from ozero.infra.label_studio import connection
    from ozero.labels import configs, rounds
    from ozero.labels.client import Client
    from ozero.labels.push import accounts

    conn = connection()
    client = Client.of(conn)
    rows = _rows()
    found = _pulled_figures(rows, args.project)
    title = f"adjudication of project {args.project}"
    queued = {
        str(task["data"].get("item_id"))
        for earlier in client.projects()
        if earlier.get("title") == title
        for task in client.tasks(int(earlier["id"]))
    }
    tasks = rounds.adjudication_tasks(rows, args.project, client.tasks(args.project), queued)
    made: dict[str, Any] = {"round_project": args.project, "tasks": len(tasks), "project": None}
    if tasks:
        accounts(["expert-1"], conn)
        project = client.create_project(
            title=title,
            label_config=configs.label_config(found["task_kind"]),
            description=(
                f"Expert adjudication of the {len(tasks)} items the readers of project "
                f"{args.project} disagreed on; each reader's answer is a pre-annotation."
            ),
            overlap=1,
        )
        client.import_tasks(project, tasks)
        made.update(project=project, url=f"{conn.url}/projects/{project}/data")
    if args.json:
        _print_json(made)
    elif tasks:
        print(f"project {made['project']}: {len(tasks)} items for expert-1; {made['url']}")
    else:
        print(f"project {args.project}: no disagreement left to adjudicate")
    return 0


def run_resolve(args: argparse.Namespace) -> int:
    from datetime import UTC, datetime

    from ozero.labels import rounds
    from ozero.labels.pull import write

    rows = _rows()
    if not rounds.figures(rows, args.project)["items"]:
        raise NotFoundError(
            f"no annotations of project {args.project} in the lake",
            fix=f"run `ozero label pull {args.project}` first",
        )
    now = datetime.now(UTC).replace(tzinfo=None)
    resolved = rounds.resolved_rows(rows, args.project, now)
    pending = len(rounds.resolved(rows, args.project)) - len(resolved)
    new = write(resolved, RESOLVED_TABLE)
    done = {
        "project": args.project,
        "resolved": len(resolved),
        "pending": pending,
        "new_rows": new,
        "table": RESOLVED_TABLE,
    }
    if args.json:
        _print_json(done)
    else:
        print(
            f"project {args.project}: {len(resolved)} items resolved ({pending} pending), "
            f"{new} new rows in {RESOLVED_TABLE}"
        )
    return 0


def run_projects(args: argparse.Namespace) -> int:
    found = [
        {
            "project": p["id"],
            "title": p.get("title"),
            "tasks": p.get("task_number"),
            "annotations": p.get("total_annotations_number"),
            "created_at": p.get("created_at"),
        }
        for p in _client().projects()
    ]
    if args.json:
        _print_json(found)
    else:
        for p in found:
            print(
                f"{p['project']:>5}  {p['title']}  ({p['tasks']} tasks, {p['annotations']} annotations)"
            )
    return 0


def register(groups: argparse._SubParsersAction) -> None:
    from ozero.labels.configs import TASK_KINDS

    label = groups.add_parser(
        "label",
        help="labelling rounds in Label Studio (push, pull, agreement, adjudicate, resolve)",
    ).add_subparsers(dest="cmd", required=True)
    push = label.add_parser("push", help="a Label Studio project from a published release")
    push.add_argument("dataset")
    push.add_argument("version")
    push.add_argument("--task", required=True, help="|".join(TASK_KINDS))
    push.add_argument("--sample", type=int, default=None, help="N items (default: all)")
    push.add_argument("--readers", type=int, default=2, help="readers per task (default 2)")
    push.add_argument("--json", action="store_true")
    push.set_defaults(func=run_push)
    projects = label.add_parser("projects", help="the projects on the server, with their ids")
    projects.add_argument("--json", action="store_true")
    projects.set_defaults(func=run_projects)
    for name, func, text in (
        ("pull", run_pull, "a project's annotations into silver.annotations (append-only)"),
        ("agreement", run_agreement, "agreement figures and each item's resolved label"),
        ("adjudicate", run_adjudicate, "an expert project with the items readers disagree on"),
        ("resolve", run_resolve, "record each item's label and provenance (resolved_labels)"),
    ):
        cmd = label.add_parser(name, help=text)
        cmd.add_argument("project", type=int, help="the readers' project id (push prints it)")
        cmd.add_argument("--json", action="store_true")
        cmd.set_defaults(func=func)
