"""What runs the stages rather than what they compute: briefgen's own import graph, and
the code fingerprints of the caches built on it."""
