# ** inside a dict comprehension is its own error, pointing at the **
defaults = {"a": 1}
merged = {**d for d in [defaults]}
