# SyntaxError report: a case header without its colon
match 1:
    case 1
        pass
