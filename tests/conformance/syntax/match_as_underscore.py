# SyntaxError report: '_' as the target of 'as'
match 1:
    case int() as _:
        pass
