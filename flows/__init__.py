"""Prefect flows and the wiring of the pipeline."""
