# SyntaxError report: a name capture before other cases makes them unreachable
match 1:
    case x:
        pass
    case 2:
        pass
