# Every pattern kind, guards, soft keywords as names and multi-line patterns.
match x, *y:
    case None | True | False:
        pass
    case -1 | 1+2j | -3-4j | "a" "b" | b"c" | a.b.c | 1.5e3:
        pass
    case [a, *rest] | (a, *rest,):
        pass
    case {"k": v, 1: _, -2: w, a.b: z, **kw}:
        pass
    case Point(1, _, x=0, y=py) as q if q > 0:
        pass
    case (
        [p1, p2],
        {"deep": [*_, last]},
    ):
        pass
    case ():
        pass
    case {}:
        pass
    case C() | m.D(k=[1, 2]):
        pass
    case *_, :
        pass
    case (z) if (w := z):
        pass
    case _:
        pass
match(x)
match[0] = case
match = case = 1
match -x:
    case 1: pass
match (x):
    case 1: pass
