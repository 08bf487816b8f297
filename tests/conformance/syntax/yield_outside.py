# SyntaxError report: 'yield' at module level
yield 1
