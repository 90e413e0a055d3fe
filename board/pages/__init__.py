"""One module per page group; each returns the page's data as a dict, which is also its JSON twin."""
