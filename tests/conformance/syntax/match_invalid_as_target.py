# SyntaxError report: an 'as' target that is not a name
match 1:
    case 1 as 2 + 3:
        pass
