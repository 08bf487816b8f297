# SyntaxError report: an alternative binding fewer names, caret over it
match (1, 2):
    case (a, b) | ():
        pass
