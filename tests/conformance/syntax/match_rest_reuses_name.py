# SyntaxError report: **rest reusing a captured name points at the last sub-pattern compiled
match {}:
    case {"k": [x, y], **x}:
        pass
