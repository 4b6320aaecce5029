"""Question-set files: YAML (question_set.py) and Moodle GIFT (gift.py)."""
