# SyntaxError report: a match header without its colon
match (1, 2)
    case 1:
        pass
