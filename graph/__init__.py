"""The dangjian graph: one model shared by loaders, stores, maps and the API."""
