"""The rights guide: the topic tree (data), page rendering and paging, and the search index."""
