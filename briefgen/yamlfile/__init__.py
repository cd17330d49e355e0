"""YAML files as briefgen reads and writes them, below every layer that uses them (the
settings, the sources' manifest, content/): the hardened parser (parse.py) and the writer
and fast reader of the files briefgen owns (written.py).
"""

from briefgen.yamlfile.parse import (
    MAX_YAML_BYTES,
    MAX_YAML_DEPTH,
    RAW_BREAKS,
    FlowLineDict,
    FlowMap,
    InvalidDate,
    LineDict,
    LineList,
    YamlDocument,
    dump_yaml,
    parse_yaml,
    read_mapping,
    read_yaml_bytes,
)
from briefgen.yamlfile.written import (
    read_written,
    read_yaml,
    write_entries,
    write_yaml,
    yaml_from_bytes,
)

__all__ = [
    "MAX_YAML_BYTES",
    "MAX_YAML_DEPTH",
    "RAW_BREAKS",
    "FlowLineDict",
    "FlowMap",
    "InvalidDate",
    "LineDict",
    "LineList",
    "YamlDocument",
    "dump_yaml",
    "parse_yaml",
    "read_mapping",
    "read_written",
    "read_yaml",
    "read_yaml_bytes",
    "write_entries",
    "write_yaml",
    "yaml_from_bytes",
]
