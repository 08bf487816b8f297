# IndentationError report: a case with no indented block
match 1:
    case 1:
    pass
