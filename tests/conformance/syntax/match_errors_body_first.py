# SyntaxError report: an error in an earlier case body comes before a later pattern error
match 1:
    case 1:
        break
    case [a, a]:
        pass
