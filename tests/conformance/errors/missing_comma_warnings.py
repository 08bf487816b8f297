# CPython warns at compile time when a display is called or indexed with a literal: a missing comma
points = [(1, 2), (3, 4)]
if len(points) > 5:
    pair = [(1, 2) (3, 4)]
    item = [1, 2] [0, 1]
    char = "abc"["x"]
    none = None[0]
print(points[0][1], "abc"[1], [1, 2][0])
