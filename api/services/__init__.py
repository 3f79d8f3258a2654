"""Domain logic the routers call: verdicts, breadth-first paths and subgraphs, grouping, paging,
edge evidence. Routers parse parameters, call one of these, and serialise; nothing more."""
