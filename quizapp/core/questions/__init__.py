"""Question generation: one module per question type, listed in registry.py (the interface
is base.py)."""
