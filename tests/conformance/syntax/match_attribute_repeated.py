# SyntaxError report: a keyword attribute repeated in a class pattern
match p:
    case P(x=1, y=2, x=3):
        pass
