# SyntaxError report: an f-string is no literal pattern
match "a":
    case f"a":
        pass
