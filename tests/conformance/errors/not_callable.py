# Calling something that is not callable.
items = [1, 2]
items()
