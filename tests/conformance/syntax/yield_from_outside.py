# SyntaxError report: 'yield from' at module level
x = yield from f()
