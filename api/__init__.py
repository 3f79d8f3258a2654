"""The REST API (FastAPI) over the policy graph. `api.main:create_app` builds it."""
