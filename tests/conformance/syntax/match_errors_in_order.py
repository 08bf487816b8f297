# SyntaxError report: the first case's error wins over a later one and over errors in bodies
match 1:
    case [a, a]:
        break
    case y:
        pass
    case 2:
        pass
