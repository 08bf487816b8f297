# SyntaxError report: a name captured twice in one pattern, caret at the second
match [1, 2]:
    case [a, [b, a]]:
        pass
