"""Typed records that flow between the stages (ingest → extract → merge → store → render).

Each submodule belongs to the stage that produces its records:
``source`` (ingest), ``facts`` (extract), ``content`` (merge / store: the content/ contract).
"""
