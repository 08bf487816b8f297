# A dictionary value cannot be starred; the error runs from the * over the expression
parts = [1, 2]
table = {"first": 0, "rest": *parts}
