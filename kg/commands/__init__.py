"""Click commands, one module per stage, registered lazily by :mod:`kg.cli`."""
