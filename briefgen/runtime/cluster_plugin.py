"""The worker plugin that loads spaCy once per Dask worker. Its own module because it
must subclass distributed's WorkerPlugin, and a build without --scheduler never imports
Dask."""

from __future__ import annotations

from typing import Any

from distributed import WorkerPlugin

from briefgen.nlp import load_pipeline


class SpacyOnWorker(WorkerPlugin):
    """spaCy loaded when a worker joins the cluster (or restarts after dying), so that
    the first source it is sent does not pay for the load, and never again there (the
    loader is cached per process)."""

    name = "briefgen-spacy"

    def __init__(self, model: str | None) -> None:
        self.model = model

    def setup(self, worker: Any) -> None:
        load_pipeline(self.model)
