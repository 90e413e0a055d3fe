"""The composition root: the `newsradar` command, the only package that knows every stage."""
