"""The BriefgenError hierarchy. Only the CLI turns these into exit codes."""

from __future__ import annotations

from pathlib import Path


class BriefgenError(Exception):
    """Something the user can fix; the message says what and where."""

    exit_code = 1

    def __init__(self, message: str, *, path: Path | str | None = None, line: int | None = None):
        self.message = message
        self.path = str(path) if path is not None else None
        self.line = line
        super().__init__(self.render())

    def __reduce__(self) -> tuple[object, ...]:
        # Rebuilt from its fields, not by calling __init__ again with the rendered message:
        # an error raised in a worker process arrives in the parent as it was raised.
        return (_rebuild_error, (type(self), self.args, self.__dict__))

    def render(self) -> str:
        if self.path is None:
            return self.message
        if self.line is None:
            return f"{self.path}: {self.message}"
        return f"{self.path}:{self.line}: {self.message}"


class ConfigError(BriefgenError):
    """The project's configuration (briefgen.yaml, mkdocs.yml, the folder layout) is wrong."""

    exit_code = 2


class SourceError(BriefgenError):
    """A file in seeds/ cannot be read as an article."""

    exit_code = 3


class ContentError(BriefgenError):
    """content/ is invalid: YAML syntax, types, ids or references."""

    exit_code = 4

    def __init__(self, problems: list[BriefgenError]):
        self.problems = problems
        first = problems[0] if problems else None
        super().__init__(
            "\n".join(p.render() for p in problems) if problems else "content/ is invalid",
            path=None if first is None else None,
        )


class FrozenError(BriefgenError):
    """`--frozen` was given and content/ would change."""

    exit_code = 5


class LockError(BriefgenError):
    """Another briefgen is writing to the same project."""

    exit_code = 6


class PublishError(BriefgenError):
    """mkdocs could not build the site."""

    exit_code = 7


class FetchError(BriefgenError):
    """A URL could not be fetched."""

    exit_code = 8


class WriteError(BriefgenError):
    """A file briefgen must write cannot be written (permissions, a full disk, a name the
    file system refuses)."""

    exit_code = 9


class FolderChangedError(BriefgenError):
    """Someone saved files in content/ while the build was about to write it: nothing was
    written over them (``written``: the rest of the build's write went through)."""

    exit_code = 10

    def __init__(self, changed: list[str], *, written: bool = False):
        self.changed = list(changed)
        self.written = written
        shown = ", ".join(self.changed[:5]) + (" …" if len(self.changed) > 5 else "")
        super().__init__(
            f"{shown} changed while the build was writing content/; your edit is kept and "
            "nothing was written over it. Build again to merge it"
        )


class TemplateError(ConfigError):
    """A template in site_templates/ does not compile or fails while rendering."""


def _rebuild_error(
    kind: type[BriefgenError], args: tuple[object, ...], fields: dict[str, object]
) -> BriefgenError:
    error = kind.__new__(kind)
    Exception.__init__(error, *args)
    error.__dict__.update(fields)
    return error
