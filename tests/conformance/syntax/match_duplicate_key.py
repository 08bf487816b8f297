# SyntaxError report: a mapping pattern repeating a key (1 and 1.0 are equal)
match {}:
    case {1: a, "s": b, 1.0: c}:
        pass
