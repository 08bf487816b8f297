# SyntaxError report: a wildcard alternative before the last one
match 1:
    case 0:
        pass
    case 1 | _ | 3:
        pass
