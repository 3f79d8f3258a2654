"""One exception root for the graph layer; callers catch `GraphError`."""


class GraphError(Exception):
    """Root of every error raised by the graph layer."""


class SettingsError(GraphError, ValueError):
    """A KG_* setting is invalid; the message names it and never repeats its value (it may be a secret)."""


class StoreUnavailable(GraphError):
    """The graph store cannot be reached (not started, down, bad address)."""


class EmbeddedServerError(GraphError):
    """The embedded FalkorDB server could not be started or stopped."""


class Neo4jLaunchError(GraphError):
    """The local Neo4j of tools/neo4j could not be built or started."""


class QueryNotFound(GraphError):
    """No query of that name in the catalogue."""


class InvalidParameter(GraphError, ValueError):
    """A query parameter that the backend cannot carry safely, or a missing/unknown one."""


class QueryFailed(GraphError):
    """The store rejected or aborted a query (syntax, constraint, timeout)."""


class QueryTimeout(QueryFailed):
    """The query ran past its time limit."""
