# A starred item as a comprehension's element: iterable unpacking cannot be used there
rows = [[1, 2], [3]]
flat = [*row for row in rows]
