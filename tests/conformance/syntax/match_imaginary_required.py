# SyntaxError report: a complex literal pattern whose second part is real
match 1:
    case 1 + 2:
        pass
