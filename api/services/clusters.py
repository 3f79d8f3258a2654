"""A cluster's scope (itself and its sub-industries) and its members grouped per member."""

from __future__ import annotations

from api.convert import entity_ref, link
from api.resolve import resolve
from api.schemas import ClusterMembership, ClusterOut, EnterpriseMember, EntityRef, Link, PlaceLinkOut, PlaceMember
from api.services.evidence import evidence, sentences_for
from api.services.reading import Reader


def scope(reader: Reader, ref: str, include_sub: bool) -> tuple[EntityRef, list[Link]]:
    """The cluster `ref` names, and the clusters counted: it and (unless excluded) its sub-industries."""
    cluster = resolve(reader, ref, "Cluster")
    rows = reader.run("cluster_scope", {"id": cluster.id})
    subs = [Link(**s) for s in (rows[0]["subs"] if rows and include_sub else [])]
    return cluster, [Link(id=cluster.id, name=cluster.name), *sorted(subs, key=lambda s: s.name)]


def cluster_detail(reader: Reader, ref: str) -> ClusterOut:
    node, ids_scope = scope(reader, ref, True)
    row = reader.run("cluster_scope", {"id": node.id})[0]
    ids = [s.id for s in ids_scope]
    projects = reader.run("projects", {"clusters": ids, "limit": 0, "offset": 0})
    counts = {
        "enterprises": len({r["id"] for r in reader.run("cluster_enterprises", {"ids": ids})}),
        "projects": projects[0]["total"] if projects else 0,
        "parks": len({r["id"] for r in reader.run("cluster_places", {"ids": ids, "label": "Park"})}),
        "counties": len({r["id"] for r in reader.run("cluster_places", {"ids": ids, "label": "County"})}),
    }
    return ClusterOut(**node.model_dump(), level=row["level"], parents=[Link(**p) for p in row["parents"]],
                      subindustries=ids_scope[1:], counts=counts)


def enterprise_members(reader: Reader, ids: list[str], role: str | None, county_id: str | None) -> list[EnterpriseMember]:
    """Enterprises of the clusters `ids`, one entry each with every way it belongs; leading ones first, then by name."""
    rows = reader.run("cluster_enterprises", {"ids": ids, "role": role or ""})
    sentences = sentences_for(reader, (r["props"] for r in rows))
    members: dict[str, EnterpriseMember] = {}
    for r in sorted(rows, key=lambda r: (r["how"] != "direct", r["cluster"], r["via"] or "", r["policy"] or "")):
        counties = list(dict.fromkeys(r["counties"] or []))
        if county_id and county_id not in counties:
            continue
        m = members.setdefault(r["id"], EnterpriseMember(enterprise=entity_ref(r), counties=counties, memberships=[]))
        m.memberships.append(ClusterMembership(
            cluster=EntityRef(id=r["cluster_id"], type="Cluster", name=r["cluster"]), how=r["how"], role=r["role"],
            via=EntityRef(id=r["via_id"], type="Project", name=r["via"]) if r["via_id"] else None,
            policy=r["policy"], evidence=evidence(r["props"], sentences)))
    return sorted(members.values(), key=lambda m: (not any(x.role == "leading" for x in m.memberships), m.enterprise.name))


def place_members(reader: Reader, ids: list[str], label: str) -> list[PlaceMember]:
    """Parks or counties of the clusters `ids`, one entry each with its links; direct ones first, then by name."""
    rows = reader.run("cluster_places", {"ids": ids, "label": label})
    sentences = sentences_for(reader, (r["props"] for r in rows))
    places: dict[str, PlaceMember] = {}
    for r in sorted(rows, key=lambda r: (r["how"] != "direct", r["cluster"], r["via"] or "", r["policy"] or "")):
        p = places.setdefault(r["id"], PlaceMember(
            place=EntityRef(id=r["id"], type=label, name=r["name"], aliases=list(r["aliases"] or [])), links=[]))
        p.links.append(PlaceLinkOut(cluster=Link(id=r["cluster_id"], name=r["cluster"]), how=r["how"], rel=r["rel"],
                                    via=link(r["via_id"], r["via"]), policy=r["policy"], evidence=evidence(r["props"], sentences)))
    return sorted(places.values(), key=lambda p: (not any(x.how == "direct" for x in p.links), p.place.name))


def enterprise_clusters(reader: Reader, ent: EntityRef) -> tuple[list[ClusterMembership], list[EntityRef], list[Link]]:
    """How an enterprise belongs to clusters (one entry per stating document), its distinct clusters, their parents."""
    rows = reader.run("enterprise_clusters", {"id": ent.id})
    sentences = sentences_for(reader, (p for r in rows for p in (r["props"], r["via_props"])))
    rows.sort(key=lambda r: (r["how"] != "direct", r["cluster"], r["via"] or "", r["policy"] or ""))
    data = [ClusterMembership(
        cluster=EntityRef(id=r["cluster_id"], type="Cluster", name=r["cluster"], aliases=list(r["cluster_aliases"] or [])),
        parents=[Link(**x) for x in r["parents"]], how=r["how"], role=r["role"],
        via=(EntityRef(id=r["via_id"], type="Project", name=r["via"]) if r["via_id"] else None),
        policy=r["policy"], evidence=evidence(r["props"], sentences) + evidence(r["via_props"], sentences)) for r in rows]
    clusters = list({m.cluster.id: m.cluster for m in data}.values())
    parents = list({p.id: p for m in data for p in m.parents if p.id not in {c.id for c in clusters}}.values())
    return data, clusters, parents
