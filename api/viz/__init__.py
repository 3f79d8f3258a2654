"""Views of the graph for people: the explorer page, shareable pyvis pages, the document view."""
