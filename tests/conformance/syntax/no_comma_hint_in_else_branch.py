# SyntaxError report: a conditional whose else branch starts with m (of match) and another item: no comma hint
x = [a if b else m d]
