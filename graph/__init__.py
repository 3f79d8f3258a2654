"""The graph layer: one narrow store interface over embedded FalkorDB and Neo4j."""

from graph.catalog import Catalog, get_catalog
from graph.errors import GraphError, InvalidParameter, QueryFailed, QueryNotFound, StoreUnavailable
from graph.settings import GraphSettings, get_settings
from graph.store import GraphStore, open_store

__all__ = [
    "Catalog", "GraphError", "GraphSettings", "GraphStore", "InvalidParameter", "QueryFailed",
    "QueryNotFound", "StoreUnavailable", "get_catalog", "get_settings", "open_store",
]
