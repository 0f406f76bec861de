"""Extractors: each takes the parsed document and returns its findings."""
