# SyntaxError report: positional sub-patterns after keyword ones, caret over the run
match p:
    case P(x=1, 2, (3, 4), y=5):
        pass
