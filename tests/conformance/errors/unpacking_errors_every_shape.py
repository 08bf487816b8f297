# unpacking errors of every shape
def pairs():
    yield 1
    yield 2
    yield 3
cases = [
    "a, b = [1, 2, 3]", "a, b, c = (1, 2)", "a, b = 1", "a, *b, c = [1]",
    "a, b = pairs()", "(a, b), c = [1, 2], 3", "a, b = {'x': 1}", "a, b = 'xyz'",
    "a, b = None", "[a] = []", "a, *b = ()", "for x, y in [(1, 2), (3,)]: pass",
    "x, y = {1, 2, 3}", "a, b = range(5)",
]
for src in cases:
    try:
        exec_ = None
        ns = {}
        if src == "a, b = [1, 2, 3]": a, b = [1, 2, 3]
        elif src == "a, b, c = (1, 2)": a, b, c = (1, 2)
        elif src == "a, b = 1": a, b = 1
        elif src == "a, *b, c = [1]": a, *b, c = [1]
        elif src == "a, b = pairs()": a, b = pairs()
        elif src == "(a, b), c = [1, 2], 3": (a, b), c = [1, 2, 3], 3
        elif src == "a, b = {'x': 1}": a, b = {'x': 1}
        elif src == "a, b = 'xyz'": a, b = 'xyz'
        elif src == "a, b = None": a, b = None
        elif src == "[a] = []": [a] = []
        elif src == "a, *b = ()": a, *b = ()
        elif src.startswith("for"):
            for x, y in [(1, 2), (3,)]: pass
        elif src == "x, y = {1, 2, 3}": x, y = {1, 2, 3}
        elif src == "a, b = range(5)": a, b = range(5)
    except (TypeError, ValueError) as e:
        print(src, "->", type(e).__name__, e)
point = {"x": 1, "y": 2, "z": 3}
x, y = point.items()
